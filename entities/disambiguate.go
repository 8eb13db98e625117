package entities

import (
	"math"
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// Disambiguation weights. A candidate's score adds its log prior, how
// well its type fits the tagger's label, and whether its country is one
// the document is about (entities of one article are related).
const (
	wPrior     = 1.0
	wType      = 1.5
	wCoherence = 1.0
	wCapital   = 0.4  // a national capital read as its government
	wPartial   = -1.2 // a surname alone names the person less surely
	wUntyped   = -0.7 // an entry known only as a popular title
	wAnonymous = -0.3 // an entry without ID or title, a minor record
	wMinor     = -1.0 // a small place nothing in the text locates
	wDivision  = 1.0  // a state after "City," ("Sioux Falls, S.D.")
	wCue       = 0.5  // the type a cue word before the name asks for; a city in a dateline
	wPaired    = 1.5  // "City, Region" read as the city in that region, and that region
	priorFloor = 0.01
	// confident is the softmax share a link needs to seed the document's
	// countries for the coherence pass.
	confident = 0.6
)

// disambiguate picks each mention's entity and type in two passes: the
// first from local evidence only, the second also rewarding candidates
// from the countries the first pass linked with confidence.
func (l *Linker) disambiguate(d *doc, ms []*mention) {
	var countries []int32
	for i, m := range ms {
		var prev *mention
		if i > 0 {
			prev = ms[i-1]
			l.pairRegion(d, prev, m)
		}
		l.locate(d, m, ms, prev)
	}
	for pass := 0; pass < 2; pass++ {
		for _, m := range ms {
			m.choose(countries)
		}
		countries = docCountries(ms, countries, l.nCountries)
	}
	d.countries = countries
	for _, m := range ms {
		m.settle(d, l.kbx)
	}
}

// docCountries counts the confidently linked mentions of each country,
// in buf when it is not nil.
func docCountries(ms []*mention, buf []int32, n int) []int32 {
	if buf == nil {
		buf = make([]int32, n)
	}
	clear(buf)
	for _, m := range ms {
		if m.best >= 0 && m.score >= confident {
			if c := m.cands[m.best].country; c != 0 {
				buf[c]++
			}
		}
	}
	return buf
}

// choose scores the candidates of m and keeps the best one, with its
// softmax share as m.score. countries (nil in the first pass) holds the
// document's confidently linked countries, m's own vote included.
func (m *mention) choose(countries []int32) {
	self := uint16(0)
	if m.best >= 0 {
		self = m.cands[m.best].country
	}
	m.best = -1
	if len(m.cands) == 0 {
		return
	}
	bestScore, sum := math.Inf(-1), 0.0
	var buf [16]float64 // most names have few candidates
	scores := buf[:0]
	if len(m.cands) > len(buf) {
		scores = make([]float64, 0, len(m.cands))
	}
	scores = scores[:len(m.cands)]
	for i, c := range m.cands {
		if c.excluded {
			scores[i] = math.Inf(-1)
			continue
		}
		s := wPrior*c.logPrior + wType*typeFit(m.tag, c)
		switch {
		case c.untyped:
			s += wUntyped
		case c.weak:
			s += wPartial
		}
		if c.anonymous {
			s += wAnonymous
		}
		if c.minor && !c.located {
			s += wMinor
		}
		if m.afterPlace && c.division && !c.demonym {
			s += wDivision
		}
		if m.cue != "" && c.typ == m.cue && !c.demonym {
			s += wCue
		}
		if m.dateline && c.settlement {
			s += wCue
		}
		if m.divisionCue && c.division && !c.demonym {
			s += wDivision
		}
		if c.paired {
			s += wPaired
		}
		// A record without ID or title is too little known for the
		// country it happens to share with the text to lift it.
		if c.country != 0 && len(countries) > 0 && !c.anonymous {
			if n := countries[c.country]; n > 0 && !(n == 1 && c.country == self) {
				s += wCoherence
			}
		}
		// A capital followed by a region it is not in names another
		// city, not a government ("London, Ontario").
		if c.capital && !m.inRegion && (m.tag == tagger.ORG || m.tag == tagger.LOC || m.tag == tagger.None) {
			s += wCapital
		}
		// Rounding makes ties break the same way on every platform, where
		// math.Log may differ in the last bit.
		s = math.Round(s*1e9) / 1e9
		scores[i] = s
		if s > bestScore {
			bestScore, m.best = s, i
		}
	}
	if m.best < 0 {
		return
	}
	for _, s := range scores {
		sum += math.Exp(s - bestScore)
	}
	m.score = 1 / sum
}

// typeFit says how well a candidate fits the tagger's label, in [-1, 1].
func typeFit(l tagger.Label, c candidate) float64 {
	t := c.typ
	if c.demonym {
		t = Group
	}
	if c.untyped {
		return 0
	}
	switch l {
	case tagger.None:
		return 0
	case tagger.PER:
		return fit(t == Person, false)
	case tagger.ORG:
		// A capital or country named as an actor ("Washington said").
		return fit(t == Organization, t == Place && c.capital)
	case tagger.LOC:
		return fit(t == Place, t == Organization)
	case tagger.MISC:
		return fit(t == Group || t == Misc, false)
	}
	return 0
}

func fit(match, near bool) float64 {
	switch {
	case match:
		return 1
	case near:
		return 0
	}
	return -1
}

// settle fixes m's entity, type and score from the chosen candidate,
// leaving m unlinked (NIL) when the tagger is sure of a type no
// candidate has.
func (m *mention) settle(d *doc, k *kb.KB) {
	m.reject(d)
	if m.best >= 0 && pluralDemonym(d, k, m) {
		// "Americans" names the people, not the country: the people's
		// own entry when the knowledge base has one, else an unlinked
		// Group.
		if m.best = peopleCandidate(m); m.best < 0 {
			m.ent, m.typ = nil, Group
			m.score = 0.9 * m.tagScore
			return
		}
	}
	if m.best < 0 {
		m.ent = nil
		m.typ = nilType(d, m)
		m.score = 0.9 * m.tagScore
		return
	}
	c := m.cands[m.best]
	m.ent = d.entity(k, c.idx)
	m.typ = c.typ
	switch {
	case c.demonym:
		m.typ = Group
	case c.untyped:
		m.typ = nilType(d, m)
	}
	if t, ok := headType(d, m); ok && c.untyped {
		m.typ = t
	}
	evidence := 0.6 // a knowledge-base name the tagger did not tag
	if m.tag != tagger.None {
		evidence = 0.3
		if typeFit(m.tag, c) >= 0 {
			evidence = m.tagScore
		}
	}
	m.score = 0.5*m.score + 0.5*evidence
}

// maxRejects bounds how many rejected candidates a mention passes over
// to the next best.
const maxRejects = 3

// reject drops m's chosen candidate while it is one the text does not
// support (an obscure surname, an unlocated town, a bare record of the
// wrong type) and chooses the next best; a one-word name the tagger is
// sure is a person's, with no person candidate, is left unlinked.
func (m *mention) reject(d *doc) {
	for tries := 0; m.best >= 0; tries++ {
		switch {
		case personNotPlace(m):
			m.best = -1
			return
		case !obscurePart(m) && !unsupportedMinor(d, m) && !anonymousMisfit(m):
			return
		case tries == maxRejects:
			m.best = -1
			return
		}
		m.cands[m.best].excluded = true
		m.choose(d.countries)
	}
}

// personNotPlace reports whether a one-word name the tagger is sure is a
// person has as best candidate one of another type not famous enough
// to overrule it: a person's name that is also a town's ("Chelsea").
func personNotPlace(m *mention) bool {
	c := m.cands[m.best]
	return m.end-m.start == 1 && m.tag == tagger.PER && m.tagScore >= 0.9 && !m.located &&
		c.typ != Person && !c.untyped && !c.demonym && c.prior < 0.6
}

// partialMinPrior is the prior a person needs to be linked from a
// surname alone, without the full name earlier in the text: a head of
// state or a famous minister, not any legislator of that name.
const partialMinPrior = 0.62

// obscurePart reports whether m links by a partial name only to an
// entry not famous enough for that.
func obscurePart(m *mention) bool {
	c := m.cands[m.best]
	return c.weak && !c.untyped && c.prior < partialMinPrior
}

// minorLocScore is the tagger confidence a location label needs to
// support a small place nothing else in the text locates.
const minorLocScore = 0.9

// unsupportedMinor reports whether m links to a small place that
// nothing in the text locates while the tagger did not call it a
// location with confidence: thousands of towns share their names with
// people, titles and ordinary words.
func unsupportedMinor(d *doc, m *mention) bool {
	c := m.cands[m.best]
	return c.minor && !c.located && m.tag != tagger.None && (m.tag != tagger.LOC || m.tagScore < minorLocScore)
}

// locate marks the small places among m's candidates that the text
// locates: the name is followed by ", State" or ", Country"
// ("Buckhannon, W.Va."), or the place's region is named in the text.
func (l *Linker) locate(d *doc, m *mention, ms []*mention, prev *mention) {
	m.afterPlace = prev != nil && prev.end+1 == m.start && d.toks[prev.end].Text == "," && townLike(prev)
	m.cue = cueBefore(d, m.start)
	m.dateline = m.end == m.start+1 && dateline(d, m.start)
	m.divisionCue = divisionCue(d, m.start, m.end)
	comma := m.end+1 < len(d.toks) && d.toks[m.end].Text == "," && capitalized(d.toks[m.end+1].Text)
	m.located = comma
	for i := range m.cands {
		c := &m.cands[i]
		if !c.minor {
			continue
		}
		if comma || m.cue == Place {
			// "Buckhannon, W.Va." and "the town of Mobile" say the name
			// is a place's.
			c.located = true
			continue
		}
		if r := l.region(c.idx); r != "" {
			c.located = d.named(ms, r)
		}
	}
}

// pairRegion marks, when m is followed by ", " and mention next, the
// candidates of m that lie in a state or region next may name, and those
// region candidates: "Portland, Maine" is the Portland in Maine, "London,
// Ontario" the London in Ontario, "Springfield, Ill." the one in
// Illinois.
func (l *Linker) pairRegion(d *doc, m, next *mention) {
	if next.start != m.end+1 || d.toks[m.end].Text != "," {
		return
	}
	for j := range next.cands {
		n := &next.cands[j]
		if !n.division || n.demonym {
			continue
		}
		name := l.divisionName(n.idx)
		for i := range m.cands {
			c := &m.cands[i]
			if c.typ == Place && !c.division && l.region(c.idx) == name {
				c.paired, n.paired, m.inRegion = true, true, true
			}
		}
	}
}

// divisionName returns the name of state or region i folded as region
// names are (see region).
func (l *Linker) divisionName(i int32) string {
	if r, ok := l.divisions.Load(i); ok {
		return r.(string)
	}
	r := foldWords(l.kbx.Name(i))
	l.divisions.Store(i, r)
	return r
}

// named reports whether some mention of ms has the folded text name.
func (d *doc) named(ms []*mention, name string) bool {
	if d.names.slots == nil {
		d.names = mentionNames(d, ms)
	}
	return d.names.has(name)
}

// mentionNames returns the set of the folded texts of ms. The texts of
// several words are written into one buffer, which becomes one string.
func mentionNames(d *doc, ms []*mention) strSet {
	names := make([]string, len(ms))
	var buf []byte
	var ends []int
	for i, m := range ms {
		if m.end-m.start == 1 {
			names[i] = d.folds[m.start]
			continue
		}
		buf = d.appendFoldSpan(buf, m.start, m.end)
		ends = append(ends, len(buf))
	}
	all, start, k := string(buf), 0, 0
	set := newStrSet(names, len(ms), d.scr.nameSlots)
	d.scr.nameSlots = set.slots
	for i, m := range ms {
		if m.end-m.start != 1 {
			names[i], start = all[start:ends[k]], ends[k]
			k++
		}
		set.add(i)
	}
	return set
}

// region returns the folded region name of entry i ("west virginia"),
// cached per Linker as reading it decodes the whole record.
func (l *Linker) region(i int32) string {
	if r, ok := l.regions.Load(i); ok {
		return r.(string)
	}
	r := foldWords(l.kbx.Entity(i).Region)
	l.regions.Store(i, r)
	return r
}

// placeLike reports whether m is tagged a location or its best-known
// candidate is a place.
func placeLike(m *mention) bool {
	if m.tag == tagger.LOC {
		return true
	}
	return len(m.cands) > 0 && m.cands[0].typ == Place && !m.cands[0].demonym
}

// townLike reports whether m may be the town of an address ("Sioux
// Falls," before "S.D."): place-like, and not best known as a country
// or state, as in the list "Iraq, Washington" or "Ohio, New York".
func townLike(m *mention) bool {
	return placeLike(m) && (len(m.cands) == 0 || !m.cands[0].division)
}

// anonymousMisfit reports whether m's best candidate is a record without
// ID or title whose type the tagger contradicts: too little to overrule
// the tagger with.
func anonymousMisfit(m *mention) bool {
	c := m.cands[m.best]
	return c.anonymous && m.tag != tagger.None && typeFit(m.tag, c) < 0
}

// appendFoldSpan appends the folded words of tokens [start, end)
// joined by spaces, the form region names are compared in.
func (d *doc) appendFoldSpan(b []byte, start, end int) []byte {
	n := len(b)
	for i := start; i < end; i++ {
		if d.toks[i].Kind != token.Word {
			continue
		}
		if len(b) > n {
			b = append(b, ' ')
		}
		b = append(b, d.folds[i]...)
	}
	return b
}

// foldWords folds a name to its words joined by spaces ("West Virginia"
// gives "west virginia").
func foldWords(s string) string {
	var b strings.Builder
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Word {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(token.Fold(t.Text))
	}
	return b.String()
}

// cueBefore returns the type the word before token i asks for ("the city
// of Mobile", "President Jordan", "the firm Apple"), "" when none.
func cueBefore(d *doc, i int) Type {
	j := i - 1
	if j >= 0 && d.toks[j].Text == "of" {
		j--
	}
	if j < 0 || d.toks[j].Kind != token.Word {
		return ""
	}
	if placePreps[d.folds[j]] && j > 0 && placeVerbs[d.folds[j-1]] {
		return Place // "born in Mobile", "based near Reading"
	}
	return cueWords[d.folds[j]]
}

// divisionCue reports whether the words around the name from token start
// to end say it names a state or region rather than a city of the same
// name: a regional adjective before it ("upstate New York", "eastern
// Washington"), or "state" or a state office after it ("New York state",
// "New York Gov. Kathy Hochul", "the Washington legislature").
func divisionCue(d *doc, start, end int) bool {
	if start > 0 && d.toks[start-1].Kind == token.Word && regionWords[d.toks[start-1].Text] {
		return true
	}
	if end >= len(d.toks) || d.toks[end].Kind != token.Word {
		return false
	}
	next := d.toks[end].Text
	return next == "state" || stateOffices[d.folds[end]]
}

// regionWords, written in lower case right before a name, place it in a
// part of a state or country.
var regionWords = map[string]bool{
	"upstate": true, "downstate": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "rural": true,
}

// stateOffices, right after a name, make it a state's: its governor,
// legislature or members of Congress ("New York Sen. Chuck Schumer").
var stateOffices = map[string]bool{
	"gov": true, "governor": true, "governors": true, "legislature": true, "legislators": true,
	"statehouse": true, "sen": true, "senator": true, "senators": true, "rep": true, "congressman": true,
	"congresswoman": true, "lawmakers": true,
}

// placePreps and placeVerbs make the cue "born in", "based near": a
// participle of birth, death or residence and a preposition of place.
var (
	placePreps = map[string]bool{"in": true, "near": true, "outside": true}
	placeVerbs = map[string]bool{"born": true, "based": true, "located": true, "headquartered": true,
		"raised": true, "died": true, "lives": true, "lived": true, "living": true, "situated": true}
)

// cueWords are words that, right before a name, say what it names.
var cueWords = map[string]Type{
	"city": Place, "town": Place, "village": Place, "capital": Place, "province": Place,
	"county": Place, "region": Place, "district": Place, "port": Place,
	"president": Person, "minister": Person, "senator": Person, "sen": Person, "rep": Person,
	"gov": Person, "governor": Person, "secretary": Person, "chancellor": Person, "premier": Person,
	"mr": Person, "mrs": Person, "ms": Person, "dr": Person, "gen": Person, "coach": Person,
	"spokesman": Person, "spokeswoman": Person, "actor": Person, "actress": Person, "singer": Person,
	"company": Organization, "firm": Organization, "group": Organization, "party": Organization,
	"agency": Organization, "club": Organization, "team": Organization, "newspaper": Organization,
	"network": Organization, "bank": Organization, "militia": Organization,
}

// peopleCandidate returns the index of m's candidate that is a people
// (a Group entry named by the plural, "Americans" the people), or -1.
func peopleCandidate(m *mention) int {
	for i, c := range m.cands {
		if c.typ == Group && !c.demonym && !c.weak && !c.excluded {
			return i
		}
	}
	return -1
}

// pluralDemonym reports whether m links a place by a nationality word in
// the plural ("Iraqis", "Americans"), one whose singular is a
// nationality adjective of the same place: the word names the people,
// not the country. Members of a party or faith ("Democrats", "Sunnis")
// still link to it.
func pluralDemonym(d *doc, k *kb.KB, m *mention) bool {
	c := m.cands[m.best]
	if !c.demonym || c.typ != Place || m.end-m.start != 1 {
		return false
	}
	w := d.toks[m.start].Text
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	for _, o := range k.Lookup(w[:len(w)-1]) {
		if o.Entity == c.idx && o.Flags&kb.Demonym != 0 {
			return true
		}
	}
	return false
}
