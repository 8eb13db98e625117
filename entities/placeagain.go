package entities

// maxPinned bounds the places samePlaces remembers, so that a text of
// many addresses still takes linear time.
const maxPinned = 16

// pinnedPlace is a place the words around one of its mentions pinned
// down: "SPRINGFIELD, Ill." is the Springfield in Illinois.
type pinnedPlace struct {
	start, end int // the pinning mention's tokens
	idx        int32
}

// samePlaces links a later bare mention of a place's name to the place
// an earlier mention of the same words was pinned to by an address or a
// dateline: after "SPRINGFIELD, Ill.", "Springfield police" are the
// Illinois city's, not those of the more populous Springfield. A later
// mention with an address of its own keeps it.
func samePlaces(d *doc, ms []*mention, countries []int32) {
	var buf [maxPinned]pinnedPlace
	pinned := buf[:0]
	for _, m := range ms {
		if m.best < 0 {
			continue
		}
		if pinnedHere(m) || m.divisionCue || m.cue != "" {
			// Its own words place it: "Washington state" after
			// "WASHINGTON —".
			if pinnedHere(m) && len(pinned) < maxPinned && m.cands[m.best].typ == Place {
				pinned = append(pinned, pinnedPlace{m.start, m.end, m.cands[m.best].idx})
			}
			continue
		}
		for _, p := range pinned {
			if d.sameWords(p.start, p.end, m.start, m.end) && m.cands[m.best].idx != p.idx && keepOnly(m, p.idx) {
				m.choose(countries)
				break
			}
		}
	}
}

// pinnedHere reports whether the words around m pin its place down: an
// address (", State"), "City, Region" or a dateline.
func pinnedHere(m *mention) bool { return m.located || m.paired() }

// sameWords reports whether tokens [a, b) and [c, e) fold to the same
// words.
func (d *doc) sameWords(a, b, c, e int) bool {
	if b-a != e-c {
		return false
	}
	for i := range b - a {
		if d.folds[a+i] != d.folds[c+i] {
			return false
		}
	}
	return true
}

// keepOnly excludes every candidate of m but entity idx, and reports
// whether m has that candidate.
func keepOnly(m *mention, idx int32) bool {
	k := -1
	for i := range m.cands {
		if m.cands[i].idx == idx && !m.cands[i].excluded {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	for i := range m.cands {
		m.cands[i].excluded = i != k
	}
	return true
}
