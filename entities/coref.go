package entities

import "github.com/newslens/newslens/entities/internal/tagger"

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
//     was mentioned most so far;
//   - an unlinked organization joins an earlier one whose name ends with
//     its words ("the Commission");
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
	words := make([][]string, len(ms))
	buf := make([]string, 0, 2*len(ms))
	for i, m := range ms {
		n := len(buf)
		buf = d.appendNameWords(buf, m.start, m.end)
		words[i] = buf[n:len(buf):len(buf)]
	}
	parent := make([]int, len(ms))
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
	size := make([]int, len(ms))
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
	for i := range ms {
		if j := parenthetical(d, ms, i); j >= 0 {
			union(i, j)
			continue
		}
		if j := antecedent(d, ms, words, i, clusterSize); j >= 0 {
			union(i, j)
		}
	}
	propagate(d, ms, words, find)
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
func antecedent(d *doc, ms []*mention, words [][]string, i int, clusterSize func(int) int) int {
	m, w := ms[i], words[i]
	if len(w) == 0 {
		return -1
	}
	text := mentionText(d, m)
	acr := isAcronym(text) && m.end-m.start == 1
	short, shortSize := -1, 0
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		a, aw := ms[j], words[j]
		if a.typ == Group || len(aw) == 0 {
			continue
		}
		switch {
		case acr && acronymFits(m, a) && acronymWords(text, aw):
			return j
		case sameName(w, aw):
			return j
		case len(w) < len(aw) && orgHeadOf(m, a, w, aw):
			return j
		case len(w) < len(aw) && shortFormOf(m, a, w, aw):
			if n := clusterSize(j); n > shortSize {
				short, shortSize = j, n
			}
		}
	}
	return short
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
		if !containsWord(aw, x) {
			return false
		}
	}
	return true
}

// acronymFits reports whether acronym m may stand for a: an
// organization, place or other name, not a person, and m not linked
// with confidence to another entity of its own.
func acronymFits(m, a *mention) bool {
	if a.typ == Person || a.typ == Group {
		return false
	}
	if m.ent == nil || a.ent == nil || m.ent == a.ent {
		return true
	}
	return m.best < 0 || m.cands[m.best].prior < kbOnlySinglePrior
}

// orgHeadOf reports whether the unlinked organization m (words w) is the
// end of the organization a's name ("the Commission" after "the European
// Commission").
func orgHeadOf(m, a *mention, w, aw []string) bool {
	if m.ent != nil || m.typ != Organization || a.typ != Organization {
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

// personLike reports whether mention a (words aw) names a person: typed
// so, tagged so, or a two-word name known only as a popular title.
func personLike(a *mention, aw []string) bool {
	switch {
	case a.typ == Person || a.tag == tagger.PER:
		return true
	case a.best >= 0 && a.cands[a.best].untyped:
		return len(aw) == 2
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
// "Gerald Ford", "Mustafa al-Kadhemi" and "Mustafa al-Kadhimi").
func sameName(a, b []string) bool {
	a, b = contentWords(a), contentWords(b)
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
// the tagger gave its mentions most often. Nationality adjectives keep
// their own type.
func propagate(d *doc, ms []*mention, words [][]string, find func(int) int) {
	head := map[int]int{}
	votes := map[int]*[5]float64{}
	for i, m := range ms {
		r := find(i)
		h, ok := head[r]
		if !ok || fuller(m, words[i], ms[h], words[h]) {
			head[r] = i
		}
		if m.tag != tagger.None && m.typ != Group {
			v := votes[r]
			if v == nil {
				v = new([5]float64)
				votes[r] = v
			}
			v[typeIndex(nilType(d, m))] += m.tagScore
		}
	}
	for r, h := range head {
		if hm := ms[h]; hm.ent == nil || (hm.best >= 0 && hm.cands[hm.best].untyped) {
			if v := votes[r]; v != nil {
				hm.typ = typeAt(v)
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
func fuller(a *mention, aw []string, b *mention, bw []string) bool {
	if na, nb := len(contentWords(aw)), len(contentWords(bw)); na != nb {
		return na > nb
	}
	if (a.ent != nil) != (b.ent != nil) {
		return a.ent != nil
	}
	return a.score > b.score
}
