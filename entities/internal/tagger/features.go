package tagger

import (
	"slices"
	"unicode/utf8"
)

// Token flags.
const (
	fCap     = 1 << iota // first rune is upper case
	fAllCaps             // has letters, none lower case
	fLower               // has letters, all lower case
	fDigit               // has a digit
	fAlpha               // has a letter
	fPunct               // neither letters nor digits
	fHyphen              // a hyphen standing alone
	fPlain               // a lowercase word without digits that is no name particle, or clause punctuation
)

// tokInfo holds the per-token hashes features are built from.
type tokInfo struct {
	w, lw, shape, sshape uint64
	pre, suf             [4]uint64 // lowercase prefixes/suffixes of 1..4 runes; 0 when shorter
	flags                uint8
	gaz                  Gaz
	wid, lid             int32 // numbers of the text and the lowercase form in the document (forms.go)
}

// Boundary placeholders for neighbours outside the sentence.
var (
	hStart = fnvString("<S>")
	hEnd   = fnvString("</S>")
)

// analyze sets ti, which must be zero, to the analysis of t. It writes in
// place because a tokInfo is some hundred bytes: returning it by value
// and copying it into the sentence took some 7 % of tagging.
func analyze(ti *tokInfo, t Token) {
	ti.gaz = t.Gaz
	s := t.Text
	w, lw, sh, ssh := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last [4]rune // ring of the last lowercase runes
	var prevClass, run rune
	n, upper, lower := 0, 0, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w = fnvByte(w, s[i])
		} else {
			for j := 0; j < size; j++ {
				w = fnvByte(w, s[i+j])
			}
		}
		i += size
		c := runeClass(r)
		switch c {
		case 'X':
			upper++
			if n == 0 {
				ti.flags |= fCap
			}
		case 'x':
			lower++
		case 'd':
			ti.flags |= fDigit
		}
		lr := toLower(r)
		lw = fnvRune(lw, lr)
		if n < 4 {
			ti.pre[n] = lw
		}
		last[n%4] = lr
		n++
		if c == prevClass {
			run++
		} else {
			run = 1
			ssh = fnvRune(ssh, c)
		}
		if run <= 4 {
			sh = fnvRune(sh, c)
		}
		prevClass = c
	}
	for k := 1; k <= 4 && k <= n; k++ {
		h := uint64(fnvOffset)
		for j := n - k; j < n; j++ {
			h = fnvRune(h, last[j%4])
		}
		ti.suf[k-1] = h
	}
	switch {
	case upper+lower == 0:
		if ti.flags&fDigit == 0 {
			ti.flags |= fPunct
		}
	case lower == 0:
		ti.flags |= fAlpha | fAllCaps
	case upper == 0:
		ti.flags |= fAlpha | fLower
	default:
		ti.flags |= fAlpha
	}
	if s == "-" || s == "\u2010" || s == "\u2011" {
		ti.flags |= fHyphen
	}
	if upper == 0 && lower > 0 && ti.flags&fDigit == 0 && (n > maxParticle || !isParticle(lw)) || isClausePunct(s) {
		ti.flags |= fPlain
	}
	ti.w, ti.lw, ti.shape, ti.sshape = w, lw, sh, ssh
}

// Document statistics, per lowercase form, gathered from the text only.
const (
	dsCapMid      = 1 << iota // seen capitalized inside a mixed-case sentence
	dsLower                   // seen all lower case
	dsCapInit                 // seen capitalized at sentence start
	dsAllCapsSent             // seen in an all-caps sentence
)

// sentence is one analyzed sentence.
type sentence struct {
	toks    []tokInfo
	allCaps bool // headline-style: no lower-case letters anywhere
}

// analyzeSentence analyzes the tokens of a sentence into buf. With f set
// each distinct text is analyzed once and numbered; without, numbers are
// left to docForms.number.
func analyzeSentence(ts []Token, buf []tokInfo, f *docForms) sentence {
	s := sentence{toks: buf[:0], allCaps: true}
	alpha := 0
	for _, t := range ts {
		s.toks = append(s.toks, tokInfo{})
		ti := &s.toks[len(s.toks)-1]
		if f != nil {
			f.analyze(ti, t)
		} else {
			analyze(ti, t)
		}
		if ti.flags&fAlpha != 0 {
			alpha++
			if ti.flags&fAllCaps == 0 {
				s.allCaps = false
			}
		}
	}
	if alpha == 0 {
		s.allCaps = false
	}
	return s
}

// docStats records how each of the n lowercase forms (by lid) is written
// across a document, reusing st's storage.
func docStats(st []uint8, sents []sentence, n int) []uint8 {
	st = slices.Grow(st[:0], n)[:n]
	clear(st)
	for _, s := range sents {
		for i, t := range s.toks {
			if t.flags&fAlpha == 0 {
				continue
			}
			var f uint8
			switch {
			case s.allCaps:
				f = dsAllCapsSent
			case t.flags&fLower != 0:
				f = dsLower
			case t.flags&fCap != 0 && (i == 0 || s.toks[i-1].flags&fPunct != 0):
				f = dsCapInit
			case t.flags&fCap != 0:
				f = dsCapMid
			}
			st[t.lid] |= f
		}
	}
	return st
}

// docCtx is the document-level evidence features draw on.
type docCtx struct {
	ds  []uint8 // how each form (by lid) is capitalized in the document
	h   history // labels given by the current stage so far
	p1  *pass1  // first-stage labels, nil in the first stage
	cur []tag   // first-stage tags of the current sentence
	// per token of the current sentence: histValue and otherValue, set
	// by values for dynamicRows
	hv, ov []uint8
}

// pass1 holds a first stage's tags for a whole document.
type pass1 struct {
	tags   [][]tag
	flat   []tag   // storage of tags
	counts history // label counts of each form over the whole document
}

// newPass1 returns an empty pass1 for n sentences and forms forms.
func newPass1(n, forms int) *pass1 {
	p := &pass1{}
	p.reset(n, forms)
	return p
}

// reset empties p for a document of n sentences and forms forms,
// keeping its storage.
func (p *pass1) reset(n, forms int) {
	p.tags = slices.Grow(p.tags[:0], n)[:n]
	clear(p.tags)
	p.flat = p.flat[:0]
	p.counts = p.counts.reset(forms)
}

func (p *pass1) add(i int, s *sentence, tags []tag) {
	start := len(p.flat)
	p.flat = append(p.flat, tags...)
	p.tags[i] = p.flat[start:len(p.flat):len(p.flat)]
	record(p.counts, s, tags)
}

// history counts the labels given to each lowercase form (by lid)
// earlier in the document (label index; 0 = tagged outside any name).
type history [][numLabels]uint16

// reset returns h emptied for n forms, reusing its storage.
func (h history) reset(n int) history {
	h = slices.Grow(h[:0], n)[:n]
	clear(h)
	return h
}

// Feature templates. Values are part of the model format: append only.
const (
	tBias       = 1
	tW          = 2
	tLW         = 3
	tLWm1       = 4
	tLWp1       = 5
	tLWm2       = 6
	tLWp2       = 7
	tShape      = 8
	tSShape     = 9
	tShapeM1    = 10
	tShapeP1    = 11
	tShapeM10   = 12
	tShape0P1   = 13
	tSShape3    = 14
	tLWm10      = 15
	tLW0p1      = 16
	tFirstShape = 17
	tCapsLW     = 18
	tCapsShape  = 19
	tGaz        = 20
	tGazM1      = 21
	tGazP1      = 22
	tDoc        = 23
	tDocLW      = 24
	tHist       = 25
	tHistM1     = 26
	tHistP1     = 27
	tLWm1Shape0 = 28
	tShape0LWp1 = 29
	tLenShape   = 30
	tGazShape   = 31
	tP1Tag      = 32
	tP1Tag2     = 33
	tP1Tag3     = 34
	tP1Other    = 35
	tP1OtherTag = 36
	tP1OtherM1  = 37
	tP1OtherP1  = 38
	tPre        = 100 // + 0..3 for 1..4 runes
	tSuf        = 110 // + 0..3
)

func (s *sentence) lw(i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(s.toks):
		return hEnd
	}
	return s.toks[i].lw
}

func (s *sentence) shape(i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(s.toks):
		return hEnd
	}
	return s.toks[i].shape
}

func (s *sentence) sshape(i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(s.toks):
		return hEnd
	}
	return s.toks[i].sshape
}

func (s *sentence) gaz(i int) Gaz {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].gaz
}

// histValue summarizes the earlier labels of a form: 0 when unseen, else
// 1 + the majority label (+8 when the form was always given that label).
func histValue(h history, lid int32) uint64 {
	return countsValue(&h[lid])
}

// otherValue is histValue over the first-stage counts of a form, leaving
// out the occurrence at hand (labelled own).
func otherValue(h history, lid int32, own Label) uint64 {
	c := h[lid]
	if c[own] > 0 {
		c[own]--
	}
	return countsValue(&c)
}

func countsValue(c *[numLabels]uint16) uint64 {
	best, total := 0, 0
	for l, n := range c {
		total += int(n)
		if n > c[best] {
			best = l
		}
	}
	if total == 0 {
		return 0
	}
	v := uint64(1 + best)
	if int(c[best]) == total {
		v += 8
	}
	return v
}

// features appends all feature keys of token i to out.
func (s *sentence) features(i int, dc *docCtx, out []uint32) []uint32 {
	return s.dynamicFeatures(i, dc, s.staticFeatures(i, dc.ds, out))
}

func (s *sentence) capsValue() uint64 {
	if s.allCaps {
		return 1
	}
	return 0
}

// staticFeatures appends the features that do not depend on any stage's
// output: they are looked up once per token for all stages.
func (s *sentence) staticFeatures(i int, ds []uint8, out []uint32) []uint32 {
	return s.contextFeatures(i, s.wordFeatures(i, ds, out))
}

// wordFeatures appends the static features that depend only on the
// token's text and the sentence's case, and so are the same for every
// occurrence of a word in a document.
func (s *sentence) wordFeatures(i int, ds []uint8, out []uint32) []uint32 {
	t := &s.toks[i]
	caps := s.capsValue()
	out = append(out,
		feat(tBias, caps),
		feat(tW, t.w),
		feat(tLW, t.lw),
		feat(tShape, t.shape),
		feat(tSShape, t.sshape),
		feat2(tCapsShape, caps, t.shape),
	)
	for k := range 4 {
		if t.pre[k] != 0 {
			out = append(out, feat(tPre+uint64(k), t.pre[k]))
		}
		if t.suf[k] != 0 {
			out = append(out, feat(tSuf+uint64(k), t.suf[k]))
		}
	}
	if s.allCaps {
		out = append(out, feat(tCapsLW, t.lw))
	}
	if t.flags&fAlpha != 0 && t.flags&fLower == 0 {
		d := uint64(ds[t.lid])
		out = append(out, feat2(tDoc, d, caps), feat2(tDocLW, d, t.lw))
	}
	return out
}

// contextFeatures appends the static features that depend on the token's
// neighbours, position or gazetteer bits.
func (s *sentence) contextFeatures(i int, out []uint32) []uint32 {
	return s.pairFeatures(i, s.neighbourFeatures(i, out))
}

// neighbourFeatures appends the context features that each depend on one
// neighbour's text alone (nbr.go caches them per word).
func (s *sentence) neighbourFeatures(i int, out []uint32) []uint32 {
	return append(out,
		feat(tLWm1, s.lw(i-1)),
		feat(tLWp1, s.lw(i+1)),
		feat(tLWm2, s.lw(i-2)),
		feat(tLWp2, s.lw(i+2)),
		feat(tShapeM1, s.shape(i-1)),
		feat(tShapeP1, s.shape(i+1)),
	)
}

// pairFeatures appends the other context features: pairs of the token
// and a neighbour, position and gazetteer bits.
func (s *sentence) pairFeatures(i int, out []uint32) []uint32 {
	t := &s.toks[i]
	out = append(out,
		feat2(tShapeM10, s.shape(i-1), t.shape),
		feat2(tShape0P1, t.shape, s.shape(i+1)),
		feat2(tSShape3, mix(s.sshape(i-1), t.sshape), s.sshape(i+1)),
		feat2(tLWm10, s.lw(i-1), t.lw),
		feat2(tLW0p1, t.lw, s.lw(i+1)),
		feat2(tLWm1Shape0, s.lw(i-1), t.shape),
		feat2(tShape0LWp1, t.shape, s.lw(i+1)),
	)
	if i == 0 {
		out = append(out, feat(tFirstShape, t.shape))
	}
	if n := len(s.toks); n <= 4 {
		out = append(out, feat2(tLenShape, uint64(n*4+i), t.sshape))
	}
	out = appendGaz(out, tGaz, t.gaz)
	out = appendGaz(out, tGazM1, s.gaz(i-1))
	out = appendGaz(out, tGazP1, s.gaz(i+1))
	if t.gaz != 0 {
		out = append(out, feat2(tGazShape, uint64(t.gaz&(gazTypes|GazCommon)), t.sshape))
	}
	return out
}

// dynamicFeatures appends the features built from the labels the current
// and earlier stages gave the document.
func (s *sentence) dynamicFeatures(i int, dc *docCtx, out []uint32) []uint32 {
	t, h := &s.toks[i], dc.h
	if h != nil {
		if v := histValue(h, t.lid); v != 0 && t.flags&fAlpha != 0 {
			out = append(out, feat(tHist, v), feat2(tHist, v, t.lw))
		}
		if i > 0 {
			out = append(out, feat(tHistM1, histValue(h, s.toks[i-1].lid)))
		}
		if i+1 < len(s.toks) {
			out = append(out, feat(tHistP1, histValue(h, s.toks[i+1].lid)))
		}
	}
	if dc.p1 != nil {
		out = s.stackFeatures(i, dc, s.capsValue(), out)
	}
	return out
}

// stackFeatures are the second-stage features: the first stage's tags
// around the token and its labels for the same form elsewhere.
func (s *sentence) stackFeatures(i int, dc *docCtx, caps uint64, out []uint32) []uint32 {
	t := &s.toks[i]
	tg := func(j int) uint64 {
		if j < 0 || j >= len(dc.cur) {
			return 99
		}
		return uint64(dc.cur[j])
	}
	out = append(out,
		feat(tP1Tag, tg(i)),
		feat2(tP1Tag2, tg(i-1), tg(i)),
		feat2(tP1Tag3, tg(i), tg(i+1)),
	)
	if t.flags&fAlpha != 0 {
		v := otherValue(dc.p1.counts, t.lid, dc.cur[i].label())
		out = append(out, feat2(tP1Other, v, caps), feat2(tP1OtherTag, v, tg(i)))
	}
	if i > 0 {
		p := &s.toks[i-1]
		out = append(out, feat(tP1OtherM1, otherValue(dc.p1.counts, p.lid, dc.cur[i-1].label())))
	}
	if i+1 < len(s.toks) {
		n := &s.toks[i+1]
		out = append(out, feat(tP1OtherP1, otherValue(dc.p1.counts, n.lid, dc.cur[i+1].label())))
	}
	return out
}

func appendGaz(out []uint32, tmpl uint64, g Gaz) []uint32 {
	if g == 0 {
		return out
	}
	pos := uint64(g & (GazBegin | GazInside | GazSingle))
	for b := GazPER; b <= GazPartial; b <<= 1 {
		if g&b&^(GazBegin|GazInside|GazSingle) != 0 {
			out = append(out, feat(tmpl, uint64(b)), feat2(tmpl, uint64(b), pos))
		}
	}
	return out
}
