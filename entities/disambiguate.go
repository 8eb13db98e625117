package entities

import (
	"math"

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
	wTeam      = 3.5  // a sports short form the text uses as a team's name ("Alabama beat LSU")
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
	d.shortDivisions = l.topDivisions(d, ms, d.scr.divisions[:0])
	d.scr.divisions = d.shortDivisions
	for i, m := range ms {
		var prev, next *mention
		if i > 0 {
			prev = ms[i-1]
			l.pairRegion(d, prev, m)
		}
		if i+1 < len(ms) {
			next = ms[i+1]
		}
		l.locate(d, m, ms, prev, next)
	}
	for pass := 0; pass < 2; pass++ {
		for _, m := range ms {
			m.choose(countries)
		}
		countries = docCountries(ms, countries, l.nCountries)
	}
	l.teamCoherence(d, ms, countries)
	samePlaces(d, ms, countries)
	l.possessedBodies(d, ms, countries)
	d.countries = countries
	if anyGenericInstitution(d, ms) {
		d.anchored = anchoredCountries(ms, l.nCountries)
	}
	for _, m := range ms {
		m.settle(d, l.kbx)
	}
}

// docCountries counts the confidently linked mentions of each country,
// news media left out (see candidate.media), in buf when it is not nil.
func docCountries(ms []*mention, buf []int32, n int) []int32 {
	if buf == nil {
		buf = make([]int32, n)
	}
	clear(buf)
	for _, m := range ms {
		if m.best >= 0 && m.score >= confident {
			if c := m.cands[m.best]; c.country != 0 && !c.media {
				buf[c.country]++
			}
		}
	}
	return buf
}

// anyGenericInstitution reports whether some mention links a legislature
// or court by a partial name, or a body by a name bodies of many
// countries share, the only cases foreignInstitution reads the anchored
// counts for: most texts need not count them.
func anyGenericInstitution(d *doc, ms []*mention) bool {
	for _, m := range ms {
		if c := m.best; c >= 0 && (genericInstitution(m.cands[c]) || m.cands[c].national || partyAcronym(d, m, m.cands[c])) {
			return true
		}
	}
	return false
}

// genericInstitution reports whether c is a legislature or court reached
// by a partial name ("Senate").
func genericInstitution(c candidate) bool {
	return c.weak && !c.untyped && c.institution && c.country != 0
}

// anchoredCountries counts the linked mentions of each country, however
// sure, leaving out links made by a partial name and those to news
// media, whose credits ("AFP") run under stories from anywhere.
func anchoredCountries(ms []*mention, n int) []int32 {
	out := make([]int32, n)
	for _, m := range ms {
		if m.best >= 0 {
			if c := m.cands[m.best]; c.country != 0 && countsAnchor(c) {
				out[c.country]++
			}
		}
	}
	return out
}

// countsAnchor reports whether a link to c counts for its country in
// anchoredCountries.
func countsAnchor(c candidate) bool { return !(c.weak && !c.untyped) && !c.media }

// choose scores the candidates of m and keeps the best one, with its
// softmax share as m.score. countries (nil in the first pass) holds the
// document's confidently linked countries, m's own vote included.
func (m *mention) choose(countries []int32) {
	// self is the country m itself voted for in countries: a link as
	// sure as docCountries counts.
	self := uint16(0)
	if m.best >= 0 && m.score >= confident && !m.cands[m.best].media {
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
	// A title before the name ("President Bush", "Sen. Kerry") says more
	// than the tagger, which read the name alone.
	label := m.tag
	if m.cue == Person {
		label = tagger.PER
	}
	for i, c := range m.cands {
		if c.excluded {
			scores[i] = math.Inf(-1)
			continue
		}
		s := wPrior*c.logPrior + wType*typeFit(label, c)
		switch {
		case c.untyped:
			s += wUntyped
		case c.weak:
			s += wPartial
		}
		if c.anonymous {
			s += wAnonymous
		}
		switch {
		case c.minor && !c.located:
			s += wMinor
		case c.minor && c.far:
			// Its state named somewhere else is some support, not an
			// address: in a story that names Florida, "talks in Geneva"
			// are still in Switzerland.
			s += wMinor / 2
		}
		if m.afterPlace && c.division && !c.demonym {
			s += wDivision
		}
		if m.cue != "" && c.typ == m.cue && !c.demonym {
			s += wCue
		}
		if m.dateline && c.settlement || c.homeRegion && !m.dateline {
			s += wCue
		}
		if m.divisionCue && c.division && !c.demonym && !(m.stateCue && c.nation) {
			s += wDivision
		}
		if c.paired {
			s += wPaired
		}
		if c.team {
			s += wTeam
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
		// "gaze upon the White House": a seat of government is a place.
		return fit(t == Place || c.seat, t == Organization)
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
		if p := descentPeople(d, k, m, c.idx); p >= 0 {
			m.ent = d.entity(k, p) // "of Syrian descent": the people
		}
	case c.untyped:
		m.typ = nilType(d, m)
		if d.listed[m.ent] == nil {
			if d.listed == nil {
				d.listed = make(map[*Entity]*spellings)
			}
			d.listed[m.ent] = new(spellings) // see spellTitles
		}
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
// sure is a person's, with no person candidate, is left unlinked, as is
// half of an author's name in a reference list.
func (m *mention) reject(d *doc) {
	for tries := 0; m.best >= 0; tries++ {
		switch {
		case personNotPlace(m) || citedPerson(d, m) || everydayNamesake(d, m):
			m.best = -1
			return
		case !obscurePart(d, m) && !unsupportedMinor(d, m) && !anonymousMisfit(m) && !unbackedNamesake(m) && !commonTitle(d, m) &&
			!foreignInstitution(d, m) && !partyNonState(d, m) && !stateBody(d, m):
			return
		case tries == maxRejects:
			m.best = -1
			return
		}
		m.cands[m.best].excluded = true
		m.choose(d.countries)
	}
}

// everydayNamesake reports whether m links a famous person while the
// words after the name give an age and an everyday job ("Michael Jordan
// of the Bronx, a 52-year-old bus driver", "Thomas Jefferson, 70, a
// retired mechanic"): a namesake the story introduces, not the famous
// one, whom no story introduces by age and trade ("Jimmy Carter, a
// peanut farmer" is the president).
func everydayNamesake(d *doc, m *mention) bool {
	if m.cands[m.best].typ != Person {
		return false
	}
	i := m.end
	if i < len(d.toks) && d.folds[i] == "of" {
		// "of the Bronx," before the description
		for i++; i < len(d.toks) && i < m.end+5 && d.toks[i].Text != ","; i++ {
		}
	}
	if i >= len(d.toks) || d.toks[i].Text != "," {
		return false
	}
	j, aged := i+1, false
	if j+1 < len(d.toks) && d.toks[j].Kind == token.Number && d.toks[j+1].Text == "," {
		j, aged = j+2, true // "Thomas Jefferson, 70, a retired mechanic"
	}
	for end := j + maxAppositive; j < len(d.toks) && j < end; j++ {
		switch {
		case d.toks[j].Kind == token.Punct:
			return false
		case d.folds[j] == "year" && j > 0 && d.toks[j-1].Kind == token.Hyphen:
			aged = true // "a 52-year-old bus driver"
		case everydayJobs[d.folds[j]]:
			return aged
		}
	}
	return false
}

// maxAppositive bounds the tokens read after a name's comma for a job
// ("a 52-year-old bus driver" is eight).
const maxAppositive = 10

// everydayJobs are jobs and roles of people news quotes by name who are
// not famous: none of the famous people the knowledge base holds is
// described by one.
var everydayJobs = map[string]bool{
	"driver": true, "teacher": true, "nurse": true, "mechanic": true, "plumber": true, "student": true,
	"farmer": true, "retiree": true, "firefighter": true, "carpenter": true, "electrician": true,
	"waiter": true, "waitress": true, "clerk": true, "cashier": true, "janitor": true,
	"accountant": true, "homeowner": true, "shopkeeper": true, "bartender": true, "welder": true,
	"fisherman": true, "grandmother": true, "grandfather": true, "landlord": true, "tenant": true,
}

// partyNonState reports whether m follows a legislator's party letter
// ("D-Centre") but does not link to a state: the code then names a
// county or district the knowledge base does not hold, not a town of
// the same name elsewhere.
func partyNonState(d *doc, m *mention) bool {
	return m.start >= 2 && partyPrefix(d, m.start-2, m.end) && !m.cands[m.best].state
}

// foreignInstitution reports whether m links by a generic short name
// ("Senate", "Supreme Court", "Congress") a legislature or court of a
// country the text is not about, or by a name bodies of many countries
// share ("Democratic Party", "Ministry of Justice") one country's body,
// or by an acronym alone a party ("PPP" in a story about New Zealand's
// economy is purchasing power parity): nothing else in it links to that
// country, however unsure (partial names such as "Senate" and m itself
// not counted), while another
// country has at least two links. In a story from Canberra or New Delhi
// the Senate and Congress are that country's, not those of the United
// States; a story that names the United States once keeps them.
func foreignInstitution(d *doc, m *mention) bool {
	c := m.cands[m.best]
	own := int32(0) // m's own vote: a full name counts
	if countsAnchor(c) {
		own = 1
	}
	if !(genericInstitution(c) || c.national || partyAcronym(d, m, c)) || len(d.anchored) == 0 || d.anchored[c.country] > own {
		return false
	}
	for _, n := range d.anchored {
		if n >= 2 {
			return true
		}
	}
	return false
}

// partyAcronym reports whether m names party c by an acronym alone
// ("PPP"): letters many parties, and many other things, share.
func partyAcronym(d *doc, m *mention, c candidate) bool {
	return c.party && m.end-m.start == 1 && isAcronym(d.toks[m.start].Text)
}

// stateBody reports whether m links a country's legislature or court by
// a name the word "state" qualifies ("the state Senate", "the state
// Supreme Court"): a state's own body, not the nation's.
func stateBody(d *doc, m *mention) bool {
	return m.cands[m.best].institution && stateQualified(d, m)
}

// stateQualified reports whether the word "state" comes right before m.
// Such a name is no other mention of the same words either: "the state
// Supreme Court" is not the Supreme Court the story names later.
func stateQualified(d *doc, m *mention) bool {
	return m.start > 0 && d.toks[m.start-1].Text == "state"
}

// commonTitle reports whether m is one capitalized word the text also
// writes in lower case, linked to an entry known only as a popular
// title: the concept an ordinary word names ("Tourism" split from "World
// Travel & Tourism Council", in a story about tourism), not a name.
func commonTitle(d *doc, m *mention) bool {
	return m.cands[m.best].untyped && commonWord(d, m.start, m.end)
}

// unbackedNamesake reports whether m links to a person whose name
// Wikipedia shares among several people without anything in the text
// that points to this one (see backNamesakes).
func unbackedNamesake(m *mention) bool {
	c := m.cands[m.best]
	return c.namesake && !c.backed
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
// entry not famous enough for that, the more so when the tagger read the
// name as another type's; a surname the text also writes as an ordinary
// lower-case word is no one's without the full name. A team's nickname
// after "the" is famous enough in a text about sport ("the Heat beat the
// Knicks"), where a bare plural ("Clarets and Blues", "Penguins") may be
// another's.
func obscurePart(d *doc, m *mention) bool {
	c := m.cands[m.best]
	if c.weak && c.typ == Person && (m.tag == tagger.ORG || m.tag == tagger.LOC) && c.prior < otherTagPartialPrior {
		return true // "Moody's said" is the agency, not Ashley Moody
	}
	if c.weak && c.typ == Person && (commonWord(d, m.start, m.end) || commonSurname(d, m)) {
		// "Store Consumer" in a text about a task store is not Støre,
		// and "Brown said" alone names no one in particular.
		return true
	}
	return c.weak && !c.untyped && c.prior < partialMinPrior && !(c.club && afterThe(d, m.start) && d.aboutSports())
}

// commonSurname reports whether m is one surname many people share and
// not the name of a leader's government ("the Carter administration").
func commonSurname(d *doc, m *mention) bool {
	if m.end-m.start != 1 || !commonSurnames[d.folds[m.start]] {
		return false
	}
	return m.end >= len(d.toks) || !tenureWords[d.folds[m.end]]
}

// tenureWords after a leader's surname name the leader's time in office.
var tenureWords = map[string]bool{
	"administration": true, "presidency": true, "government": true, "cabinet": true, "era": true,
}

// commonSurnames are surnames so many people share that one alone links
// no famous bearer without the full name in the text (coreference joins
// it to a full name the text gives).
var commonSurnames = map[string]bool{
	"smith": true, "johnson": true, "williams": true, "brown": true, "jones": true, "garcia": true,
	"miller": true, "davis": true, "rodriguez": true, "martinez": true, "hernandez": true, "lopez": true,
	"gonzalez": true, "wilson": true, "anderson": true, "thomas": true, "taylor": true, "moore": true,
	"jackson": true, "martin": true, "lee": true, "perez": true, "thompson": true, "white": true,
	"harris": true, "sanchez": true, "clark": true, "ramirez": true, "lewis": true, "robinson": true,
	"walker": true, "young": true, "allen": true, "king": true, "wright": true, "scott": true,
	"hill": true, "green": true, "adams": true, "nelson": true, "baker": true, "hall": true,
	"campbell": true, "mitchell": true, "carter": true, "roberts": true, "evans": true, "edwards": true,
	"collins": true, "stewart": true, "morris": true, "murphy": true, "cook": true, "rogers": true,
	"morgan": true, "cooper": true, "kelly": true, "howard": true, "ward": true, "watson": true,
	"brooks": true, "wood": true, "james": true, "bennett": true, "gray": true, "hughes": true,
	"price": true, "patel": true, "singh": true, "kim": true, "chen": true, "wang": true, "li": true,
	"zhang": true, "liu": true, "khan": true, "ali": true, "nguyen": true,
}

// otherTagPartialPrior is the prior a person needs to be linked from a
// surname alone that the tagger read as an organization or a place:
// only the most famous ("Obama administration").
const otherTagPartialPrior = 0.75

// afterThe reports whether token i follows the word "the".
func afterThe(d *doc, i int) bool { return i > 0 && d.folds[i-1] == "the" }

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

// anonymousMisfit reports whether m's best candidate is a record without
// ID or title whose type the tagger contradicts: too little to overrule
// the tagger with.
func anonymousMisfit(m *mention) bool {
	c := m.cands[m.best]
	return c.anonymous && m.tag != tagger.None && typeFit(m.tag, c) < 0
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

// maxDemonymWords is the most words of a nationality noun ("New
// Zealanders", "Papua New Guineans").
const maxDemonymWords = 3

// pluralDemonym reports whether m links a place by a nationality word in
// the plural ("Iraqis", "Americans", "New Zealanders"), one whose
// singular is a nationality adjective of the same place: the word names
// the people, not the country. Members of a party or faith ("Democrats",
// "Sunnis") still link to it.
func pluralDemonym(d *doc, k *kb.KB, m *mention) bool {
	c := m.cands[m.best]
	if !c.demonym || c.typ != Place || m.end-m.start > maxDemonymWords {
		return false
	}
	w := d.text[d.toks[m.start].Start:d.toks[m.end-1].End]
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
