package tagger

import (
	"math"
	"math/bits"
	"slices"
	"sort"
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
//
// Weights are stored sparsely as one-byte codes into a per-stage table of
// levels, exactly as in the model file, in one record per feature (see
// table.go).
type Model struct {
	tab  table  // feature key -> offset of its record in blob, or its dense row
	blob []byte // weight records
	// dense holds the frequent features' rows expanded (see lanes.go);
	// denseRec[i] is the record of dense row i.
	dense    []uint64
	denseRec []uint32
	// dyn holds the weights of the document features, expanded on first
	// use (see dyn.go).
	dyn    dynOnce
	stages []stage
	books  []codebook
	// exact, set only in the models Train uses internally, holds dense
	// unquantized rows (numTags per feature and stage) in place of
	// records; the table then maps a key to its feature's index.
	exact []int16
}

// stage holds the transition weights and scale of one stage.
type stage struct {
	trans [numTags + 1][numTags]int32 // last row: sentence start
	end   [numTags]int32              // weight of ending the sentence in a tag
	scale float64                     // weight units per step
}

// startRow indexes stage.trans for the transition from sentence start.
const startRow = numTags

const (
	tagMask   = 1<<numTags - 1
	maxStages = 2
	nLevels   = 127 // magnitudes per stage; codes are ±1..±127
)

// codebook maps one-byte weight codes to weights. Levels grow
// geometrically from the smallest to the largest weight magnitude of a
// stage, so every weight keeps about 2.5% relative precision in 8 bits.
type codebook struct {
	levels [nLevels]int32 // non-decreasing magnitudes of codes 1..127
	val    [256]int32     // weight of each code byte (as int8)
}

func newCodebook(levels [nLevels]int32) codebook {
	b := codebook{levels: levels}
	for k, v := range levels {
		b.val[k+1] = v
		b.val[byte(-int8(k+1))] = -v
	}
	return b
}

// fitCodebook builds the levels for weights of magnitudes lo..hi.
func fitCodebook(lo, hi int32) codebook {
	var lv [nLevels]int32
	if lo > 0 {
		r := float64(hi) / float64(lo)
		for k := range lv {
			v := int32(math.Round(float64(lo) * math.Pow(r, float64(k)/(nLevels-1))))
			lv[k] = min(max(v, lo), hi)
		}
	}
	return newCodebook(lv)
}

// code returns the code byte of the level nearest to v (never 0 for
// v != 0).
func (b *codebook) code(v int32) byte {
	a := max(v, -v)
	k := sort.Search(nLevels, func(i int) bool { return b.levels[i] >= a })
	if k == nLevels || k > 0 && a-b.levels[k-1] <= b.levels[k]-a {
		k--
	}
	if v < 0 {
		return byte(-int8(k + 1))
	}
	return byte(k + 1)
}

// weights is one stage in flat form, as trained: dense rows.
type weights struct {
	stage
	keys []uint32 // ascending
	w    []int16  // numTags per key
}

// lookup returns the reference of feature key k, or noRef.
func (m *Model) lookup(k uint32) uint32 { return m.tab.lookup(k) }

// lookupAll replaces the feature keys in ks with the references of those
// the model knows, in order, and returns them (see table.lookupAll).
func (m *Model) lookupAll(ks []uint32) []uint32 { return m.tab.lookupAll(ks) }

// add adds the weights of stage st of the feature at ref r to e.
func (m *Model) add(e *[numTags]int32, r uint32, st int) {
	if m.exact != nil {
		b := (int(r)*len(m.stages) + st) * numTags
		for t, v := range m.exact[b : b+numTags] {
			e[t] += int32(v)
		}
		return
	}
	if r&denseBit != 0 {
		unpack(e, (*[laneWords]uint64)(m.denseRow(r)[st*laneWords:]), laneBias)
		return
	}
	h := header(m.blob, r)
	mask := stageMask(h, st)
	codes := m.blob[int(r)+headerLen:]
	if st == 1 {
		codes = codes[bits.OnesCount32(stageMask(h, 0)):]
	}
	val := &m.books[st].val
	for j := 0; mask != 0; j++ {
		e[bits.TrailingZeros32(mask)] += val[codes[j]]
		mask &= mask - 1
	}
}

// addAll adds the weights of every stage of the features at refs (noRef
// skipped) to e, one row per stage, dense rows to sum instead. The
// record headers of a batch are loaded first, with no branch on the
// loaded data, so that their cache misses overlap.
func (m *Model) addAll(e [][numTags]int32, sum *laneSum, refs []uint32) {
	if m.exact != nil {
		for _, r := range refs {
			for st := range e {
				if r != noRef {
					m.add(&e[st], r, st)
				}
			}
		}
		return
	}
	var hs [32]uint64
	for start := 0; start < len(refs); start += len(hs) {
		batch := refs[start:min(len(refs), start+len(hs))]
		m.headers(hs[:len(batch)], batch)
		for i, r := range batch {
			switch {
			case r == noRef:
			case r&denseBit != 0:
				sum.add(e, m.denseRow(r))
			default:
				m.addCodes(e, r, hs[i])
			}
		}
	}
}

// headers loads the record header of each reference in refs that is not
// dense (noRef has the dense bit too) into hs, four at a time: a loop
// costs a branch per turn.
func (m *Model) headers(hs []uint64, refs []uint32) {
	hs = hs[:len(refs)]
	i := 0
	for ; i+4 <= len(refs); i += 4 {
		r, h := refs[i:i+4:i+4], hs[i:i+4:i+4]
		if r[0]&denseBit == 0 {
			h[0] = header(m.blob, r[0])
		}
		if r[1]&denseBit == 0 {
			h[1] = header(m.blob, r[1])
		}
		if r[2]&denseBit == 0 {
			h[2] = header(m.blob, r[2])
		}
		if r[3]&denseBit == 0 {
			h[3] = header(m.blob, r[3])
		}
	}
	for ; i < len(refs); i++ {
		if refs[i]&denseBit == 0 {
			hs[i] = header(m.blob, refs[i])
		}
	}
}

// addCodes adds the weights of the record at r with header h to e, one
// row per stage: the codes of its stages are adjacent, so one pass
// serves all.
func (m *Model) addCodes(e [][numTags]int32, r uint32, h uint64) {
	codes := m.blob[int(r)+headerLen:]
	j := 0
	for st := range e {
		mask := stageMask(h, st)
		val := &m.books[st].val
		es := &e[st]
		for ; mask != 0; j++ {
			es[bits.TrailingZeros32(mask)] += val[codes[j]]
			mask &= mask - 1
		}
	}
}

// rowWeights expands stage st of the feature at ref r.
func (m *Model) rowWeights(r uint32, st int) (row [numTags]int16) {
	var e [numTags]int32
	m.add(&e, r, st)
	for t, v := range e {
		row[t] = int16(v)
	}
	return row
}

// assemble merges stages into one model with a shared feature table,
// quantizing each stage's weights to codes.
func assemble(ws []*weights) *Model {
	m := &Model{}
	keys, dense := merge(m, ws)
	ns := len(ws)
	for _, w := range ws {
		lo, hi := int32(math.MaxInt32), int32(0)
		for _, v := range w.w {
			if a := max(int32(v), -int32(v)); a != 0 {
				lo, hi = min(lo, a), max(hi, a)
			}
		}
		if hi == 0 {
			lo = 0
		}
		m.books = append(m.books, fitCodebook(lo, hi))
	}
	masks := make([]uint64, len(keys))
	var codes []byte
	for j := range keys {
		for s := range ns {
			for t, v := range dense[(j*ns+s)*numTags : (j*ns+s+1)*numTags] {
				if v != 0 {
					masks[j] |= 1 << (stageShift*s + t)
					codes = append(codes, m.books[s].code(int32(v)))
				}
			}
		}
	}
	m.tab.init(len(keys))
	for _, k := range keys {
		m.tab.put(k, 0)
	}
	m.tab.finish()
	m.fill(masks, codes)
	return m
}

// assembleExact merges stages without quantizing, for the models
// training itself runs (cross-validation, progress reports): they then
// behave exactly as the trained weights.
func assembleExact(ws []*weights) *Model {
	m := &Model{}
	keys, dense := merge(m, ws)
	m.exact = dense
	m.tab.init(len(keys))
	for i, k := range keys {
		m.tab.put(k, uint32(i))
	}
	m.tab.finish()
	m.tab.order = nil
	return m
}

// merge sets m's stages from ws and returns the shared ascending feature
// keys of ws with their rows in dense form: numTags weights per key and
// stage.
func merge(m *Model, ws []*weights) ([]uint32, []int16) {
	total := 0
	for _, w := range ws {
		total += len(w.keys)
	}
	keys := make([]uint32, 0, total)
	for _, w := range ws {
		keys = append(keys, w.keys...)
		m.stages = append(m.stages, w.stage)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	n, ns := len(keys), len(ws)
	dense := make([]int16, n*ns*numTags)
	for s, w := range ws {
		j := 0
		for i, k := range w.keys {
			for keys[j] != k {
				j++
			}
			copy(dense[(j*ns+s)*numTags:], w.w[i*numTags:(i+1)*numTags])
		}
	}
	return keys, dense
}

// quantized returns m with weights as codes (m itself unless exact).
func (m *Model) quantized() *Model {
	if m.exact == nil {
		return m
	}
	ws := make([]*weights, len(m.stages))
	for s := range ws {
		ws[s] = m.stageWeights(s)
	}
	return assemble(ws)
}

// stageWeights extracts stage s in flat form.
func (m *Model) stageWeights(s int) *weights {
	w := &weights{stage: m.stages[s]}
	m.tab.each(func(k, ref uint32) {
		row := m.rowWeights(ref, s)
		if row == ([numTags]int16{}) {
			return
		}
		w.keys = append(w.keys, k)
		w.w = append(w.w, row[:]...)
	})
	return w
}

// Features returns the number of distinct features with weights.
func (m *Model) Features() int { return m.tab.n }

// Stages returns the number of stages (1 or 2).
func (m *Model) Stages() int { return len(m.stages) }

// Prune returns a copy of m without the feature weights whose magnitude
// (in averaged-weight units) is below min; features left with no weight
// are dropped. It trades accuracy for size and speed.
func (m *Model) Prune(min float64) *Model {
	return m.prune(func(row []int16, scale float64) (keep [numTags]bool) {
		for t, v := range row {
			keep[t] = math.Abs(float64(v))*scale >= min
		}
		return keep
	})
}

// PruneRows returns a copy of m without the rows (a feature's weights in
// one stage) whose largest magnitude is below min; the rows kept keep all
// their weights, and features left with no row are dropped.
func (m *Model) PruneRows(min float64) *Model {
	return m.prune(func(row []int16, scale float64) (keep [numTags]bool) {
		big := int16(0)
		for _, v := range row {
			big = max(big, v, -v)
		}
		if float64(big)*scale >= min {
			for t := range keep {
				keep[t] = true
			}
		}
		return keep
	})
}

// prune keeps the weights keep selects.
func (m *Model) prune(keep func(row []int16, scale float64) [numTags]bool) *Model {
	m = m.quantized()
	ws := make([]*weights, len(m.stages))
	for s := range m.stages {
		w := m.stageWeights(s)
		out := &weights{stage: w.stage}
		for i, k := range w.keys {
			row := w.w[i*numTags : (i+1)*numTags]
			var r [numTags]int16
			any := false
			for t, ok := range keep(row, w.scale) {
				if ok && row[t] != 0 {
					r[t], any = row[t], true
				}
			}
			if any {
				out.keys = append(out.keys, k)
				out.w = append(out.w, r[:]...)
			}
		}
		ws[s] = out
	}
	return assemble(ws)
}
