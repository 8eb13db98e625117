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
	flat, ends := m.AppendTags(nil, nil, doc)
	out := make([][]Span, len(doc))
	start := int32(0)
	for i, end := range ends {
		if end > start {
			out[i] = flat[start:end:end]
			start = end
		}
	}
	return out
}

// AppendTags is Tag into the caller's buffers, which it spares allocating
// a result per document: it appends the spans of every sentence of doc,
// sentence after sentence, to spans, and the end of each sentence's spans
// in the returned spans to ends.
func (m *Model) AppendTags(spans []Span, ends []int32, doc [][]Token) ([]Span, []int32) {
	w := wsPool.Get().(*workspace)
	defer w.release()
	return m.appendTags(w, spans, ends, doc)
}

// appendTags is AppendTags in workspace w.
func (m *Model) appendTags(w *workspace, spans []Span, ends []int32, doc [][]Token) ([]Span, []int32) {
	pieces, orig := w.splitHyphens(doc)
	sents := w.analyze(pieces)
	w.ds = docStats(w.ds, sents, int(w.forms.forms.n))
	ends = append(ends, make([]int32, len(doc))...)
	own := ends[len(ends)-len(doc):]
	last := int32(len(spans))
	m.run(sents, w.ds, len(m.stages), w, func(i int, tags []tag, margin []float64) {
		start := len(spans)
		spans = appendSpans(spans, tags, margin)
		ss := trimAffixes(spans[start:], &sents[i])
		if orig != nil {
			ss = mapBack(ss, orig[i])
		}
		spans = spans[:start+len(ss)]
		own[i] = int32(len(spans))
	})
	// Sentences without tokens are not decoded: theirs end where the
	// spans before them do.
	for i, end := range own {
		last = max(last, end)
		own[i] = last
	}
	return spans, ends
}

var wsPool = sync.Pool{New: func() any { return new(workspace) }}

// release returns w to the pool without keeping the caller's text alive.
func (w *workspace) release() {
	clear(w.ptoks)
	clear(w.pdoc)
	wsPool.Put(w)
}

// run decodes a document with the first n stages, feeding each stage the
// one before it, and calls emit with the last stage's tags per sentence.
// ds holds the document statistics of every form (docStats).
func (m *Model) run(sents []sentence, ds []uint8, n int, w *workspace, emit func(i int, tags []tag, margin []float64)) {
	w.static(m, sents, ds)
	for st := range n {
		w.lt[st].fill(&m.stages[st].trans)
	}
	w.h = w.h.reset(len(ds))
	dc := docCtx{ds: ds, h: w.h, hv: w.hv, ov: w.ov}
	defer func() { w.hv, w.ov = dc.hv, dc.ov }()
	var p1 *pass1
	for si := range n {
		last := si == n-1
		clear(w.h)
		dc.p1 = p1
		var next *pass1
		if !last {
			next = &w.pass[si%2]
			next.reset(len(sents), len(ds))
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

// analyze analyzes every sentence of doc into w's buffers, numbering
// its words and forms.
func (w *workspace) analyze(doc [][]Token) []sentence {
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	w.sents = slices.Grow(w.sents[:0], len(doc))[:len(doc)]
	w.infos = slices.Grow(w.infos[:0], n)[:n]
	w.forms.reset()
	infos := w.infos
	for i, s := range doc {
		w.sents[i] = analyzeSentence(s, infos[:0:len(s)], &w.forms)
		infos = infos[len(s):]
	}
	return w.sents
}

// workspace holds per-document scratch buffers, pooled across calls.
type workspace struct {
	sents []sentence
	infos []tokInfo
	forms docForms
	ds    []uint8
	h     history
	pass  [2]pass1
	// hyphen splitting (see splitHyphens)
	ptoks   []Token
	pfrom   []int
	pstart  []int
	pdoc    [][]Token
	porig   [][]int
	sem     [][numTags]int32 // static emissions: per token, one row per stage
	fixed   []bool           // per token: settled as O (settled.go)
	unfixed bool             // decode every token, settling none (for tests)
	wordAt  []int32          // per word (wid) and sentence case: index in wordEm of its sums, -1 before
	wordEm  [][numTags]int32 // their emissions, one row per stage
	nbr     nbrCache         // neighbour feature references per word
	hv, ov  []uint8          // storage of docCtx.hv, docCtx.ov
	sent    []int            // index of each sentence's first token
	feats   []uint32
	pairs   []uint32 // a sentence's pair features, then their references
	pairEnd []int    // end of each token's in pairs
	em      [][numTags]int32
	alpha   [][numTags]int32
	beta    [][numTags]int32
	tags    []tag
	margin  []float64
	lt      [maxStages]layout
}

// static looks up the stage-independent features of every token once
// and sums their weights for every stage.
func (w *workspace) static(m *Model, sents []sentence, ds []uint8) {
	ns := len(m.stages)
	w.sent = w.sent[:0]
	n, words := 0, int32(0)
	for i := range sents {
		w.sent = append(w.sent, n)
		n += len(sents[i].toks)
		for _, t := range sents[i].toks {
			words = max(words, t.wid+1)
		}
	}
	// Every row is first set by wordRows.
	w.sem = slices.Grow(w.sem[:0], n*ns)[:n*ns]
	w.fixed = slices.Grow(w.fixed[:0], n)[:n]
	w.wordAt = slices.Grow(w.wordAt[:0], int(2*words))[:2*words]
	for i := range w.wordAt {
		w.wordAt[i] = -1
	}
	w.wordEm = w.wordEm[:0]
	w.nbr.reset(int(words))
	for i := range sents {
		s := &sents[i]
		sem := w.sem[w.sent[i]*ns : (w.sent[i]+len(s.toks))*ns]
		fixed := w.fixed[w.sent[i] : w.sent[i]+len(s.toks)]
		for k := range s.toks {
			fixed[k] = !w.unfixed && s.settled(k)
			if fixed[k] {
				for st := range ns {
					sem[k*ns+st] = onlyO
				}
				continue
			}
			w.wordRows(m, s, k, ds, sem[k*ns:(k+1)*ns])
		}
		// The pair features of the whole sentence are looked up in one
		// batch rather than token by token, so that more of their table
		// loads, mostly cache misses, overlap.
		w.pairs, w.pairEnd = w.pairs[:0], w.pairEnd[:0]
		for k := range s.toks {
			if !fixed[k] {
				w.pairs = s.pairFeatures(k, w.pairs)
			}
			w.pairEnd = append(w.pairEnd, len(w.pairs))
		}
		m.tab.lookupEach(w.pairs)
		start := 0
		for k, end := range w.pairEnd {
			if fixed[k] {
				continue
			}
			e := sem[k*ns : (k+1)*ns]
			var nb [6]uint32
			var sum laneSum
			m.addAll(e, &sum, w.pairs[start:end]) // skips noRef
			m.addAll(e, &sum, w.nbr.appendNeighbours(m, s, k, nb[:0]))
			sum.flush(e)
			start = end
		}
	}
}

// wordRows sets e to the weights of the features that depend only on
// token k's text (and the sentence's case). Words recur in a document,
// so their sums are computed once per document.
func (w *workspace) wordRows(m *Model, s *sentence, k int, ds []uint8, e [][numTags]int32) {
	key := 2*s.toks[k].wid + int32(s.capsValue())
	at := w.wordAt[key]
	if at < 0 {
		at = int32(len(w.wordEm))
		for range e {
			w.wordEm = append(w.wordEm, [numTags]int32{})
		}
		e := w.wordEm[at:]
		w.feats = s.wordFeatures(k, ds, w.feats[:0])
		// The first time a word is seen, the keys it gives its
		// neighbours (nbr.go) join the batch, so that their table
		// loads overlap with these.
		t, nk := &s.toks[k], len(w.feats)
		fresh := !w.nbr.done[t.wid]
		if fresh {
			w.feats = appendNbrKeys(w.feats, t.lw, t.lw, t.shape, t.shape)
		}
		m.tab.lookupEach(w.feats)
		if fresh {
			w.nbr.set(t.wid, w.feats[nk:])
		}
		var sum laneSum
		m.addAll(e, &sum, w.feats[:nk]) // skips noRef
		sum.flush(e)
		w.wordAt[key] = at
	}
	copy(e, w.wordEm[int(at):])
}

func (w *workspace) reset(n int) {
	if cap(w.em) < n {
		w.em = make([][numTags]int32, n)
		w.alpha = make([][numTags]int32, n)
		w.beta = make([][numTags]int32, n)
		w.tags = make([]tag, n)
		w.margin = make([]float64, n)
	}
	w.em, w.alpha, w.beta = w.em[:n], w.alpha[:n], w.beta[:n]
	w.tags, w.margin = w.tags[:n], w.margin[:n]
}

const negInf = math.MinInt32 / 4

// decode runs Viterbi with stage st over sentence si and fills w.margin
// with the max-marginal margins of named tokens (in weight units).
func (m *Model) decode(st, si int, s *sentence, dc *docCtx, w *workspace) []tag {
	n := len(s.toks)
	w.reset(n)
	ns := len(m.stages)
	first := w.sent[si]
	d := m.dynTables(st)
	dc.values(s, w.fixed[first:first+n])
	for i := range n {
		e := w.em[i : i+1]
		e[0] = w.sem[(first+i)*ns+st]
		if w.fixed[first+i] {
			continue
		}
		var sum laneSum
		w.feats = s.dynamicRows(i, dc, d, e, &sum, w.feats[:0])
		for _, r := range m.lookupAll(w.feats) {
			m.add(&e[0], r, st)
		}
		sum.flush(e)
	}
	sg := &m.stages[st]
	viterbi(&sg.trans, &sg.end, &w.lt[st], w, st == len(m.stages)-1, w.fixed[first:first+n])
	for i := range n {
		w.margin[i] *= sg.scale
	}
	return w.tags
}

// appendSpans appends the spans of BILOU tags, scored from the token
// margins, to out.
func appendSpans(out []Span, tags []tag, margin []float64) []Span {
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
		c := &h[t.lid]
		if l := tags[i].label(); c[l] < math.MaxUint16 {
			c[l]++
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
