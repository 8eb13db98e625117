package entities

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/token"
)

// candidate is one knowledge-base entry an alias match may refer to.
type candidate struct {
	idx int32 // entity index in the knowledge base
	typ Type
	// prior is the entry's popularity in (0,1], the chance that the alias
	// means this entry before any context is seen.
	prior float64
	// logPrior is log(max(prior, priorFloor)), the prior's term in a
	// score, computed once per candidate rather than per scoring.
	logPrior float64
	// country identifies the entry's country (see Linker.countryIDs, 0
	// if none); a country is its own country.
	country uint16
	// demonym marks a nationality adjective alias ("Iraqi" for Iraq):
	// the mention is a Group linked to the country.
	demonym bool
	// capital marks a national capital, which news uses for the
	// country's government ("Washington said").
	capital bool
	// weak marks a partial name (a surname alone) or an entry known only
	// as a popular title, without type: evidence for a name something
	// else found, not a reason to find one.
	weak bool
	// untyped marks an entry whose type the knowledge base does not know.
	untyped bool
	// minor marks a small place (a town): thousands share their names
	// with surnames and ordinary words, so it is linked only with
	// evidence beyond its name.
	minor bool
	// located marks a minor place the text locates (see locate), far
	// one it locates only by naming its region somewhere else, and
	// homeRegion a city or town in the region of the story's dateline.
	located, far, homeRegion bool
	// namesake marks a person whose Wikipedia title qualifies the name
	// ("Tom_Davis_(Virginia_politician)"), and backed one the text
	// supports with an office or the person's state (see backNamesakes).
	namesake, backed bool
	// paired marks the reading of "City, Region" in which the city lies
	// in the region: the city's candidate and the region's (see
	// pairRegion).
	paired bool
	// excluded marks a candidate the linker rejected for this mention.
	excluded bool
	// division marks a country or a country's first-level division (a
	// state).
	division bool
	// anonymous marks an entry with neither a Wikidata ID nor a
	// Wikipedia title: a link to it tells a reader little.
	anonymous bool
	// settlement marks a city or a capital, what a dateline names, and
	// county a county, which a dateline's state also holds.
	settlement, county bool
	// seat marks a seat of government, a building that names its office
	// (the White House, the Kremlin): as much a place as an organization.
	seat bool
	// institution marks a legislature or a court, and national a body
	// whose Wikipedia title names its country because other countries
	// have one of that name ("Ministry_of_Justice_(United_Kingdom)").
	institution, national bool
	// nation marks a country, state a country's state.
	nation, state bool
	// media marks a news agency, paper or broadcaster: a credit ("AFP")
	// says nothing of the country a story is about.
	media bool
	// club marks a sports team, which sports reporting names by its
	// nickname alone ("the Heat").
	club bool
	// party marks a political party.
	party bool
	// sports marks a sports short form (kb.Sports), home one that is a
	// team's home ("Miami" for the Heat), and team one the text uses as a
	// team's name (see sportsFit, sportsReading, teamCoherence).
	sports, home, team bool
}

// anonymous reports whether entry i has neither a Wikidata ID nor a
// title. The answer is cached per Linker, as finding it allocates.
func (l *Linker) anonymous(i int32) bool {
	if int(i) >= len(l.anon) {
		return l.kbx.QID(i) == "" && l.kbx.Title(i) == ""
	}
	switch l.anon[i].Load() {
	case 1:
		return false
	case 2:
		return true
	}
	a := l.kbx.QID(i) == "" && l.kbx.Title(i) == ""
	v := uint32(1)
	if a {
		v = 2
	}
	l.anon[i].Store(v)
	return a
}

// minorPrior is the prior under which a place counts as minor.
const minorPrior = 0.375

// kbMatch is an alias match over document tokens [start, end) with the
// entries the alias may refer to, most popular first.
type kbMatch struct {
	start, end int
	cands      []candidate
	// common marks an alias with only weak entries (partial names,
	// untyped titles): a word more than a name.
	common bool
}

// kbMatches finds every alias of the knowledge base in d and groups the
// entries by span. It also returns the raw matches.
func (l *Linker) kbMatches(d *doc) ([]kbMatch, []kb.Match) {
	if l.kbx == nil {
		return nil, nil
	}
	s := d.scr
	raw := s.matcher.MatchFolded(l.kbx, d.toks, d.folds, s.raw[:0])
	out := s.matches[:0]
	if cap(s.cands) < len(raw) {
		s.cands = make([]candidate, 0, len(raw))
	}
	cbuf := s.cands[:0]
	raw = l.postalStates(d, l.withoutInitials(d, l.dropTitleCased(raw)))
	for _, r := range raw {
		if hasComma(d, r.Start, r.End) {
			// "Denver, Colorado" and "Washington, D.C." are two names
			// each, as news annotation conventions have them.
			continue
		}
		if acronymAsName(d, r) || l.initialArticle(d, r) || l.articleOutsideName(d, r) || l.foreignPartyAdjective(d, r) {
			continue
		}
		home := false
		if r.Candidate.Flags&kb.Sports != 0 {
			fit := false
			if fit, home = l.sportsFit(d, r.Candidate.Entity); !fit {
				continue
			}
		}
		n := len(out)
		if n == 0 || out[n-1].start != r.Start || out[n-1].end != r.End {
			out = append(out, kbMatch{start: r.Start, end: r.End, cands: cbuf[len(cbuf):len(cbuf)]})
			n++
		}
		// The groups share cbuf: each appends right after the previous
		// one, so no append reallocates another group's candidates.
		c := l.candidate(r)
		c.home = home
		cbuf = append(cbuf, c)
		out[n-1].cands = cbuf[len(cbuf)-len(out[n-1].cands)-1 : len(cbuf) : len(cbuf)]
	}
	for i := range out {
		cs := out[i].cands
		slices.SortStableFunc(cs, func(a, b candidate) int { return cmp.Compare(b.prior, a.prior) })
		out[i].common = allWeak(out[i].cands)
	}
	s.raw, s.matches, s.cands = raw, out, cbuf
	return out, raw
}

// dropTitleCased removes, in place, the matches of acronyms in title case
// that titleCasedAcronym does not take, before the tagger sees the
// matches as gazetteer features.
func (l *Linker) dropTitleCased(raw []kb.Match) []kb.Match {
	keep := make([]bool, 0, 8)
	any := false
	for _, r := range raw {
		any = any || r.Candidate.Flags&kb.TitleCased != 0
	}
	if !any {
		return raw
	}
	for ri, r := range raw {
		keep = append(keep, r.Candidate.Flags&kb.TitleCased == 0 || l.titleCasedAcronym(raw, ri))
	}
	out := raw[:0]
	for ri, r := range raw {
		if keep[ri] {
			out = append(out, r)
		}
	}
	return out
}

// titleCasedAcronym reports whether raw[ri], an all-capitals alias
// matched by a word in title case ("Nato", "Opec"), is taken: the entry
// is a linked organization or work, its letters read as a word (a vowel,
// no three consonants in a row: "Unicef", not "Hmrc"), the word is no
// English word or name an acronym happens to spell ("Coda", "Rand"),
// and no other entry at least as popular, nor any Wikipedia article, has
// the word in its own case ("Nice" is the city, not the institute NICE;
// "Isis" the goddess).
func (l *Linker) titleCasedAcronym(raw []kb.Match, ri int) bool {
	r := raw[ri]
	i := r.Candidate.Entity
	if t := l.kbx.Type(i); t != kb.Organization && t != kb.Misc || l.anonymous(i) {
		return false
	}
	key := l.kbx.Key(r.Key)
	if !pronounceable(key) || spelledWords[key] {
		return false
	}
	lo, hi := ri, ri+1
	for lo > 0 && raw[lo-1].Start == r.Start {
		lo--
	}
	for hi < len(raw) && raw[hi].Start == r.Start {
		hi++
	}
	for _, o := range raw[lo:hi] {
		if o.End != r.End || o.Candidate.Flags&kb.TitleCased != 0 || o.Candidate.Entity == i {
			continue
		}
		if o.Candidate.Flags&kb.TitleOnly != 0 || l.kbx.Prior(o.Candidate.Entity) >= l.kbx.Prior(i) {
			return false
		}
	}
	return true
}

// pronounceable reports whether the lower-case letters s read as a word:
// a vowel, and no run of three consonants.
func pronounceable(s string) bool {
	vowel, run := false, 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("aeiou", s[i]) >= 0 {
			vowel, run = true, 0
			continue
		}
		if run++; run == 3 {
			return false
		}
	}
	return vowel
}

// spelledWords are English words and names that acronyms of the
// knowledge base spell: in title case they are the word.
var spelledWords = map[string]bool{
	"cabal": true, "coda": true, "doge": true, "nice": true, "rand": true, "slim": true,
	"kari": true, "sama": true, "muda": true, "nida": true,
}

// foreignPartyAdjective reports whether match r reads a party's
// adjective ("Democratic", "Republican") that a capitalized word before
// it makes part of another party's name: "the Social Democratic mayor",
// "a Christian Democratic leader" are no US Democrats.
func (l *Linker) foreignPartyAdjective(d *doc, r kb.Match) bool {
	if r.Candidate.Flags&kb.Demonym == 0 || r.Start == 0 {
		return false
	}
	p := r.Start - 1
	return partyModifiers[d.folds[p]] && capitalized(d.toks[p].Text) && l.kbx.Kind(r.Candidate.Entity) == "political party"
}

// partyModifiers are the words that open party names in many countries
// before "Democratic" or "Republican".
var partyModifiers = map[string]bool{
	"social": true, "christian": true, "liberal": true, "free": true, "national": true, "new": true,
	"people's": true, "peoples": true, "united": true, "popular": true, "progressive": true,
	"radical": true, "civic": true, "federal": true, "constitutional": true, "union": true,
}

// acronymAsName reports whether match r reads a word in capitals amid
// ordinary text ("CAIR said") as an entry whose alias is an ordinary
// name ("Cair", a town): written in capitals, the word is an acronym,
// which that alias is not. Headlines in capitals and words shaped like a
// dateline ("KABUL, Afghanistan", "ATLANTA -"), even where the text lost
// the line break before it, are exempt ("IMO, this is" is no dateline),
// and so are popular titles, whose list keeps no case.
func acronymAsName(d *doc, r kb.Match) bool {
	if r.Candidate.Flags&(kb.Upper|kb.TitleOnly) != 0 || !oneWord(d, r) {
		return false
	}
	i := r.Start
	if !isAcronym(d.toks[i].Text) || shouted(d, i) {
		return false
	}
	if i+1 < len(d.toks) {
		if next := d.toks[i+1]; next.Kind == token.Hyphen || next.Text == "," && nameAfterComma(d, i+1) {
			return false
		}
	}
	return !dateline(d, i)
}

// initialArticle reports whether match r is a title that opens with
// "The" at the start of a sentence ("The Americans", a television
// series) while the words after it name a people ("The Americans won
// the match"). A sentence capitalizes "The" anyway, so the capital says
// nothing there, and news names the people far more often than the work.
func (l *Linker) initialArticle(d *doc, r kb.Match) bool {
	if r.End-r.Start < 2 || d.folds[r.Start] != "the" || l.kbx.Type(r.Candidate.Entity) != kb.Misc || !sentenceInitial(d, r.Start) {
		return false
	}
	for _, c := range l.kbx.Lookup(d.text[d.toks[r.Start+1].Start:d.toks[r.End-1].End]) {
		if l.kbx.Type(c.Entity) == kb.Group {
			return true
		}
	}
	return false
}

// articleOutsideName reports whether match r opens with a sentence's
// first word "The" while the entry's own name does not ("The Associated
// Press quoted…", the agency being "Associated Press"): the sentence
// capitalized the article, so it is not part of the name, and the match
// without it stands. A name that keeps its article ("The Hague", "The
// New York Times") keeps the match.
func (l *Linker) articleOutsideName(d *doc, r kb.Match) bool {
	if r.End-r.Start < 2 || d.folds[r.Start] != "the" || !sentenceInitial(d, r.Start) {
		return false
	}
	i := r.Candidate.Entity
	return !startsWithThe(l.kbx.Name(i)) && !startsWithThe(l.kbx.Title(i))
}

// startsWithThe reports whether a name or title opens with the word
// "The" ("The Hague", "The_Beatles").
func startsWithThe(s string) bool {
	return len(s) > 4 && strings.EqualFold(s[:3], "the") && (s[3] == ' ' || s[3] == '_')
}

// oneWord reports whether match r is one word, or one word and the
// period of an abbreviation ("LA." matching Louisiana's "La.").
func oneWord(d *doc, r kb.Match) bool {
	return r.End-r.Start == 1 || (r.End-r.Start == 2 && d.toks[r.Start+1].Text == ".")
}

// maxShortAlias is the longest one-word alias, in bytes, counted as
// short: an acronym or a clipped form ("LA", "Yes", "EU"), shared by many
// names.
const maxShortAlias = 4

// candidate converts the knowledge-base entry of match r.
func (l *Linker) candidate(r kb.Match) candidate {
	k := l.kbx
	c := r.Candidate
	i := c.Entity
	kind := k.Kind(i)
	out := candidate{
		idx:       i,
		typ:       Type(k.Type(i).String()),
		prior:     (float64(k.Prior(i)) + 1) / 256,
		country:   l.countryIDs[k.CountryIndex(i)],
		demonym:   c.Flags&kb.Demonym != 0,
		capital:   kind == "capital",
		weak:      c.Flags&(kb.Partial|kb.TitleOnly) != 0,
		untyped:   c.Flags&kb.TitleOnly != 0,
		anonymous: l.anonymous(i),
		sports:    c.Flags&kb.Sports != 0,
	}
	if out.anonymous && r.End-r.Start == 1 && len(k.Key(r.Key)) <= maxShortAlias && !k.ByName(i, r.Key) {
		// A short alias of a record without ID or title ("LA" for a
		// small party) is as weak as a surname alone.
		out.weak = true
	}
	out.division = out.typ == Place && isDivisionKind(kind)
	out.settlement = out.typ == Place && (kind == "city" || kind == "capital")
	out.county = out.typ == Place && kind == "county"
	out.seat = kind == "government office"
	out.institution = kind == "legislature" || kind == "court"
	out.national = out.typ == Organization && k.CountryQualified(i)
	out.club = kind == "sports team"
	out.party = kind == "political party"
	out.nation = out.typ == Place && kind == "country"
	out.state = out.typ == Place && kind == "state"
	out.media = mediaKind(kind)
	out.logPrior = math.Log(max(out.prior, priorFloor))
	out.minor = out.typ == Place && !out.demonym && !out.untyped && out.prior < minorPrior
	return out
}

// mediaKind reports whether an entry of this kind reports news.
func mediaKind(kind string) bool {
	switch kind {
	case "news agency", "newspaper", "broadcaster", "magazine", "news website":
		return true
	}
	return false
}

// isDivisionKind reports whether a place of this kind is a country or a
// country's first-level division, what follows "City," in an address.
func isDivisionKind(kind string) bool {
	switch kind {
	case "country", "state", "region", "territory":
		return true
	}
	return false
}

func allWeak(cs []candidate) bool {
	for _, c := range cs {
		if !c.weak {
			return false
		}
	}
	return true
}

// commonAlias reports whether a one-word match is an ordinary word that
// only happens to be capitalized (see commonWord).
func commonAlias(d *doc, m kbMatch) bool { return commonWord(d, m.start, m.end) }

// commonWord reports whether tokens [start, end) are one ordinary word
// that only happens to be capitalized: the document also writes it in
// lower case ("Mobile phones ... a mobile network").
func commonWord(d *doc, start, end int) bool {
	if end-start != 1 {
		return false
	}
	t := d.toks[start]
	if !capitalized(t.Text) || isAcronym(t.Text) {
		return false
	}
	return d.lowerWord(d.folds[start])
}

// lowerWord reports whether the document has folded word w written all
// in lower case.
func (d *doc) lowerWord(w string) bool {
	if d.lower.slots == nil {
		// A lower-case word is its own fold.
		d.lower = newStrSet(d.folds, len(d.toks), d.scr.lowerSlots)
		d.scr.lowerSlots = d.lower.slots
		for i, t := range d.toks {
			if t.Kind == token.Word && isLowerWord(t.Text) {
				d.lower.add(i)
			}
		}
	}
	return d.lower.has(w)
}

// isLowerWord reports whether s is a plain ASCII lower-case word.
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// entity returns the public entity of knowledge-base entry i, built once
// per document.
func (d *doc) entity(k *kb.KB, i int32) *Entity {
	if e, ok := d.ents[i]; ok {
		return e
	}
	r := k.Entity(i)
	// Entities are allocated in chunks, as mentions are.
	if len(d.entBuf) == cap(d.entBuf) {
		d.entBuf = make([]Entity, 0, entityChunk)
	}
	d.entBuf = append(d.entBuf, Entity{ID: r.QID, Wikipedia: r.Title, Name: r.Name, Description: r.Description,
		Type: Type(r.Type.String()), Kind: r.Kind})
	e := &d.entBuf[len(d.entBuf)-1]
	if d.ents == nil {
		d.ents = make(map[int32]*Entity, entityChunk)
	}
	d.ents[i] = e
	return e
}

// entityChunk is how many entities doc.entity allocates at once.
const entityChunk = 32

// hasComma reports whether tokens [start, end) include a comma.
func hasComma(d *doc, start, end int) bool {
	for i := start; i < end; i++ {
		if d.toks[i].Text == "," {
			return true
		}
	}
	return false
}
