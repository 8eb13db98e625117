package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// hardPunct reports whether t is punctuation that never occurs inside a
// name (unlike "&", "." or an apostrophe).
func hardPunct(t token.Token) bool {
	if t.Kind == token.Hyphen {
		return t.SpaceBefore || t.Text != "-" // a spaced or long dash
	}
	if t.Kind != token.Punct {
		return false
	}
	switch t.Text {
	case "&", ".", "'", "’", "/", "+":
		return false
	}
	return true
}

// nameLike reports whether tokens [start, end) are written like a name:
// the first and last words capitalized (the last may be the "'s" of
// "McDonald's"), inner words capitalized, possessives or short function
// words and particles ("of", "al", "bin").
func nameLike(d *doc, start, end int) bool {
	if start >= end || d.toks[start].Kind != token.Word ||
		!(capitalized(d.toks[start].Text) || particleStart(d, start, end)) {
		return false
	}
	last := d.toks[end-1]
	if last.Kind != token.Word || !(capitalized(last.Text) || isParticle(d.folds[end-1]) || joinedTail(d, start, end-1) ||
		end-1 > start && possessive(d, end-1)) {
		return false
	}
	for i := start + 1; i < end-1; i++ {
		t := d.toks[i]
		if t.Kind == token.Word && !capitalized(t.Text) && !isParticle(d.folds[i]) && !isFunctionWord(d.folds[i]) &&
			!joinedTail(d, start, i) && !possessive(d, i) {
			return false
		}
	}
	return true
}

// possessive reports whether token i is the "'s" of the word before it,
// part of names such as "McDonald's" and "People's Liberation Army".
func possessive(d *doc, i int) bool {
	return !d.toks[i].SpaceBefore && d.folds[i] == "s" && d.toks[i].Text != "s"
}

// syllableTail reports whether token i ends a person's name as the
// lower-case syllable of a romanized given name ("Choi Soon-sil"): short,
// joined by a hyphen to a capitalized word that is not the name's first,
// and not the head of a compound adjective ("Hillary Clinton-led").
func syllableTail(d *doc, start, i int) bool {
	t := d.toks[i]
	return i-2 > start && t.Kind == token.Word && isLowerWord(t.Text) && len(t.Text) <= maxSyllable &&
		joinedTail(d, start, i) && !compoundHeads[t.Text]
}

// maxSyllable is the longest romanized syllable syllableTail accepts.
const maxSyllable = 5

// compoundHeads are short words that end compound adjectives after a
// name ("Obama-era", "Saudi-led", "Paris-based").
var compoundHeads = map[string]bool{"era": true, "led": true, "run": true, "age": true, "aged": true,
	"born": true, "made": true, "like": true, "old": true, "free": true, "style": true, "based": true,
	"owned": true, "type": true, "wide": true, "sized": true, "only": true, "proof": true}

// joinedTail reports whether token i of a name starting at token start
// is joined by a hyphen to a capitalized word before it, as the
// syllables of romanized names are ("Jong-un", "Shui-bian"). A name the
// knowledge base knows with such a syllable is still a name.
func joinedTail(d *doc, start, i int) bool {
	if i-2 < start {
		return false
	}
	h, w := d.toks[i-1], d.toks[i-2]
	return h.Kind == token.Hyphen && !h.SpaceBefore && !d.toks[i].SpaceBefore && w.Kind == token.Word && capitalized(w.Text)
}

// isParticle reports whether w is a lower-case name particle that may
// end a name token run before a hyphen ("al-Shaabi" splits as "al" "-"
// "Shaabi").
func isParticle(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "da", "di", "de", "du", "la", "le", "ul":
		return true
	}
	return false
}

// capitalized reports whether s starts with an upper-case or title-case
// letter, or is a camel-case brand ("iPhone").
func capitalized(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z' || kb.CamelCase(s)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// trimSpan strips tokens that cannot begin or end a name from a tagger
// span: punctuation and hyphens, lower-case words outside it
// ("pro-Iran", "Tehran-backed") except name particles joined by a hyphen
// ("al-Maliki"), and a sentence's capitalized first word that the text
// also writes in lower case when the rest is a known name ("Once Ford").
// A span that a reference's boilerplate opens is left empty.
func trimSpan(d *doc, start, end int, label tagger.Label, matches []kbMatch) (int, int) {
	if start < end && citationWord(d.toks[start].Text) {
		return start, start // "Retrieved 2 May", "ISBN 0-14-014519-2": no name follows
	}
	start = afterCompound(d, start, end)
	if partyPrefix(d, start, end) {
		start += 2 // ", R-La.": the state
	}
	for start < end && (!edgeOK(d.toks[start]) || honorific(d.toks[start].Text, label)) && !particleStart(d, start, end) {
		start++
	}
	for end > start && !edgeOK(d.toks[end-1]) && !(label == tagger.PER && syllableTail(d, start, end-1)) {
		end--
	}
	end = beforeCreditJob(d, start, end, matches)
	for end > start && sentenceInitial(d, start) && clauseOpener(d.toks[start].Text) {
		start++ // "Once Ford pardoned Nixon"; "Born in Dayton" names no place "Born"
	}
	if end-start == 1 && currencyPrefix(d, start) {
		return start, start // "C$5 billion": Canadian dollars
	}
	if end-start >= 2 && sentenceInitial(d, start) && (d.lowerWord(d.folds[start]) || d.folds[start] == "the") {
		_, whole := findMatch(matches, start, end)
		_, rest := findMatch(matches, start+1, end)
		if rest && !whole {
			start++
		}
	}
	return start, end
}

// beforeCreditJob returns the end of tokens [start, end) without the job
// a byline's credit gives after the agency ("Associated Press Writer",
// "AP Sports Writer", "AP Special Correspondent"): the agency alone,
// when the knowledge base knows it.
func beforeCreditJob(d *doc, start, end int, matches []kbMatch) int {
	if end-start < 2 || !creditJobs[d.folds[end-1]] {
		return end
	}
	e := end - 1
	for e > start+1 && creditDesks[d.folds[e-1]] {
		e--
	}
	if k, ok := findMatch(matches, start, e); ok {
		if c := strongCand(matches[k].cands); c != nil && c.typ == Organization {
			return e
		}
	}
	return end
}

// creditJobs are the jobs of a byline's credit line, and creditDesks the
// desks that come before them.
var (
	creditJobs = map[string]bool{
		"writer": true, "correspondent": true, "editor": true, "reporter": true, "columnist": true,
		"photographer": true,
	}
	creditDesks = map[string]bool{
		"sports": true, "special": true, "business": true, "medical": true, "science": true, "political": true,
		"diplomatic": true, "chief": true, "national": true, "staff": true, "economics": true, "legal": true,
		"entertainment": true, "technology": true, "religion": true, "senior": true, "white": true, "house": true,
	}
)

// partyPrefix reports whether tokens [start, end) open with a legislator's
// party letter before the state, as news writes it after the name
// ("Rep. Mike Johnson, R-La.", "(D-N.Y.)"): the party letter is no part
// of the state's name ("R-La" is no place).
func partyPrefix(d *doc, start, end int) bool {
	if end-start < 3 || start == 0 {
		return false
	}
	switch d.toks[start-1].Text {
	case ",", "(":
	default:
		return false
	}
	if !partyLetter(d.toks[start].Text) {
		return false
	}
	h, w := d.toks[start+1], d.toks[start+2]
	return h.Kind == token.Hyphen && !h.SpaceBefore && !w.SpaceBefore && w.Kind == token.Word && capitalized(w.Text)
}

// currencyPrefix reports whether token i is the letters of a dollar
// sign's country ("C$", "A$", "HK$", "NZ$"): a currency, no name.
func currencyPrefix(d *doc, i int) bool {
	t := d.toks[i]
	if len(t.Text) > 3 || i+1 >= len(d.toks) || d.toks[i+1].Text != "$" || d.toks[i+1].SpaceBefore {
		return false
	}
	for _, c := range []byte(t.Text) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// clauseOpener reports whether w, capitalized at the start of a
// sentence, is a conjunction or adverb that opens a clause ("Once",
// "When", "But") or a participle that opens a phrase ("Born Anthony
// Benedetto in Queens, ..."): never the first word of a name there.
// Words in capitals ("AS Roma") are left alone.
func clauseOpener(w string) bool {
	switch w {
	case "Once", "When", "While", "After", "Before", "If", "But", "And", "Or", "As", "Because", "Since",
		"Although", "Though", "Unless", "Until", "Whether", "So", "Then", "Yet", "Also", "Meanwhile",
		"However", "Whereas", "Whenever", "Wherever", "Later", "Earlier", "Yesterday", "Instead", "Eventually",
		"Finally", "Separately", "Elsewhere",
		"Born", "Raised", "Founded", "Based", "Located", "Known", "Named", "Elected", "Appointed":
		return true
	}
	return false
}

// afterCompound skips a leading compound adjective ("Showtime-era Los
// Angeles Lakers"): the tokens up to a lower-case word joined by a hyphen.
func afterCompound(d *doc, start, end int) int {
	for i := start + 2; i < end-1; i++ {
		h, w := d.toks[i-1], d.toks[i]
		if h.Kind == token.Hyphen && !h.SpaceBefore && !w.SpaceBefore && w.Kind == token.Word &&
			isLowerWord(w.Text) && !isParticle(w.Text) {
			start = i + 1
		}
	}
	return start
}

// honorific reports whether w is a title written before a name that is
// not part of it ("Mr.", "Gen."; "Justice" or "Chief Justice" before a
// person's name).
func honorific(w string, label tagger.Label) bool {
	switch w {
	case "Justice", "Judge", "Senator", "Governor", "Pope", "Queen", "King", "Prince", "Princess",
		"Chief", "Vice", "Deputy", "President", "Prime", "Minister", "Secretary", "Speaker",
		"Chancellor", "Premier", "Ambassador", "Commissioner",
		"Ayatollah", "Grand", "Cardinal", "Archbishop", "Bishop", "Rabbi":
		return label == tagger.PER
	case "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Gen.", "Lt.", "Col.",
		"Maj.", "Capt.", "Sgt.", "Sen.", "Rep.", "Gov.", "Prof.", "Rev.", "Adm.", "Amb.", "Pres.", "Supt.":
		return true
	}
	return false
}

// particleStart reports whether token i is a name particle joined by a
// hyphen to a capitalized word inside the span ("al-Maliki").
func particleStart(d *doc, i, end int) bool {
	t := d.toks[i]
	return t.Kind == token.Word && isParticle(d.folds[i]) && i+2 < end &&
		d.toks[i+1].Kind == token.Hyphen && !d.toks[i+1].SpaceBefore && !d.toks[i+2].SpaceBefore &&
		capitalized(d.toks[i+2].Text)
}

// edgeOK reports whether t may begin or end a name: a word with a
// capital letter (not a picture-credit or citation word) or a number.
func edgeOK(t token.Token) bool {
	switch t.Kind {
	case token.Word:
		return hasUpper(t.Text) && !creditWord(t.Text) && !citationWord(t.Text)
	case token.Number:
		return true
	}
	return false
}

// hasUpper reports whether s has an upper-case letter ("iPhone").
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// creditWord reports whether w is a word news appends to an agency name
// in picture credits ("AP Photo", "AFP File") that is no part of the
// name.
func creditWord(w string) bool {
	switch w {
	case "Photo", "Photos", "File", "Pool", "Image", "Images", "Video":
		return true
	}
	return false
}

// citationWord reports whether w is a word of a reference's boilerplate
// ("Retrieved 2 May 2011", "ISBN 0-14-014519-2", "Archived from the
// original"), which the tagger, seeing it capitalized before a date or a
// number, may take for a name.
func citationWord(w string) bool {
	switch w {
	case "Retrieved", "Archived", "ISBN", "ISSN", "PMID", "PMC", "OCLC", "Bibcode":
		return true
	}
	return false
}
