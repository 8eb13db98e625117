package tagger

import "math/bits"

// Dense rows. Most of the weights a document adds up belong to a few
// thousand frequent features (the bias, shapes, common words and
// neighbours) whose rows are full in both stages. Summing those code by
// code costs a data-dependent loop per weight, so their rows are also
// kept expanded, three tags per 64-bit word in 21-bit lanes, and summed
// one word at a time.
//
// A lane holds a weight plus laneBias, which is never negative and below
// 2^16 for the int16 range weights have, so adding whole words never
// carries from one lane into the next as long as at most maxLanes rows
// are summed; the biases are subtracted when the sum is unpacked. The
// arithmetic stays exact: results do not depend on which rows are dense.
const (
	laneBits  = 21
	laneMask  = 1<<laneBits - 1
	laneTags  = 64 / laneBits                       // lanes per word
	laneWords = (numTags + laneTags - 1) / laneTags // words per stage; the last lane is spare
	laneBias  = 1 << 15
	maxLanes  = 1 << (laneBits - 16) // rows a sum may hold before it must be flushed
	// denseMin is the number of weights (all stages) from which a
	// feature's row is kept dense: about 1,800 of the 40,000 features of
	// the embedded model, which contribute some 85% of the weights added.
	denseMin = 16
	// denseBit flags a table reference to a dense row (index below it).
	denseBit = 1 << 31
)

// laneSum accumulates dense rows of every stage.
type laneSum struct {
	w [maxStages * laneWords]uint64
	n int64 // rows added
}

// add adds one dense row (laneWords words per stage, ns stages) to s,
// first flushing s into e when it is full.
func (s *laneSum) add(e [][numTags]int32, row []uint64) {
	if s.n == maxLanes {
		s.flush(e)
	}
	s.n++
	w := &s.w
	if len(row) == 2*laneWords {
		// Both stages, the common case: spelled out, as the compiler
		// does not unroll loops.
		r := (*[2 * laneWords]uint64)(row)
		w[0], w[1], w[2], w[3] = w[0]+r[0], w[1]+r[1], w[2]+r[2], w[3]+r[3]
		w[4], w[5], w[6], w[7] = w[4]+r[4], w[5]+r[5], w[6]+r[6], w[7]+r[7]
		w[8], w[9], w[10], w[11] = w[8]+r[8], w[9]+r[9], w[10]+r[10], w[11]+r[11]
		return
	}
	if len(row) == laneWords {
		r := (*[laneWords]uint64)(row)
		w[0], w[1], w[2], w[3] = w[0]+r[0], w[1]+r[1], w[2]+r[2], w[3]+r[3]
		w[4], w[5] = w[4]+r[4], w[5]+r[5]
		return
	}
	for j, v := range row {
		w[j] += v
	}
}

// add spells out rows of 6 words per stage.
var (
	_ [laneWords - 6]struct{}
	_ [6 - laneWords]struct{}
)

// flush adds the sum to e, one row per stage, and empties s.
func (s *laneSum) flush(e [][numTags]int32) {
	if s.n == 0 {
		return
	}
	bias := int32(s.n * laneBias)
	for st := range e {
		unpack(&e[st], (*[laneWords]uint64)(s.w[st*laneWords:]), bias)
	}
	*s = laneSum{}
}

// unpack adds the lanes of w less bias each to e, with constant shifts,
// spelled out word by word (a loop costs a branch per word).
func unpack(e *[numTags]int32, w *[laneWords]uint64, bias int32) {
	unpack3((*[3]int32)(e[0:3]), w[0], bias)
	unpack3((*[3]int32)(e[3:6]), w[1], bias)
	unpack3((*[3]int32)(e[6:9]), w[2], bias)
	unpack3((*[3]int32)(e[9:12]), w[3], bias)
	unpack3((*[3]int32)(e[12:15]), w[4], bias)
	v := w[laneWords-1]
	e[numTags-2] += int32(v&laneMask) - bias
	e[numTags-1] += int32(v>>laneBits&laneMask) - bias
}

// unpack3 adds the three lanes of v less bias each to e.
func unpack3(e *[3]int32, v uint64, bias int32) {
	e[0] += int32(v&laneMask) - bias
	e[1] += int32(v>>laneBits&laneMask) - bias
	e[2] += int32(v>>(2*laneBits)&laneMask) - bias
}

// unpack spells out three lanes per word and two in the last.
var (
	_ [laneTags - 3]struct{}
	_ [3 - laneTags]struct{}
	_ [numTags - 17]struct{}
	_ [17 - numTags]struct{}
)

// packStage packs a row of weights into lanes.
func packStage(dst []uint64, row *[numTags]int32) {
	dst = dst[:laneWords]
	clear(dst)
	for t := range laneWords * laneTags {
		v := int32(0)
		if t < numTags {
			v = row[t]
		}
		dst[t/laneTags] |= uint64(uint32(v+laneBias)) << (laneBits * (t % laneTags))
	}
}

// expand writes the dense row of the record at ref.
func (m *Model) expand(row []uint64, ref uint32) {
	h := header(m.blob, ref)
	codes := m.blob[ref+headerLen:]
	j := 0
	for st := range m.stages {
		var e [numTags]int32
		val := &m.books[st].val
		for mask := stageMask(h, st); mask != 0; mask &= mask - 1 {
			e[bits.TrailingZeros32(mask)] = val[codes[j]]
			j++
		}
		packStage(row[st*laneWords:], &e)
	}
}

// denseRow returns the dense row at table reference r (denseBit set).
func (m *Model) denseRow(r uint32) []uint64 {
	stride := len(m.stages) * laneWords
	i := int(r&^denseBit) * stride
	return m.dense[i : i+stride : i+stride]
}

// record returns the weight record of table reference r.
func (m *Model) record(r uint32) uint32 {
	if m.exact == nil && r&denseBit != 0 {
		return m.denseRec[r&^denseBit]
	}
	return r
}
