package tagger

import "sync"

// The document features a stage adds per token (dynamicFeatures) take
// few values: a label history summary (histValue, under 16 values) or the
// first stage's tags (17 tags and the sentence edge). Their weights are
// therefore expanded once per model into small tables of dense rows, and
// decoding adds a table row instead of hashing a key and looking it up.
// dynamicRows must add exactly the weights of dynamicFeatures;
// TestDynamicRows checks it.

const (
	nHist = 16          // histValue and otherValue are below this
	nTg   = numTags + 1 // first-stage tags and the edge (tgEdge)
	// tgEdge stands for a first-stage tag beyond the sentence.
	tgEdge = 99
)

// dynRows holds one stage's document-feature rows, laneWords words each.
type dynRows struct {
	hist, histM1, histP1 []uint64 // [nHist]
	// second stage only
	tag, tag2, tag3  []uint64 // [nTg], [nTg*nTg], [nTg*nTg]
	other            []uint64 // [nHist*2] (value, caps)
	otherTag         []uint64 // [nHist*nTg]
	otherM1, otherP1 []uint64 // [nHist]
}

// dynOnce builds a model's lazily expanded tables on first use: the
// document-feature rows and the sentence-edge neighbour references
// (nbr.go).
type dynOnce struct {
	once sync.Once
	st   [maxStages]dynRows
	edge nbrRefs
}

func (m *Model) buildLazy() {
	for s := range m.stages {
		m.dyn.st[s] = m.buildDyn(s)
	}
	m.dyn.edge = m.nbrRefs(hStart, hEnd, hStart, hEnd)
}

// dynTables returns the document-feature rows of stage st.
func (m *Model) dynTables(st int) *dynRows {
	m.dyn.once.Do(m.buildLazy)
	return &m.dyn.st[st]
}

func (m *Model) buildDyn(st int) dynRows {
	// The keys of all tables are looked up in one batch and their rows
	// laid out in one allocation.
	var keys []uint32
	type place struct {
		dst   *[]uint64
		at, n int
	}
	var places []place
	table := func(dst *[]uint64, n int, key func(i int) uint32) {
		places = append(places, place{dst, len(keys), n})
		for i := range n {
			keys = append(keys, key(i))
		}
	}
	tg := func(i int) uint64 {
		if i == numTags {
			return tgEdge
		}
		return uint64(i)
	}
	var d dynRows
	table(&d.hist, nHist, func(v int) uint32 { return feat(tHist, uint64(v)) })
	table(&d.histM1, nHist, func(v int) uint32 { return feat(tHistM1, uint64(v)) })
	table(&d.histP1, nHist, func(v int) uint32 { return feat(tHistP1, uint64(v)) })
	if st > 0 {
		table(&d.tag, nTg, func(i int) uint32 { return feat(tP1Tag, tg(i)) })
		table(&d.tag2, nTg*nTg, func(i int) uint32 { return feat2(tP1Tag2, tg(i/nTg), tg(i%nTg)) })
		table(&d.tag3, nTg*nTg, func(i int) uint32 { return feat2(tP1Tag3, tg(i/nTg), tg(i%nTg)) })
		table(&d.other, nHist*2, func(i int) uint32 { return feat2(tP1Other, uint64(i/2), uint64(i%2)) })
		table(&d.otherTag, nHist*nTg, func(i int) uint32 { return feat2(tP1OtherTag, uint64(i/nTg), tg(i%nTg)) })
		table(&d.otherM1, nHist, func(v int) uint32 { return feat(tP1OtherM1, uint64(v)) })
		table(&d.otherP1, nHist, func(v int) uint32 { return feat(tP1OtherP1, uint64(v)) })
	}
	m.tab.lookupEach(keys)
	rows := make([]uint64, len(keys)*laneWords)
	for i, r := range keys {
		var e [numTags]int32
		if r != noRef {
			m.add(&e, r, st)
		}
		packStage(rows[i*laneWords:], &e)
	}
	for _, p := range places {
		a, b := p.at*laneWords, (p.at+p.n)*laneWords
		*p.dst = rows[a:b:b]
	}
	return d
}

// at returns row i of a table.
func at(t []uint64, i int) []uint64 {
	return t[i*laneWords : (i+1)*laneWords : (i+1)*laneWords]
}

// values computes, for the sentence about to be decoded, each token's
// label history value (histValue) and, in the second stage, its
// first-stage value (otherValue): each is used by the token and both its
// neighbours, and neither changes within a sentence. Tokens that are
// settled (fixed, nil for none) and have settled neighbours get 0, as
// no decoded token reads theirs.
func (dc *docCtx) values(s *sentence, fixed []bool) {
	n := len(s.toks)
	dc.hv = append(dc.hv[:0], make([]uint8, n)...)
	dc.ov = append(dc.ov[:0], make([]uint8, n)...)
	for i := range s.toks {
		if fixed != nil && fixed[i] && (i == 0 || fixed[i-1]) && (i == n-1 || fixed[i+1]) {
			continue
		}
		t := &s.toks[i]
		if dc.h != nil {
			dc.hv[i] = uint8(histValue(dc.h, t.lid))
		}
		if dc.p1 != nil {
			dc.ov[i] = uint8(otherValue(dc.p1.counts, t.lid, dc.cur[i].label()))
		}
	}
}

// dynamicRows adds to sum (flushing into e when full) the table rows of
// token i's document features and appends the keys of those without a
// table (the history of the word itself) to out, mirroring
// dynamicFeatures. dc.values must have been computed for s.
func (s *sentence) dynamicRows(i int, dc *docCtx, d *dynRows, e [][numTags]int32, sum *laneSum, out []uint32) []uint32 {
	t, hv := &s.toks[i], dc.hv
	if dc.h != nil {
		if v := hv[i]; v != 0 && t.flags&fAlpha != 0 {
			sum.add(e, at(d.hist, int(v)))
			out = append(out, feat2(tHist, uint64(v), t.lw))
		}
		if i > 0 {
			sum.add(e, at(d.histM1, int(hv[i-1])))
		}
		if i+1 < len(s.toks) {
			sum.add(e, at(d.histP1, int(hv[i+1])))
		}
	}
	if dc.p1 != nil {
		s.stackRows(i, dc, d, e, sum)
	}
	return out
}

// stackRows is stackFeatures over the tables.
func (s *sentence) stackRows(i int, dc *docCtx, d *dynRows, e [][numTags]int32, sum *laneSum) {
	t, ov := &s.toks[i], dc.ov
	tg := func(j int) int {
		if j < 0 || j >= len(dc.cur) {
			return numTags
		}
		return int(dc.cur[j])
	}
	cur := tg(i)
	sum.add(e, at(d.tag, cur))
	sum.add(e, at(d.tag2, tg(i-1)*nTg+cur))
	sum.add(e, at(d.tag3, cur*nTg+tg(i+1)))
	if t.flags&fAlpha != 0 {
		v := int(ov[i])
		sum.add(e, at(d.other, v*2+int(s.capsValue())))
		sum.add(e, at(d.otherTag, v*nTg+cur))
	}
	if i > 0 {
		sum.add(e, at(d.otherM1, int(ov[i-1])))
	}
	if i+1 < len(s.toks) {
		sum.add(e, at(d.otherP1, int(ov[i+1])))
	}
}
