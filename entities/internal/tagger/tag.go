package tagger

import (
	"math"
	"slices"
	"sync"
)

// Tag finds the names in one document given as sentences of tokens. The
// whole document is passed at once because the tagger uses document-level
// evidence (how a word is capitalized and tagged elsewhere in it). The
// result has one span list per sentence, spans in order, not overlapping.
//
// Tokens are best given as package token cuts them; a token holding a
// hyphen ("Tehran-backed") is cut at its hyphens internally and spans are
// mapped back to whole tokens.
func (m *Model) Tag(doc [][]Token) [][]Span {
	out := make([][]Span, len(doc))
	w := wsPool.Get().(*workspace)
	defer w.release()
	pieces, orig := w.splitHyphens(doc)
	sents := w.analyze(pieces)
	w.ds = docStatsInto(w.ds, sents)
	m.run(sents, w.ds, len(m.stages), w, func(i int, tags []tag, margin []float64) {
		out[i] = trimAffixes(spans(tags, margin), &sents[i])
		if orig != nil {
			out[i] = mapBack(out[i], orig[i])
		}
	})
	return out
}

var wsPool = sync.Pool{New: func() any { return &workspace{ds: map[uint64]uint8{}} }}

// release returns w to the pool without keeping the caller's text alive.
func (w *workspace) release() {
	clear(w.ptoks)
	clear(w.pdoc)
	wsPool.Put(w)
}

// run decodes a document with the first n stages, feeding each stage the
// one before it, and calls emit with the last stage's tags per sentence.
func (m *Model) run(sents []sentence, ds map[uint64]uint8, n int, w *workspace, emit func(i int, tags []tag, margin []float64)) {
	w.static(m, sents, ds)
	for st := range n {
		w.lt[st].fill(&m.stages[st].trans)
	}
	if w.h == nil {
		w.h = make(history)
	}
	dc := docCtx{ds: ds, h: w.h}
	var p1 *pass1
	for si := range n {
		last := si == n-1
		clear(w.h)
		dc.p1 = p1
		var next *pass1
		if !last {
			next = &w.pass[si%2]
			next.reset(len(sents))
		}
		for i := range sents {
			if len(sents[i].toks) == 0 {
				continue
			}
			if p1 != nil {
				dc.cur = p1.tags[i]
			}
			tags := m.decode(si, i, &sents[i], &dc, w)
			if last {
				emit(i, tags, w.margin)
			} else {
				next.add(i, &sents[i], tags)
			}
			record(dc.h, &sents[i], tags)
		}
		p1 = next
	}
}

// analyze analyzes every sentence of doc into w's buffers.
func (w *workspace) analyze(doc [][]Token) []sentence {
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	w.sents = slices.Grow(w.sents[:0], len(doc))[:len(doc)]
	w.infos = slices.Grow(w.infos[:0], n)[:n]
	infos := w.infos
	for i, s := range doc {
		w.sents[i] = analyzeSentence(s, infos[:0:len(s)])
		infos = infos[len(s):]
	}
	return w.sents
}

// workspace holds per-document scratch buffers, pooled across calls.
type workspace struct {
	sents []sentence
	infos []tokInfo
	ds    map[uint64]uint8
	h     history
	pass  [2]pass1
	// hyphen splitting (see splitHyphens)
	ptoks  []Token
	pfrom  []int
	pstart []int
	pdoc   [][]Token
	porig  [][]int
	sem    [][numTags]int32 // static emissions: per token, one row per stage
	words  map[uint64]int32 // word features already summed: word -> index in wordEm
	wordEm [][numTags]int32 // their emissions, one row per stage
	sent   []int            // index of each sentence's first token
	feats  []uint32
	em     [][numTags]int32
	alpha  [][numTags]int32
	beta   [][numTags]int32
	back   [][numTags]uint8
	tags   []tag
	margin []float64
	lt     [maxStages]layout
}

// layout holds a stage's transition weights rearranged for viterbi.
type layout struct {
	in  [numTags][nClosed]int32 // in[t][k] = trans[closedTags[k]][t]
	out [numTags][nClosed]int32 // out[p][k] = trans[p][openTags[k]]
}

func (lt *layout) fill(trans *[numTags + 1][numTags]int32) {
	for t := range numTags {
		for k, p := range closedTags {
			lt.in[t][k] = trans[p][t]
		}
		for k, o := range openTags {
			lt.out[t][k] = trans[t][o]
		}
	}
}

// static looks up the stage-independent features of every token once
// and sums their weights for every stage.
func (w *workspace) static(m *Model, sents []sentence, ds map[uint64]uint8) {
	ns := len(m.stages)
	w.sent = w.sent[:0]
	n := 0
	for i := range sents {
		w.sent = append(w.sent, n)
		n += len(sents[i].toks)
	}
	w.sem = slices.Grow(w.sem[:0], n*ns)[:n*ns]
	clear(w.sem)
	if w.words == nil {
		w.words = make(map[uint64]int32)
	}
	clear(w.words)
	w.wordEm = w.wordEm[:0]
	for i := range sents {
		base := w.sent[i] * ns
		for k := range sents[i].toks {
			e := w.sem[base+k*ns : base+(k+1)*ns]
			w.wordRows(m, &sents[i], k, ds, e)
			w.feats = sents[i].contextFeatures(k, w.feats[:0])
			for _, r := range m.lookupAll(w.feats) {
				m.addAll(e, int32(r))
			}
		}
	}
}

// wordRows adds the weights of the features that depend only on token
// k's text (and the sentence's case) to e. Words recur in a document, so
// their sums are computed once per document.
func (w *workspace) wordRows(m *Model, s *sentence, k int, ds map[uint64]uint8, e [][numTags]int32) {
	key := mix(s.toks[k].w, s.capsValue())
	at, ok := w.words[key]
	if !ok {
		at = int32(len(w.wordEm))
		for range e {
			w.wordEm = append(w.wordEm, [numTags]int32{})
		}
		sum := w.wordEm[at:]
		w.feats = s.wordFeatures(k, ds, w.feats[:0])
		for _, r := range m.lookupAll(w.feats) {
			m.addAll(sum, int32(r))
		}
		w.words[key] = at
	}
	for st := range e {
		for t, v := range &w.wordEm[int(at)+st] {
			e[st][t] += v
		}
	}
}

func (w *workspace) reset(n int) {
	if cap(w.em) < n {
		w.em = make([][numTags]int32, n)
		w.alpha = make([][numTags]int32, n)
		w.beta = make([][numTags]int32, n)
		w.back = make([][numTags]uint8, n)
		w.tags = make([]tag, n)
		w.margin = make([]float64, n)
	}
	w.em, w.alpha, w.beta = w.em[:n], w.alpha[:n], w.beta[:n]
	w.back, w.tags, w.margin = w.back[:n], w.tags[:n], w.margin[:n]
}

const negInf = math.MinInt32 / 4

// decode runs Viterbi with stage st over sentence si and fills w.margin
// with per-token max-marginal margins (in weight units).
func (m *Model) decode(st, si int, s *sentence, dc *docCtx, w *workspace) []tag {
	n := len(s.toks)
	w.reset(n)
	ns := len(m.stages)
	first := w.sent[si]
	for i := range n {
		e := &w.em[i]
		*e = w.sem[(first+i)*ns+st]
		w.feats = s.dynamicFeatures(i, dc, w.feats[:0])
		for _, r := range m.lookupAll(w.feats) {
			m.add(e, int32(r), st)
		}
	}
	sg := &m.stages[st]
	viterbi(&sg.trans, &sg.end, &w.lt[st], w, st == len(m.stages)-1)
	for i := range n {
		w.margin[i] *= sg.scale
	}
	return w.tags
}

// viterbi decodes w.em with transition weights and writes the best tags
// to w.tags. With margins set it also runs the backward max pass and
// writes each token's max-marginal margin to w.margin.
//
// Under BILOU rules every tag that starts a name or is O follows exactly
// the closed tags (O, L-*, U-*), and I-x and L-x follow only B-x and I-x.
// The closed tags' scores are gathered once per token and the
// transitions into each open tag laid out contiguously, so the inner
// loops run over fixed-size arrays.
func viterbi(trans *[numTags + 1][numTags]int32, end *[numTags]int32, lt *layout, w *workspace, margins bool) {
	tc := &lt.in
	n := len(w.em)
	for t := range numTags {
		w.alpha[0][t] = negInf
		if allowedStart(tag(t)) {
			w.alpha[0][t] = trans[startRow][t] + w.em[0][t]
		}
	}
	for i := 1; i < n; i++ {
		prev, cur, em, back := &w.alpha[i-1], &w.alpha[i], &w.em[i], &w.back[i]
		var pc [nClosed]int32
		for k, p := range closedTags {
			pc[k] = prev[p]
		}
		for t := range numTags {
			best, arg := int32(negInf), uint8(0)
			if inner := innerPreds[t]; inner[0] != inner[1] {
				for _, p := range inner {
					if v := prev[p] + trans[p][t]; v > best {
						best, arg = v, p
					}
				}
			} else {
				row := &tc[t]
				for k := range nClosed {
					if v := pc[k] + row[k]; v > best {
						best, arg = v, closedTags[k]
					}
				}
			}
			cur[t] = best + em[t]
			back[t] = arg
		}
		normalize(cur)
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
		w.tags[i-1] = tag(w.back[i][w.tags[i]])
	}
	if margins {
		maxMarginals(trans, end, &lt.out, w)
	}
}

// normalize shifts scores so that the best is 0: path scores then stay
// bounded however long the sentence, and int32 cannot overflow.
func normalize(v *[numTags]int32) {
	top := v[0]
	for _, x := range v[1:] {
		top = max(top, x)
	}
	for t := range v {
		v[t] -= top
	}
}

// maxMarginals runs the backward max pass and sets w.margin[i] to the gap
// between the best path and the best path with another tag at token i.
func maxMarginals(trans *[numTags + 1][numTags]int32, end *[numTags]int32, to *[numTags][nClosed]int32, w *workspace) {
	n := len(w.em)
	for t := range numTags {
		w.beta[n-1][t] = negInf
		if allowedEnd(tag(t)) {
			w.beta[n-1][t] = end[t]
		}
	}
	for i := n - 2; i >= 0; i-- {
		nxt, cur, em := &w.beta[i+1], &w.beta[i], &w.em[i+1]
		var s [numTags]int32
		for t := range numTags {
			s[t] = em[t] + nxt[t]
		}
		var so [nClosed]int32
		for k, t := range openTags {
			so[k] = s[t]
		}
		for p := range numTags {
			b := int32(negInf)
			if inner := innerSuccs[p]; inner[0] != inner[1] {
				for _, t := range inner {
					b = max(b, trans[p][t]+s[t])
				}
			} else {
				row := &to[p]
				for k := range nClosed {
					b = max(b, row[k]+so[k])
				}
			}
			cur[p] = b
		}
		normalize(cur)
	}
	for i := range n {
		best, second := int32(negInf), int32(negInf)
		for t := range numTags {
			v := w.alpha[i][t] + w.beta[i][t]
			if tag(t) == w.tags[i] {
				best = v
			} else {
				second = max(second, v)
			}
		}
		w.margin[i] = float64(best - second)
	}
}

// nClosed is the number of closed tags (O, L-*, U-*), which is also the
// number of open tags (O, B-*, U-*).
const nClosed = 1 + 2*(numTags-1)/4

// closedTags and openTags list, in ascending order, the predecessors of
// an open tag and the successors of a closed tag. innerPreds and
// innerSuccs hold the two predecessors (successors) of the other tags,
// and a repeated zero pair for the tags that use the lists above.
var closedTags, openTags, innerPreds, innerSuccs = func() (c, o [nClosed]uint8, ip, is [numTags][2]uint8) {
	copy(c[:], preds[0])
	copy(o[:], succs[0])
	// Every tag has either exactly these lists or two inner neighbours;
	// TestBILOUNeighbours checks it.
	for t := range numTags {
		if len(preds[t]) == 2 {
			ip[t] = [2]uint8(preds[t])
		}
		if len(succs[t]) == 2 {
			is[t] = [2]uint8(succs[t])
		}
	}
	return c, o, ip, is
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

// spans turns BILOU tags into spans scored from the token margins.
func spans(tags []tag, margin []float64) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == 0 {
			continue
		}
		j := i + 1
		if t.pos() == posB {
			for j < len(tags) && tags[j].label() == t.label() && tags[j].pos() == posI {
				j++
			}
			if j < len(tags) && tags[j].label() == t.label() && tags[j].pos() == posL {
				j++
			}
		}
		mn := math.Inf(1)
		for _, g := range margin[i:j] {
			mn = min(mn, g)
		}
		out = append(out, Span{Start: i, End: j, Label: t.label(), Score: confidence(mn)})
		i = j - 1
	}
	return out
}

// confidence maps a margin (in averaged-weight units) to [0,1]. The
// logistic curve was fitted to span precision on the CoNLL++ development
// set for models trained with the default margin (24): a margin of 10 is
// a coin flip, 70 about 0.9, 120 about 0.98.
func confidence(margin float64) float64 {
	return 1 / (1 + math.Exp(-(margin-marginBias)/marginScale))
}

const (
	marginBias  = 10.0
	marginScale = 28.0
)

// record adds a sentence's tags to the document history.
func record(h history, s *sentence, tags []tag) {
	for i, t := range s.toks {
		if t.flags&fAlpha == 0 {
			continue
		}
		c := h[t.lw]
		if l := tags[i].label(); c[l] < math.MaxUint16 {
			c[l]++
			h[t.lw] = c
		}
	}
}

// trimAffixes narrows names that end in a hyphenated lower-case word
// ("Toronto-based", "Tehran-backed", which CoNLL tags MISC as a whole) to
// the name before the hyphen. The head becomes LOC when the gazetteer
// knows it as a place and not as a nationality.
func trimAffixes(ss []Span, s *sentence) []Span {
	for k := range ss {
		sp := &ss[k]
		h := sp.End - 2
		if h <= sp.Start || s.toks[h].flags&fHyphen == 0 || s.toks[sp.End-1].flags&fLower == 0 {
			continue
		}
		sp.End = h
		if sp.Label == MISC {
			var g Gaz
			for _, t := range s.toks[sp.Start:sp.End] {
				g |= t.gaz
			}
			if g&GazLOC != 0 && g&GazGroup == 0 {
				sp.Label = LOC
			}
		}
	}
	return ss
}
