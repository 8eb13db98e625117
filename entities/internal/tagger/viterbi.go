package tagger

// Viterbi decoding under BILOU rules. Every tag that starts a name or is
// O (the open tags: O, B-*, U-*) follows exactly the closed tags (O, L-*,
// U-*), and I-x and L-x follow only B-x and I-x. So a token costs 9x9
// sums for the open tags and 2x2 per label for the inner ones, over
// fixed-size arrays, instead of 17x17.
//
// The forward pass keeps only the best scores; the one backpointer the
// best path needs per token is recomputed while tracing it back, with the
// same comparisons in the same order, so ties resolve as if every
// backpointer had been stored.

// nClosed is the number of closed tags (O, L-*, U-*), which is also the
// number of open tags (O, B-*, U-*).
const nClosed = 1 + 2*(numTags-1)/4

// nameLabels is the number of labels other than None.
const nameLabels = (numTags - 1) / 4

// Tags of label index l (0..nameLabels-1) are 1+4l+pos.
func tagB(l int) int { return 1 + 4*l + posB }
func tagI(l int) int { return 1 + 4*l + posI }
func tagL(l int) int { return 1 + 4*l + posL }

// layout holds a stage's transition weights rearranged for viterbi.
type layout struct {
	in [nClosed][nClosed]int32 // in[j][k] = trans[closedTags[k]][openTags[j]]
	// out[k][j] = trans[closedTags[k]][openTags[j]]
	out [nClosed][nClosed]int32
	// inner[l] = B->I, I->I, B->L, I->L of label index l
	inner [nameLabels][4]int32
}

func (lt *layout) fill(trans *[numTags + 1][numTags]int32) {
	for j, o := range openTags {
		for k, c := range closedTags {
			lt.in[j][k] = trans[c][o]
			lt.out[k][j] = trans[c][o]
		}
	}
	for l := range nameLabels {
		b, i, e := tagB(l), tagI(l), tagL(l)
		lt.inner[l] = [4]int32{trans[b][i], trans[i][i], trans[b][e], trans[i][e]}
	}
}

// viterbi decodes w.em with transition weights and writes the best tags
// to w.tags. With margins set it also runs the backward max pass and
// writes each named token's max-marginal margin to w.margin (0 for O).
// Tokens marked in fixed (nil for none) are settled as O (settled.go):
// their emissions rule out every other tag, so only O's scores are
// computed there.
func viterbi(trans *[numTags + 1][numTags]int32, end *[numTags]int32, lt *layout, w *workspace, margins bool, fixed []bool) {
	n := len(w.em)
	for t := range numTags {
		w.alpha[0][t] = negInf
		if allowedStart(tag(t)) {
			w.alpha[0][t] = trans[startRow][t] + w.em[0][t]
		}
	}
	for i := 1; i < n; i++ {
		if fixed != nil && fixed[i] {
			w.alpha[i] = onlyO
			continue
		}
		forward(&w.alpha[i-1], &w.alpha[i], &w.em[i], lt)
	}
	last, best := 0, int32(negInf)
	for t := range numTags {
		if !allowedEnd(tag(t)) {
			continue
		}
		if v := w.alpha[n-1][t] + end[t]; v > best {
			best, last = v, t
		}
	}
	w.tags[n-1] = tag(last)
	for i := n - 1; i > 0; i-- {
		w.tags[i-1] = bestPred(&w.alpha[i-1], w.tags[i], lt)
	}
	if margins {
		maxMarginals(end, lt, w, fixed)
	}
}

// forward sets cur to the best scores of paths ending in each tag, given
// those of the previous token, and normalizes them. Tags are spelled out
// as constants (O=0, then B, I, L, U of each label; TestBILOUNeighbours
// checks the lists), which spares the loads and bounds checks of
// indexing through closedTags and openTags.
func forward(prev, cur, em *[numTags]int32, lt *layout) {
	pc := [nClosed]int32{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]}
	var m [nClosed]int32
	max9x9(&pc, &lt.in, &m)
	cur[0], cur[1], cur[4] = m[0]+em[0], m[1]+em[1], m[2]+em[4]
	cur[5], cur[8], cur[9] = m[3]+em[5], m[4]+em[8], m[5]+em[9]
	cur[12], cur[13], cur[16] = m[6]+em[12], m[7]+em[13], m[8]+em[16]
	tr := &lt.inner
	cur[2] = max(negInf, prev[1]+tr[0][0], prev[2]+tr[0][1]) + em[2]
	cur[3] = max(negInf, prev[1]+tr[0][2], prev[2]+tr[0][3]) + em[3]
	cur[6] = max(negInf, prev[5]+tr[1][0], prev[6]+tr[1][1]) + em[6]
	cur[7] = max(negInf, prev[5]+tr[1][2], prev[6]+tr[1][3]) + em[7]
	cur[10] = max(negInf, prev[9]+tr[2][0], prev[10]+tr[2][1]) + em[10]
	cur[11] = max(negInf, prev[9]+tr[2][2], prev[10]+tr[2][3]) + em[11]
	cur[14] = max(negInf, prev[13]+tr[3][0], prev[14]+tr[3][1]) + em[14]
	cur[15] = max(negInf, prev[13]+tr[3][2], prev[14]+tr[3][3]) + em[15]
	normalize(cur)
}

// spelledClosed and spelledOpen are the tag lists forward and backward
// spell out.
var (
	spelledClosed = [nClosed]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16}
	spelledOpen   = [nClosed]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}
)

// max9x9 sets r[j] to the largest a[k]+b[j][k], at least negInf. The
// sums are reduced as a tree, which shortens the chain of dependent
// compares, and all nine rows are done in one call: WebAssembly pays far
// more for a call than for these sums. (BILOU over four labels has nine
// closed and nine open tags; the two declarations below stop compiling
// otherwise.)
func max9x9(a *[nClosed]int32, b *[nClosed][nClosed]int32, r *[nClosed]int32) {
	for j := range b {
		b := &b[j]
		r[j] = max(
			max(a[0]+b[0], a[1]+b[1], a[2]+b[2]),
			max(a[3]+b[3], a[4]+b[4], a[5]+b[5]),
			max(a[6]+b[6], a[7]+b[7], a[8]+b[8], negInf),
		)
	}
}

var (
	_ [nClosed - 9]struct{}
	_ [9 - nClosed]struct{}
)

// bestPred returns the predecessor of tag t on the best path, given the
// previous token's scores: the first allowed tag with the highest score,
// O when none beats negInf.
func bestPred(prev *[numTags]int32, t tag, lt *layout) tag {
	best, arg := int32(negInf), uint8(0)
	if t == 0 || t.pos() == posB || t.pos() == posU {
		row := &lt.in[openIndex[t]]
		for k, p := range closedTags {
			if v := prev[p] + row[k]; v > best {
				best, arg = v, p
			}
		}
		return tag(arg)
	}
	l := int(t.label()) - 1
	tr := lt.inner[l][:2]
	if t.pos() == posL {
		tr = lt.inner[l][2:]
	}
	if v := prev[tagB(l)] + tr[0]; v > best {
		best, arg = v, uint8(tagB(l))
	}
	if v := prev[tagI(l)] + tr[1]; v > best {
		arg = uint8(tagI(l))
	}
	return tag(arg)
}

// normalize shifts scores so that the best is 0: path scores then stay
// bounded however long the sentence, and int32 cannot overflow. It is
// spelled out (numTags is 17, see unpack): a loop costs a branch per
// element, which WebAssembly pays several times over.
func normalize(v *[numTags]int32) {
	top := max(
		max(v[0], v[1], v[2], v[3], v[4], v[5]),
		max(v[6], v[7], v[8], v[9], v[10], v[11]),
		max(v[12], v[13], v[14], v[15], v[16]),
	)
	v[0], v[1], v[2], v[3] = v[0]-top, v[1]-top, v[2]-top, v[3]-top
	v[4], v[5], v[6], v[7] = v[4]-top, v[5]-top, v[6]-top, v[7]-top
	v[8], v[9], v[10], v[11] = v[8]-top, v[9]-top, v[10]-top, v[11]-top
	v[12], v[13], v[14], v[15] = v[12]-top, v[13]-top, v[14]-top, v[15]-top
	v[16] -= top
}

// maxMarginals runs the backward max pass and sets w.margin[i] to the gap
// between the best path and the best path with another tag at token i.
//
// Only the margins of tokens inside a name are ever read (they score its
// span), so those of O tokens are left 0, and the backward pass, whose
// value at a token depends only on the tokens after it, stops at the
// first named token: most sentences hold no name or start with words
// that are not one.
func maxMarginals(end *[numTags]int32, lt *layout, w *workspace, fixed []bool) {
	n := len(w.em)
	first := 0
	for first < n && w.tags[first] == 0 {
		w.margin[first] = 0
		first++
	}
	if first == n {
		return
	}
	for t := range numTags {
		w.beta[n-1][t] = negInf
		if allowedEnd(tag(t)) {
			w.beta[n-1][t] = end[t]
		}
	}
	for i := n - 2; i >= first; i-- {
		if fixed != nil && fixed[i+1] {
			backwardO(&w.beta[i+1], &w.beta[i], lt)
			continue
		}
		backward(&w.beta[i+1], &w.beta[i], &w.em[i+1], lt)
	}
	for i := first; i < n; i++ {
		if w.tags[i] == 0 {
			w.margin[i] = 0
			continue
		}
		best, second := int32(negInf), int32(negInf)
		a, b := &w.alpha[i], &w.beta[i]
		for t := range numTags {
			v := a[t] + b[t]
			if tag(t) == w.tags[i] {
				best = v
			} else {
				second = max(second, v)
			}
		}
		w.margin[i] = float64(best - second)
	}
}

// backward sets cur to the best scores of the rest of the sentence from
// each tag, given those of the next token and its emissions, and
// normalizes them. Tags are spelled out as in forward.
func backward(nxt, cur, em *[numTags]int32, lt *layout) {
	var s [numTags]int32
	for t := range numTags {
		s[t] = em[t] + nxt[t]
	}
	so := [nClosed]int32{s[0], s[1], s[4], s[5], s[8], s[9], s[12], s[13], s[16]}
	var m [nClosed]int32
	max9x9(&so, &lt.out, &m)
	cur[0], cur[3], cur[4] = m[0], m[1], m[2]
	cur[7], cur[8], cur[11] = m[3], m[4], m[5]
	cur[12], cur[15], cur[16] = m[6], m[7], m[8]
	tr := &lt.inner
	cur[1] = max(negInf, tr[0][0]+s[2], tr[0][2]+s[3])
	cur[2] = max(negInf, tr[0][1]+s[2], tr[0][3]+s[3])
	cur[5] = max(negInf, tr[1][0]+s[6], tr[1][2]+s[7])
	cur[6] = max(negInf, tr[1][1]+s[6], tr[1][3]+s[7])
	cur[9] = max(negInf, tr[2][0]+s[10], tr[2][2]+s[11])
	cur[10] = max(negInf, tr[2][1]+s[10], tr[2][3]+s[11])
	cur[13] = max(negInf, tr[3][0]+s[14], tr[3][2]+s[15])
	cur[14] = max(negInf, tr[3][1]+s[14], tr[3][3]+s[15])
	normalize(cur)
}

// backwardO is backward when the next token is settled as O, with an
// emission of 0 for O: only O can follow, so only the closed tags have a
// score (a settled token's alpha, onlyO, is the same shortcut forward).
func backwardO(nxt, cur *[numTags]int32, lt *layout) {
	*cur = onlyO
	s, out := nxt[0], &lt.out
	cur[0] = out[0][0] + s
	cur[3], cur[4] = out[1][0]+s, out[2][0]+s
	cur[7], cur[8] = out[3][0]+s, out[4][0]+s
	cur[11], cur[12] = out[5][0]+s, out[6][0]+s
	cur[15], cur[16] = out[7][0]+s, out[8][0]+s
	normalize(cur)
}

// closedTags and openTags list, in ascending order, the predecessors of
// an open tag and the successors of a closed tag; openIndex maps an open
// tag to its position in openTags.
var closedTags, openTags, openIndex = func() (c, o [nClosed]uint8, oi [numTags]uint8) {
	// Every tag has either exactly these lists or two inner neighbours;
	// TestBILOUNeighbours checks it.
	copy(c[:], preds[0])
	copy(o[:], succs[0])
	for j, t := range o {
		oi[t] = uint8(j)
	}
	return c, o, oi
}()

// preds and succs list the allowed predecessors and successors of each
// tag under BILOU rules (9 or 2 each instead of all 17).
var preds, succs = func() (p, s [numTags][]uint8) {
	for a := range numTags {
		for b := range numTags {
			if allowed(tag(a), tag(b)) {
				p[b] = append(p[b], uint8(a))
				s[a] = append(s[a], uint8(b))
			}
		}
	}
	return p, s
}()
