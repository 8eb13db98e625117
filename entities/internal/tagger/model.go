package tagger

import (
	"math"
	"math/bits"
	"slices"
)

// Token is one token of a sentence as the tagger sees it.
type Token struct {
	// Text is the token text as written in the document.
	Text string
	// Gaz holds the knowledge-base matches covering this token (0 = none).
	Gaz Gaz
}

// Span is a tagged name: tokens [Start, End) of one sentence.
type Span struct {
	Start, End int
	Label      Label
	// Score is the tagger's confidence in [0,1], derived from the margin
	// between the best tagging and the best one that disagrees with the
	// span on any of its tokens.
	Score float64
}

// Model is a trained tagger. It is immutable and safe for concurrent use.
//
// A model has one or two stages. The second stage sees, as extra
// features, the labels the first stage gave every word of the document
// (stacking), which lets a headline borrow evidence from the body. All
// stages share one feature table, so a feature is looked up once per
// token for every stage.
type Model struct {
	keys   []uint32 // ascending feature keys
	rowOf  []int32  // weight row of keys[i]
	slots  []uint64 // open addressing: key<<32 | row+1; 0 = empty
	mask   uint32
	w      []int16 // per row, numTags weights for each stage in turn
	stages []stage
}

// stage holds the transition weights and scale of one stage.
type stage struct {
	trans [numTags + 1][numTags]int32 // last row: sentence start
	end   [numTags]int32              // weight of ending the sentence in a tag
	scale float64                     // weight units per int16 step
}

// startRow indexes stage.trans for the transition from sentence start.
const startRow = numTags

// weights is one stage in flat form, as trained and as stored: dense
// rows (w) or, as decoded, sparse rows (mask and vals).
type weights struct {
	stage
	keys []uint32 // ascending
	w    []int16  // numTags per key, or nil when sparse
	mask []uint32 // sparse: the tags with a weight, per key
	vals []int16  // sparse: those weights, in order
}

// each calls fn with every row in key order.
func (w *weights) each(fn func(i int, row *[numTags]int16)) {
	var row [numTags]int16
	if w.mask == nil {
		for i := range w.keys {
			copy(row[:], w.w[i*numTags:])
			fn(i, &row)
		}
		return
	}
	v := 0
	for i, mk := range w.mask {
		row = [numTags]int16{}
		for t := range numTags {
			if mk&(1<<t) != 0 {
				row[t] = w.vals[v]
				v++
			}
		}
		fn(i, &row)
	}
}

// lookup returns the row of feature key k, or -1.
func (m *Model) lookup(k uint32) int32 {
	for i := k & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[i]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == k {
			return int32(uint32(s)) - 1
		}
	}
}

// assemble merges stages into one model with a shared feature table.
// Rows are ordered by decreasing weight mass: heavy rows belong to
// frequent features (shapes, common words, the bias), so packing them
// together keeps the rows a document touches in fewer cache lines.
func assemble(ws []*weights) *Model {
	m := &Model{}
	total := 0
	for _, w := range ws {
		total += len(w.keys)
	}
	m.keys = make([]uint32, 0, total)
	for _, w := range ws {
		m.keys = append(m.keys, w.keys...)
		m.stages = append(m.stages, w.stage)
	}
	slices.Sort(m.keys)
	m.keys = slices.Compact(m.keys)
	ns, n := len(ws), len(m.keys)
	// union calls fn with each row of w and its index in m.keys.
	union := func(w *weights, fn func(j int, row *[numTags]int16)) {
		j := 0
		w.each(func(i int, row *[numTags]int16) {
			for m.keys[j] != w.keys[i] {
				j++
			}
			fn(j, row)
		})
	}
	mass := make([]int32, n)
	for _, w := range ws {
		union(w, func(j int, row *[numTags]int16) {
			for _, v := range row {
				mass[j] += int32(max(v, -v))
			}
		})
	}
	// Counting sort by bucket of log2 mass: linear, stable, deterministic.
	// Bucket 32-Len(mass) is in [0, 32], heaviest first.
	const buckets = 33
	var start [buckets + 1]int32
	for _, v := range mass {
		start[32-bits.Len32(uint32(v))+1]++
	}
	for b := 1; b <= buckets; b++ {
		start[b] += start[b-1]
	}
	m.rowOf = make([]int32, n)
	for j, v := range mass {
		b := 32 - bits.Len32(uint32(v))
		m.rowOf[j] = start[b]
		start[b]++
	}
	m.w = make([]int16, n*ns*numTags)
	for s, w := range ws {
		union(w, func(j int, row *[numTags]int16) {
			copy(m.w[(int(m.rowOf[j])*ns+s)*numTags:], row[:])
		})
	}
	size := 1
	for size < 2*n+2 {
		size <<= 1
	}
	m.slots = make([]uint64, size)
	m.mask = uint32(size - 1)
	for i, k := range m.keys {
		j := k & m.mask
		for m.slots[j] != 0 {
			j = (j + 1) & m.mask
		}
		m.slots[j] = uint64(k)<<32 | uint64(m.rowOf[i]+1)
	}
	return m
}

// stageWeights extracts stage s in flat form.
func (m *Model) stageWeights(s int) *weights {
	ns := len(m.stages)
	w := &weights{stage: m.stages[s]}
	for i, k := range m.keys {
		r := int(m.rowOf[i])
		row := m.w[(r*ns+s)*numTags : (r*ns+s+1)*numTags]
		if slices.ContainsFunc(row, func(v int16) bool { return v != 0 }) {
			w.keys = append(w.keys, k)
			w.w = append(w.w, row...)
		}
	}
	return w
}

// Features returns the number of distinct features with weights.
func (m *Model) Features() int { return len(m.keys) }

// Stages returns the number of stages (1 or 2).
func (m *Model) Stages() int { return len(m.stages) }

// Prune returns a copy of m without the feature weights whose magnitude
// (in averaged-weight units) is below min; features left with no weight
// are dropped. It trades accuracy for size and speed.
func (m *Model) Prune(min float64) *Model {
	ws := make([]*weights, len(m.stages))
	for s := range m.stages {
		w := m.stageWeights(s)
		out := &weights{stage: w.stage}
		for i, k := range w.keys {
			row := w.w[i*numTags : (i+1)*numTags]
			keep := false
			var r [numTags]int16
			for t, v := range row {
				if math.Abs(float64(v))*w.scale >= min {
					r[t], keep = v, true
				}
			}
			if keep {
				out.keys = append(out.keys, k)
				out.w = append(out.w, r[:]...)
			}
		}
		ws[s] = out
	}
	return assemble(ws)
}
