package tagger

import (
	"math"
	"math/rand/v2"
	"sort"
)

// TrainDoc is one training document: its sentences and their gold spans.
type TrainDoc struct {
	Sents [][]Token
	Gold  [][]Span
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int    // passes over the data (per stage)
	Seed   uint64 // shuffling seed; the same seed gives the same model
	// Stacked adds a second stage trained on the first stage's labels
	// for the whole document, obtained by Folds-fold cross-validation
	// (Folds defaults to 4).
	Stacked bool
	Folds   int
	// Margin is the cost added to every wrong tag while training
	// (cost-augmented decoding): updates then also fire on correct but
	// narrow predictions, which generalizes better. 0 is the plain
	// perceptron.
	Margin int
	// MinWeight drops features whose largest absolute averaged weight is
	// below it (model size/accuracy trade-off).
	MinWeight float64
	// Progress, when set, is called after each epoch of the final
	// stages with the averaged model so far.
	Progress func(stage, epoch int, m *Model)
}

// trainer is an averaged structured perceptron.
type trainer struct {
	index map[uint32]int32
	keys  []uint32
	w     []int32 // numTags per row
	u     []int64 // time-weighted updates, for averaging
	trans [numTags + 1][numTags]int32
	utr   [numTags + 1][numTags]int64
	end   [numTags]int32
	uend  [numTags]int64
	c     int64
	// margin is TrainOptions.Margin.
	margin int
}

type trainSent struct {
	s    sentence
	gold []tag
}

type trainDoc struct {
	sents []trainSent
	ds    []uint8 // docStats, one entry per form
	p1    *pass1  // first-stage labels (held-out), for the second stage
}

// Train fits a model on docs with the averaged structured perceptron.
func Train(docs []TrainDoc, opt TrainOptions) *Model {
	data := prepare(docs)
	var first func(int, *weights)
	if opt.Progress != nil {
		first = func(ep int, w *weights) { opt.Progress(1, ep, assembleExact([]*weights{w})) }
	}
	s1 := trainStage(data, opt, first)
	if !opt.Stacked {
		return assemble([]*weights{s1})
	}
	k := opt.Folds
	if k < 2 {
		k = 4
	}
	for f := range k {
		var in []trainDoc
		for i, d := range data {
			if i%k != f {
				in = append(in, d)
			}
		}
		m := assembleExact([]*weights{trainStage(in, opt, nil)})
		for i := f; i < len(data); i += k {
			data[i].p1 = m.pass1(data[i])
		}
	}
	var second func(int, *weights)
	if opt.Progress != nil {
		second = func(ep int, w *weights) { opt.Progress(2, ep, assembleExact([]*weights{s1, w})) }
	}
	s2 := trainStage(data, opt, second)
	return assemble([]*weights{s1, s2})
}

// pass1 tags a training document with a one-stage model.
func (m *Model) pass1(d trainDoc) *pass1 {
	sents := make([]sentence, len(d.sents))
	for i := range d.sents {
		sents[i] = d.sents[i].s
	}
	p := newPass1(len(sents), len(d.ds))
	m.run(sents, d.ds, 1, &workspace{}, func(i int, tags []tag, _ []float64) { p.add(i, &sents[i], tags) })
	return p
}

// trainStage runs the perceptron epochs for one stage. Documents with a
// p1 get second-stage features.
func trainStage(data []trainDoc, opt TrainOptions, progress func(int, *weights)) *weights {
	tr := &trainer{index: make(map[uint32]int32), c: 1, margin: opt.Margin}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e65_7773_6c65_6e73))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var w workspace
	var offs []int
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			d := &data[di]
			dc := docCtx{ds: d.ds, h: make(history, len(d.ds)), p1: d.p1}
			for si := range d.sents {
				ts := &d.sents[si]
				if d.p1 != nil {
					dc.cur = d.p1.tags[si]
				}
				pred := tr.step(ts, &dc, &w, &offs)
				record(dc.h, &ts.s, pred)
				tr.c++
			}
		}
		if progress != nil {
			progress(ep, tr.model(opt.MinWeight))
		}
	}
	return tr.model(opt.MinWeight)
}

func prepare(docs []TrainDoc) []trainDoc {
	out := make([]trainDoc, len(docs))
	for i, d := range docs {
		td := trainDoc{sents: make([]trainSent, 0, len(d.Sents))}
		var sents []sentence
		for j, s := range d.Sents {
			if len(s) == 0 {
				continue
			}
			st := analyzeSentence(s, make([]tokInfo, 0, len(s)), nil)
			var gold []Span
			if j < len(d.Gold) {
				gold = d.Gold[j]
			}
			td.sents = append(td.sents, trainSent{s: st, gold: goldTags(len(s), gold)})
			sents = append(sents, st)
		}
		var forms docForms
		td.ds = docStats(nil, sents, forms.number(sents))
		out[i] = td
	}
	return out
}

// goldTags converts spans to BILOU tags.
func goldTags(n int, spans []Span) []tag {
	tags := make([]tag, n)
	for _, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End || s.Label == None || s.Label >= numLabels {
			continue
		}
		if s.End-s.Start == 1 {
			tags[s.Start] = mkTag(s.Label, posU)
			continue
		}
		tags[s.Start] = mkTag(s.Label, posB)
		for i := s.Start + 1; i < s.End-1; i++ {
			tags[i] = mkTag(s.Label, posI)
		}
		tags[s.End-1] = mkTag(s.Label, posL)
	}
	return tags
}

// step decodes one sentence with the current weights and updates them
// when the prediction differs from the gold tags. It returns the
// prediction.
func (tr *trainer) step(ts *trainSent, dc *docCtx, w *workspace, offs *[]int) []tag {
	s := &ts.s
	n := len(s.toks)
	w.reset(n)
	w.feats = w.feats[:0]
	*offs = (*offs)[:0]
	for i := range n {
		*offs = append(*offs, len(w.feats))
		w.feats = s.features(i, dc, w.feats)
		e := &w.em[i]
		*e = [numTags]int32{}
		for _, k := range w.feats[(*offs)[i]:] {
			if r, ok := tr.index[k]; ok {
				row := tr.w[int(r)*numTags : int(r)*numTags+numTags]
				for t := range numTags {
					e[t] += row[t]
				}
			}
		}
	}
	*offs = append(*offs, len(w.feats))
	if cost := int32(tr.margin); cost > 0 {
		for i := range n {
			for t := range numTags {
				if tag(t) != ts.gold[i] {
					w.em[i][t] += cost
				}
			}
		}
	}
	var lt layout // the weights change as training goes
	lt.fill(&tr.trans)
	viterbi(&tr.trans, &tr.end, &lt, w, false, nil)
	pred, gold := w.tags, ts.gold
	same := true
	for i := range n {
		if pred[i] != gold[i] {
			same = false
			break
		}
	}
	if same {
		return pred
	}
	for i := range n {
		if pred[i] != gold[i] {
			for _, k := range w.feats[(*offs)[i]:(*offs)[i+1]] {
				r := tr.rowOf(k)
				tr.add(r, gold[i], 1)
				tr.add(r, pred[i], -1)
			}
		}
		gp, pp := startRow, startRow
		if i > 0 {
			gp, pp = int(gold[i-1]), int(pred[i-1])
		}
		tr.trans[gp][gold[i]]++
		tr.utr[gp][gold[i]] += tr.c
		tr.trans[pp][pred[i]]--
		tr.utr[pp][pred[i]] -= tr.c
	}
	tr.end[gold[n-1]]++
	tr.uend[gold[n-1]] += tr.c
	tr.end[pred[n-1]]--
	tr.uend[pred[n-1]] -= tr.c
	return pred
}

func (tr *trainer) rowOf(k uint32) int {
	if r, ok := tr.index[k]; ok {
		return int(r)
	}
	r := len(tr.keys)
	tr.index[k] = int32(r)
	tr.keys = append(tr.keys, k)
	tr.w = append(tr.w, make([]int32, numTags)...)
	tr.u = append(tr.u, make([]int64, numTags)...)
	return r
}

func (tr *trainer) add(r int, t tag, d int32) {
	tr.w[r*numTags+int(t)] += d
	tr.u[r*numTags+int(t)] += int64(d) * tr.c
}

// model averages, prunes and quantizes the weights.
func (tr *trainer) model(minWeight float64) *weights {
	c := float64(tr.c)
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/c }
	type kept struct {
		key uint32
		row int
	}
	var ks []kept
	maxAbs := 0.0
	for r, k := range tr.keys {
		big := 0.0
		for t := range numTags {
			big = max(big, math.Abs(avg(tr.w[r*numTags+t], tr.u[r*numTags+t])))
		}
		if big >= minWeight && big > 0 {
			ks = append(ks, kept{k, r})
			maxAbs = max(maxAbs, big)
		}
	}
	var trans [numTags + 1][numTags]float64
	var end [numTags]float64
	for p := range numTags + 1 {
		for t := range numTags {
			trans[p][t] = avg(tr.trans[p][t], tr.utr[p][t])
			maxAbs = max(maxAbs, math.Abs(trans[p][t]))
		}
	}
	for t := range numTags {
		end[t] = avg(tr.end[t], tr.uend[t])
		maxAbs = max(maxAbs, math.Abs(end[t]))
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	q := func(v float64) int32 { return int32(math.Round(v / scale)) }
	m := &weights{stage: stage{scale: scale}, w: make([]int16, 0, len(ks)*numTags)}
	keys := make([]uint32, 0, len(ks))
	for _, k := range ks {
		nz := false
		var row [numTags]int16
		for t := range numTags {
			row[t] = int16(q(avg(tr.w[k.row*numTags+t], tr.u[k.row*numTags+t])))
			nz = nz || row[t] != 0
		}
		if !nz {
			continue
		}
		keys = append(keys, k.key)
		m.w = append(m.w, row[:]...)
	}
	for p := range numTags + 1 {
		for t := range numTags {
			m.trans[p][t] = q(trans[p][t])
		}
	}
	for t := range numTags {
		m.end[t] = q(end[t])
	}
	m.keys = keys
	return m
}
