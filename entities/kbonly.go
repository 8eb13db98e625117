package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/token"
)

// Thresholds for names only the knowledge base found (the tagger did not
// tag them): they must be capitalized and popular. A prior of 0.55 is a
// major city or a well-known organization; 0.75 a country or capital.
const (
	kbOnlyPrior       = 0.35 // minimum prior of the best candidate of a multi-word name
	kbOnlySinglePrior = 0.45 // ... of a one-word name
	kbOnlyInitPrior   = 0.75 // ... of a one-word name that starts a sentence
)

// titleMatch reports whether m is a popular title of a knowledge-base
// entry (with a Wikipedia title or a QID).
func titleMatch(m kbMatch) bool {
	for _, c := range m.cands {
		if c.untyped && !c.anonymous {
			return true
		}
	}
	return false
}

// weakMatch reports whether an alias match has only weak entries:
// partial names, untyped titles, anonymous records or small places.
func weakMatch(m kbMatch) bool {
	for _, c := range m.cands {
		if !c.weak && !c.anonymous && !c.minor {
			return false
		}
	}
	return true
}

// wholeName reports whether alias match m is good evidence that the
// name a tagger span is part of is longer: a popular entry, or a popular
// title of several words.
func wholeName(m kbMatch) bool {
	if c := strongCand(m.cands); c != nil && c.prior >= kbOnlyPrior {
		return true
	}
	if m.end-m.start < 2 {
		return false
	}
	for _, c := range m.cands {
		if c.untyped && !c.anonymous {
			return true
		}
	}
	return false
}

// strongCand returns the most popular candidate that is neither a partial
// name nor an untyped title, nil when there is none.
func strongCand(cs []candidate) *candidate {
	for i := range cs {
		if !cs[i].weak && !cs[i].anonymous {
			return &cs[i]
		}
	}
	return nil
}

// addKBOnly adds the alias matches the tagger did not find, longest and
// most popular first, when they look like names and are free.
func addKBOnly(d *doc, matches []kbMatch, used []bool, ms []*mention) []*mention {
	order := make([]int, 0, len(matches))
	for i, m := range matches {
		if len(m.cands) > 0 && free(used, m.start, m.end) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &matches[a], &matches[b]
		if la, lb := ma.end-ma.start, mb.end-mb.start; la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(mb.cands[0].prior, ma.cands[0].prior)
	})
	for _, i := range order {
		m := matches[i]
		if !free(used, m.start, m.end) || !kbOnlyOK(d, m) {
			continue
		}
		mark(used, m.start, m.end)
		ms = append(ms, d.newMention(mention{start: m.start, end: m.end, cands: m.cands, best: -1}))
	}
	return ms
}

// kbOnlyOK reports whether an alias match the tagger did not tag is
// still taken as a name: written with capitals, not an ordinary word,
// popular enough (more so at the start of a sentence, where ordinary
// words are capitalized too).
func kbOnlyOK(d *doc, m kbMatch) bool {
	if !nameLike(d, m.start, m.end) {
		return false
	}
	single := m.end-m.start == 1
	if single && roleWords[d.folds[m.start]] {
		return false // a job title alone, like "CEO", names no one
	}
	acronym := single && isAcronym(d.toks[m.start].Text)
	if commonAlias(d, m) && !acronym {
		return false
	}
	if m.common && !acronym {
		return clubNickname(d, m)
	}
	c := strongCand(m.cands)
	if c == nil {
		// A popular title: several capitalized words past the sentence
		// start, or an acronym amid lower-case words ("on MTV and").
		return (!single && !sentenceInitial(d, m.start) || acronym && !shouted(d, m.start)) && titleMatch(m)
	}
	switch {
	case !single:
		return c.prior >= kbOnlyPrior
	case dateline(d, m.start):
		return c.typ == Place && c.prior >= kbOnlyPrior
	case compoundHead(d, m.end):
		return c.prior >= kbOnlyPrior
	case sentenceInitial(d, m.start) && !acronym && !foreignLetter(d.toks[m.start].Text):
		return c.prior >= kbOnlyInitPrior
	}
	return c.prior >= kbOnlySinglePrior
}

// clubNickname reports whether m is a club's nickname after "the" in
// text about sports ("lost to the Colts"): a partial name, weak evidence
// elsewhere, but there the way reporting names a team.
func clubNickname(d *doc, m kbMatch) bool {
	if !afterThe(d, m.start) || !d.aboutSports() || m.end < len(d.toks) && d.folds[m.end] == "of" {
		return false // nor is the head of a title one: "The Spirit of ANZAC"
	}
	for _, c := range m.cands {
		if c.club && c.weak {
			return true
		}
	}
	return false
}

// foreignLetter reports whether s has a letter English spells no
// ordinary word with ("Beyoncé", "Erdoğan"): capitalized at the start
// of a sentence, such a word is still a name.
func foreignLetter(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// shouted reports whether the word at token i stands next to another
// word in capitals on its line ("BASEBALL - MAJOR LEAGUE"): a headline
// in capitals, where a capitalized word need not be an acronym.
func shouted(d *doc, i int) bool {
	return capsNeighbor(d, i, -1) || capsNeighbor(d, i, 1)
}

// capsNeighbor reports whether the nearest word from token i in
// direction step (-1 or 1), on the same line, is written in capitals.
func capsNeighbor(d *doc, i, step int) bool {
	j := lineNeighbor(d, i, step)
	return j >= 0 && isAcronym(d.toks[j].Text)
}

// lineNeighbor returns the index of the nearest word from token i in
// direction step (-1 or 1) on the same line, or -1.
func lineNeighbor(d *doc, i, step int) int {
	for j := i + step; j >= 0 && j < len(d.toks); j += step {
		a, b := min(j, j-step), max(j, j-step)
		if strings.IndexByte(d.text[d.toks[a].End:d.toks[b].Start], '\n') >= 0 {
			return -1
		}
		if d.toks[j].Kind == token.Word {
			return j
		}
	}
	return -1
}

// compoundHead reports whether a name ending before token end heads a
// hyphenated compound adjective ("Atlanta-based", "Tehran-backed"), where
// taggers trained on whole words rarely see it.
func compoundHead(d *doc, end int) bool {
	if end+1 >= len(d.toks) {
		return false
	}
	h, w := d.toks[end], d.toks[end+1]
	return h.Kind == token.Hyphen && !h.SpaceBefore && !w.SpaceBefore && w.Kind == token.Word && isLowerWord(w.Text)
}

// dateline reports whether token i is a place name in capitals opening a
// line before a dash or comma ("ATLANTA - ...", "BUCKHANNON, W.Va.").
func dateline(d *doc, i int) bool {
	return lineInitial(d, i) && datelineEnd(d, i)
}

// datelineName reports whether tokens [start, end) are a dateline's
// place: one word as dateline has it, or several in capitals opening a
// line ("LOS ANGELES —", "NEW DELHI (Reuters) -").
func datelineName(d *doc, start, end int) bool {
	if end-start == 1 {
		return dateline(d, start)
	}
	if !lineInitial(d, start) {
		return false
	}
	for _, t := range d.toks[start:end] {
		if t.Kind == token.Word && !isAcronym(t.Text) {
			return false
		}
	}
	return datelineEnd(d, end-1)
}

// datelineEnd reports whether the word at token i is followed as a
// dateline's place is: by a dash, by a comma and a region, by an agency
// in parentheses or by a date and one.
func datelineEnd(d *doc, i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	switch next := d.toks[i+1]; {
	case next.Kind == token.Hyphen:
		return isAcronym(d.toks[i].Text) // "ATLANTA -"
	case next.Text == ",":
		return isAcronym(d.toks[i].Text) && nameAfterComma(d, i+1) // "BUCKHANNON, W.Va.", not "IMO, this"
	case next.Text == "(":
		return true // "Tallahassee (United States) ... (AFP) -"
	case next.Kind == token.Number:
		return agencyCredit(d, i+1) // "Gaza 11-15 (AFP) -"
	}
	return false
}

// nameAfterComma reports whether the comma at token i is followed by a
// capitalized word, as the region or country of a dateline is.
func nameAfterComma(d *doc, i int) bool {
	return i+1 < len(d.toks) && capitalized(d.toks[i+1].Text)
}

// maxDateTokens bounds the date between a dateline's place and its
// agency credit ("11-15" is three tokens, "Nov. 15" three).
const maxDateTokens = 4

// agencyCredit reports whether an agency credit in parentheses ("(AFP)")
// follows within a few tokens of token i, on the same line.
func agencyCredit(d *doc, i int) bool {
	for j := i; j < i+maxDateTokens && j+2 < len(d.toks); j++ {
		if j > i && lineInitial(d, j) {
			return false
		}
		if d.toks[j].Text == "(" && isAcronym(d.toks[j+1].Text) && d.toks[j+2].Text == ")" {
			return true
		}
	}
	return false
}

// lineInitial reports whether token i starts a line.
func lineInitial(d *doc, i int) bool {
	if i == 0 {
		return true
	}
	return strings.IndexByte(d.text[d.toks[i-1].End:d.toks[i].Start], '\n') >= 0
}

// sentenceInitial reports whether token i starts its sentence (after any
// opening quotes or brackets).
func sentenceInitial(d *doc, i int) bool {
	s := d.sents[d.sentOf[i]]
	for j := s.Start; j < i; j++ {
		if d.toks[j].Kind == token.Word || d.toks[j].Kind == token.Number {
			return false
		}
	}
	return true
}
