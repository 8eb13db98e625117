package entities

import (
	"slices"

	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// In-document coreference. Mentions that name one thing are joined into
// clusters; each cluster then takes the entity and type of its fullest
// mention (the one with the most name words), so "Pompeo" links where
// "Mike Pompeo" did, "Kadhemi" where "Mustafa al-Kadhimi" did, and a
// cluster whose full name is unknown stays unlinked even when a short
// form alone would match some other entry.
//
// Joins:
//   - "Name (Alias)": a parenthetical of the same type, or an acronym of
//     the name, joins the name;
//   - an acronym joins the earlier organization or place it abbreviates
//     ("PMF");
//   - a person's short form joins the earlier person, among those whose
//     name words contain it (spelling variants allowed: "Kadhemi"), that
//     was mentioned most so far; with no such person, it joins the next
//     one, as a headline's "Riley to have surgery" names the "Pat Riley"
//     of the story below;
//   - an unlinked organization joins an earlier one whose name ends with
//     its words ("the Commission"), and an unlinked organization or
//     other name joins an earlier linked one whose name begins with its
//     words ("Target" after "Target Corp.");
//   - a name of two or more words that is an earlier name up to spelling
//     variants and middle initials joins it ("al-Kadhemi" and
//     "al-Kadhimi", "Gerald R. Ford" and "Gerald Ford").

// maxLookBack bounds how many earlier mentions a mention is compared
// with, keeping coreference linear in long texts.
const maxLookBack = 400

// corefer joins coreferring mentions and propagates cluster links.
func corefer(d *doc, ms []*mention) {
	if len(ms) < 2 {
		return
	}
	cb := &d.scr.coref
	cb.words = reuse(cb.words, len(ms))
	words := cb.words
	buf := cb.names[:0]
	for i, m := range ms {
		n := len(buf)
		buf = d.appendNameWords(buf, m.start, m.end)
		all := buf[n:len(buf):len(buf)]
		words[i] = mentionWords{all: all, content: contentWords(all),
			skip: m.typ == Group || len(all) == 0 || stateQualified(d, m) || m.dateline || m.owned, person: personLike(m, all)}
	}
	cb.names = buf
	cb.parent, cb.size = reuse(cb.parent, len(ms)), reuse(cb.size, len(ms))
	parent, size := cb.parent, cb.size
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range size {
		size[i] = 1
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[ra] = rb
			size[rb] += size[ra]
		}
	}
	clusterSize := func(j int) int { return size[find(j)] }
	persons := cb.persons[:0] // the mentions that name a person, in order
	for j := range words {
		if words[j].person && !words[j].skip {
			persons = append(persons, j)
		}
	}
	cb.persons = persons
	for i := range ms {
		if j := parenthetical(d, ms, i); j >= 0 {
			union(i, j)
			continue
		}
		if j := antecedent(d, ms, words, persons, i, clusterSize); j >= 0 {
			union(i, j)
			continue
		}
		if j := postcedent(ms, words, persons, i); j >= 0 {
			union(i, j)
		}
	}
	propagate(d, ms, words, find)
}

// corefBufs are corefer's buffers, kept in the scratch of a Find.
type corefBufs struct {
	words                 []mentionWords
	names                 []string
	parent, size, persons []int
	head                  []int
	votes                 [][5]float64
	voted                 []bool
}

// release clears the buffers that refer to the text.
func (b *corefBufs) release() {
	clear(b.words)
	clear(b.names)
}

// reuse returns s resized to n zero elements, reallocated only when too
// small.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// mentionWords are the name words of a mention, all of them and
// without initials, found once: coreference compares many pairs.
type mentionWords struct {
	all, content []string
	skip         bool // a group, a dateline or no name words: in no cluster
	person       bool // personLike
}

// mentionText is the text of m.
func mentionText(d *doc, m *mention) string {
	return d.text[d.toks[m.start].Start:d.toks[m.end-1].End]
}

// parenthetical returns the mention that ms[i] stands in parentheses
// right after, when the two corefer, else -1.
func parenthetical(d *doc, ms []*mention, i int) int {
	if i == 0 {
		return -1
	}
	a, b := ms[i-1], ms[i]
	if a.end+1 != b.start || b.end >= len(d.toks) || d.toks[a.end].Text != "(" || d.toks[b.end].Text != ")" {
		return -1
	}
	if acronymWords(mentionText(d, b), d.appendNameWords(nil, a.start, a.end)) {
		return i - 1
	}
	// An acronym that neither spells the name nor links to its entry is
	// something else about it: "Exclusive Economic Zone (PDF)" in a
	// reference is a document's format.
	if isAcronym(mentionText(d, b)) && b.ent != nil && b.ent != a.ent {
		return -1
	}
	// A place in parentheses locates ("Springfield (Illinois)"); other
	// names of one type rename.
	if a.typ == b.typ && (a.typ == Organization || a.typ == Person) {
		return i - 1
	}
	return -1
}

// antecedent returns the earlier mention that ms[i] is an acronym or
// spelling variant of (the latest), or a short form of (the one most
// often mentioned so far: "Ford" after "Gerald Ford" and "Betty Ford" in
// a story about him), else -1.
func antecedent(d *doc, ms []*mention, words []mentionWords, persons []int, i int, clusterSize func(int) int) int {
	m, w, wc := ms[i], words[i].all, words[i].content
	if words[i].skip {
		return -1
	}
	text := mentionText(d, m)
	acr := isAcronym(text) && m.end-m.start == 1
	// What m may be of an earlier mention, tested once, not per pair.
	orgHead := m.typ == Organization
	orgStart := m.ent == nil && (m.typ == Organization || m.typ == Misc) && !hasNumber(d, m) &&
		(m.tag == tagger.ORG || m.tagScore >= confidentTag)
	shortForm := m.typ != Group
	if !acr && !orgHead && !orgStart && len(wc) < 2 {
		// Only a person's short form remains possible.
		return shortFormAntecedent(m, words, ms, persons, i, clusterSize)
	}
	// An organization's short form, like a person's, joins the one
	// mentioned most so far: "United" in a story about Manchester United
	// that once names Newcastle United.
	short, shortSize, org, orgSize := -1, 0, -1, 0
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		a, aw := ms[j], words[j].all
		if words[j].skip {
			continue
		}
		switch {
		case acr && acronymFits(m, a) && acronymWords(text, aw):
			return j
		case sameName(wc, words[j].content):
			return j
		case orgHead && len(w) < len(aw) && orgHeadOf(m, a, w, aw),
			orgStart && len(w) < len(aw) && orgStartOf(a, w, aw):
			if n := clusterSize(j); n > orgSize {
				org, orgSize = j, n
			}
		case shortForm && words[j].person && len(w) < len(aw) && shortFormOf(m, a, w, aw):
			if n := clusterSize(j); n > shortSize {
				short, shortSize = j, n
			}
		}
	}
	if org >= 0 {
		return org
	}
	return short
}

// shortFormAntecedent is antecedent for a mention that can only be a
// short form of a person: it visits the earlier persons alone.
func shortFormAntecedent(m *mention, words []mentionWords, ms []*mention, persons []int, i int, clusterSize func(int) int) int {
	if m.typ == Group {
		return -1
	}
	w := words[i].all
	short, shortSize := -1, 0
	p, _ := slices.BinarySearch(persons, i) // persons[p-1] is the last before i
	for p--; p >= 0 && persons[p] >= i-maxLookBack; p-- {
		j := persons[p]
		if len(w) < len(words[j].all) && shortFormOf(m, ms[j], w, words[j].all) {
			if n := clusterSize(j); n > shortSize {
				short, shortSize = j, n
			}
		}
	}
	return short
}

// maxLookAhead bounds how many later mentions a short form with no
// antecedent is compared with: a headline's name is spelled out soon.
const maxLookAhead = 100

// postcedent returns the first later person the knowledge base knows
// whose name words contain those of ms[i], a short form with no
// antecedent ("Diaz" in a headline before "Cameron Diaz"), else -1. A
// short form already linked to a person keeps its link unless all those
// later names agree on another entity: "Bush" stays the president's
// when "Laura Bush" and "George W. Bush" follow.
func postcedent(ms []*mention, words []mentionWords, persons []int, i int) int {
	m, w := ms[i], words[i].all
	if words[i].skip {
		return -1
	}
	linked := m.ent != nil && m.typ == Person
	first := -1
	p, _ := slices.BinarySearch(persons, i+1) // persons[p] is the first after i
	for ; p < len(persons) && persons[p] <= i+maxLookAhead; p++ {
		j := persons[p]
		if ms[j].ent == nil || ms[j].typ != Person || len(w) >= len(words[j].all) ||
			!shortFormOf(m, ms[j], w, words[j].all) {
			continue
		}
		switch {
		case !linked:
			return j
		case first < 0:
			first = j
		case ms[j].ent != ms[first].ent:
			return -1
		}
	}
	return first
}

// shortFormOf reports whether m (words w) is a short form of the person
// a (words aw). m may be unlinked or linked by weak evidence (a small
// town, a surname) but not be a name the knowledge base knows well as
// something else.
func shortFormOf(m, a *mention, w, aw []string) bool {
	if !personLike(a, aw) || m.typ == Group {
		return false
	}
	if m.ent != nil && m.typ != Person && m.tag != tagger.PER && m.cands[m.best].prior >= kbOnlySinglePrior {
		return false
	}
	for _, x := range w {
		if !partOfName(aw, x) {
			return false
		}
	}
	return true
}

// partOfName reports whether word x is one of the name words aw, spelled
// alike or, for the surname, a spelling variant ("Kadhemi" of "Mustafa
// al-Kadhimi"). A variant of a given name is another word more often than
// the person ("Français" is no short form of François Hollande).
func partOfName(aw []string, x string) bool {
	for i, a := range aw {
		if a == x || i == len(aw)-1 && sameWord(a, x) {
			return true
		}
	}
	return false
}

// acronymFits reports whether acronym m may stand for a: an
// organization, place or other name, not a person, and m not linked to
// another entity as famous as a country or as a state after "City,"
// ("Sioux Falls, S.D." after "San Diego"). The name the text spells out
// beats a lesser entry with the same letters ("BA" after "British
// Airways" is not Bright Armenia).
func acronymFits(m, a *mention) bool {
	if a.typ == Person || a.typ == Group {
		return false
	}
	if m.ent == nil || a.ent == nil || m.ent == a.ent {
		return true
	}
	if m.best < 0 {
		return true
	}
	c := m.cands[m.best]
	return c.prior < kbOnlyInitPrior && !(m.afterPlace && c.division)
}

// orgHeadOf reports whether the organization m (words w) is the end of
// the organization a's name, unlinked ("the Commission" after "the
// European Commission") or linked only by a bare popular title ("The
// Times", a London paper, after "The New York Times"): a story names
// again what it named in full. A short name the knowledge base types
// ("the Labour Party" after "the Scottish Labour Party") keeps its link.
func orgHeadOf(m, a *mention, w, aw []string) bool {
	if m.typ != Organization || a.typ != Organization {
		return false
	}
	if m.ent != nil && (a.ent == nil || a.ent == m.ent || m.ent.Kind != "") {
		return false
	}
	w, aw = withoutThe(w), withoutThe(aw)
	if len(w) == 0 || len(w) >= len(aw) {
		return false
	}
	off := len(aw) - len(w)
	for i, x := range w {
		if x != aw[off+i] {
			return false
		}
	}
	return true
}

// withoutThe returns name words w without a leading "the", which a
// sentence may capitalize into the name ("The Times said").
func withoutThe(w []string) []string {
	if len(w) > 0 && w[0] == "the" {
		return w[1:]
	}
	return w
}

// confidentTag is the tagger score above which a one-word name of
// another type than organization is taken as a short name ("the Dow")
// rather than an adjective ("Soviet troops", "Islamic law").
const confidentTag = 0.9

// orgStartOf reports whether name words w begin the name aw of a,
// an organization or other name of the knowledge base: an unlinked
// "Target" after "Target Corp.", "Dow" after "Dow Jones".
func orgStartOf(a *mention, w, aw []string) bool {
	if a.ent == nil || (a.typ != Organization && a.typ != Misc) {
		return false
	}
	for i, x := range w {
		if !sameWord(x, aw[i]) {
			return false
		}
	}
	return true
}

// hasNumber reports whether m has a number token ("Time 100"): its name
// words leave the number out.
func hasNumber(d *doc, m *mention) bool {
	for i := m.start; i < m.end; i++ {
		if d.toks[i].Kind == token.Number {
			return true
		}
	}
	return false
}

// personLike reports whether mention a (words aw) names a person: typed
// so, tagged so, or a two-word name known only as a popular title.
func personLike(a *mention, aw []string) bool {
	switch {
	case numbered(aw):
		return false // "Firefox 39" names no one, whatever the tagger read
	case a.typ == Person || a.tag == tagger.PER:
		return true
	case a.best >= 0 && a.cands[a.best].untyped:
		return len(aw) == 2
	}
	return stormName(aw)
}

// numbered reports whether name words ws hold a number.
func numbered(ws []string) bool {
	for _, w := range ws {
		if w != "" && '0' <= w[0] && w[0] <= '9' {
			return true
		}
	}
	return false
}

// stormName reports whether name words aw name a storm, which news then
// calls by its given name alone ("Katrina" after "Hurricane Katrina").
func stormName(aw []string) bool {
	if len(aw) == 3 && aw[0] == "tropical" && aw[1] == "storm" {
		return true
	}
	if len(aw) != 2 {
		return false
	}
	switch aw[0] {
	case "hurricane", "typhoon", "cyclone", "superstorm":
		return true
	}
	return false
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if sameWord(x, w) {
			return true
		}
	}
	return false
}

// variantOf reports whether two names of as many words are spelling
// variants word by word.
func variantOf(a, b []string) bool {
	for i := range a {
		if !sameWord(a[i], b[i]) {
			return false
		}
	}
	return true
}

// sameName reports whether two names of two or more words are one name
// up to spelling variants and middle initials ("Gerald R. Ford" and
// "Gerald Ford", "Mustafa al-Kadhemi" and "Mustafa al-Kadhimi"). a and b
// are their contentWords.
func sameName(a, b []string) bool {
	return len(a) == len(b) && len(a) >= 2 && variantOf(a, b)
}

// contentWords drops initials from name words. It returns ws itself
// when there is none.
func contentWords(ws []string) []string {
	for i, w := range ws {
		if len(w) == 1 {
			out := append([]string(nil), ws[:i]...)
			for _, w := range ws[i+1:] {
				if len(w) > 1 {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return ws
}

// propagate gives every mention of a cluster the link and type of the
// cluster's fullest mention. When the knowledge base does not type that
// entity (a popular title, or no entry), the cluster's type is the one
// the tagger gave its mentions most often, unless the fullest mention's
// own words fix its type. Nationality adjectives keep their own type.
func propagate(d *doc, ms []*mention, words []mentionWords, find func(int) int) {
	// Clusters are indexed by their root mention.
	cb := &d.scr.coref
	cb.head, cb.votes, cb.voted = reuse(cb.head, len(ms)), reuse(cb.votes, len(ms)), reuse(cb.voted, len(ms))
	head, votes, voted := cb.head, cb.votes, cb.voted
	for i := range head {
		head[i] = -1
	}
	for i, m := range ms {
		r := find(i)
		if h := head[r]; h < 0 || fuller(m, words[i], ms[h], words[h]) {
			head[r] = i
		}
		if m.tag != tagger.None && m.typ != Group {
			votes[r][typeIndex(nilType(d, m))] += m.tagScore
			voted[r] = true
		}
	}
	for r, h := range head {
		if h < 0 {
			continue
		}
		if hm := ms[h]; hm.ent == nil || (hm.best >= 0 && hm.cands[hm.best].untyped) {
			// Words that fix the type outvote the tagger: "Delphine" is
			// a storm after "Hurricane Delphine".
			if _, fixed := headType(d, hm); voted[r] && !fixed {
				hm.typ = typeAt(&votes[r])
			}
		}
	}
	for i, m := range ms {
		h := ms[head[find(i)]]
		if h == m || m.typ == Group {
			continue
		}
		m.ent, m.typ = h.ent, h.typ
		m.score = max(m.score, h.score*0.95)
	}
}

var voteTypes = [5]Type{Person, Organization, Place, Group, Misc}

func typeIndex(t Type) int {
	for i, v := range voteTypes {
		if v == t {
			return i
		}
	}
	return len(voteTypes) - 1
}

// typeAt returns the type with the most votes, the earlier on ties.
func typeAt(v *[5]float64) Type {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return voteTypes[best]
}

// fuller reports whether mention a (words aw) names its cluster better
// than b: more name words (initials aside), then linked over unlinked,
// then the higher score.
func fuller(a *mention, aw mentionWords, b *mention, bw mentionWords) bool {
	if na, nb := len(aw.content), len(bw.content); na != nb {
		return na > nb
	}
	if (a.ent != nil) != (b.ent != nil) {
		return a.ent != nil
	}
	return a.score > b.score
}
