package tagger

// Six context features of a token each depend on one neighbour's text
// alone: the lowercase words one and two tokens either way and the shapes
// one token either way. A word's contribution to its neighbours is
// therefore looked up once per document (per wid) rather than once per
// occurrence of each of its neighbours.

// nbrRefs are the table references of the features a word gives the
// tokens around it.
type nbrRefs struct {
	prev  [2]uint32 // to the token after it: tLWm1, tShapeM1
	next  [2]uint32 // to the token before it: tLWp1, tShapeP1
	prev2 uint32    // to the token two after it: tLWm2
	next2 uint32    // to the token two before it: tLWp2
}

// edgeRefs returns the references of the sentence-edge placeholders as
// neighbours (hStart before, hEnd after the sentence).
func (m *Model) edgeRefs() *nbrRefs {
	m.dyn.once.Do(m.buildLazy)
	return &m.dyn.edge
}

func (m *Model) nbrRefs(lw, lwEnd, shape, shapeEnd uint64) nbrRefs {
	ks := appendNbrKeys(make([]uint32, 0, nbrKeys), lw, lwEnd, shape, shapeEnd)
	m.tab.lookupEach(ks)
	return toNbrRefs(ks)
}

// nbrKeys is the number of keys appendNbrKeys appends.
const nbrKeys = 6

// appendNbrKeys appends the feature keys of nbrRefs, in toNbrRefs' order.
func appendNbrKeys(out []uint32, lw, lwEnd, shape, shapeEnd uint64) []uint32 {
	return append(out,
		feat(tLWm1, lw), feat(tShapeM1, shape),
		feat(tLWp1, lwEnd), feat(tShapeP1, shapeEnd),
		feat(tLWm2, lw), feat(tLWp2, lwEnd),
	)
}

// toNbrRefs gathers the references of appendNbrKeys' keys.
func toNbrRefs(rs []uint32) nbrRefs {
	rs = rs[:nbrKeys]
	return nbrRefs{prev: [2]uint32{rs[0], rs[1]}, next: [2]uint32{rs[2], rs[3]}, prev2: rs[4], next2: rs[5]}
}

// nbrCache holds the nbrRefs of a document's words, filled on demand.
type nbrCache struct {
	refs []nbrRefs
	done []bool
}

func (c *nbrCache) reset(words int) {
	c.refs = append(c.refs[:0], make([]nbrRefs, words)...)
	c.done = append(c.done[:0], make([]bool, words)...)
}

// set records the references of word wid's appendNbrKeys keys.
func (c *nbrCache) set(wid int32, rs []uint32) {
	c.refs[wid] = toNbrRefs(rs)
	c.done[wid] = true
}

// of returns the nbrRefs of token t's word.
func (c *nbrCache) of(m *Model, t *tokInfo) *nbrRefs {
	if !c.done[t.wid] {
		c.refs[t.wid] = m.nbrRefs(t.lw, t.lw, t.shape, t.shape)
		c.done[t.wid] = true
	}
	return &c.refs[t.wid]
}

// appendNeighbours appends the references of token i's neighbour
// features (neighbourFeatures), noRef for those the model lacks.
func (c *nbrCache) appendNeighbours(m *Model, s *sentence, i int, out []uint32) []uint32 {
	edge := m.edgeRefs()
	at := func(j int) *nbrRefs {
		if j < 0 || j >= len(s.toks) {
			return edge
		}
		return c.of(m, &s.toks[j])
	}
	p, n := at(i-1), at(i+1)
	return append(out, p.prev[0], n.next[0], at(i-2).prev2, at(i+2).next2, p.prev[1], n.next[1])
}
