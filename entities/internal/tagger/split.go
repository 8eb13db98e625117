package tagger

import (
	"slices"
	"strings"
)

// The model was trained on tokens as package token cuts them, with each
// hyphen a token of its own. Callers that keep hyphenated words whole
// ("Tehran-backed") are served by splitting them here and mapping the
// spans back onto their tokens.

// hyphens are the joining hyphens package token splits off.
var hyphens = [...]string{"-", "\u2010", "\u2011"}

func hasHyphen(s string) bool {
	if len(s) < 2 {
		return false
	}
	// One pass over the bytes: "-", or U+2010 and U+2011 (E2 80 90/91).
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91) {
				return true
			}
		}
	}
	return false
}

// splitHyphens returns the document with hyphenated tokens split, and for
// each sentence the index of the caller's token every piece came from;
// nil maps when nothing needed splitting. The result lives in w's
// buffers.
func (w *workspace) splitHyphens(doc [][]Token) ([][]Token, [][]int) {
	need := false
	for _, s := range doc {
		for _, t := range s {
			if hasHyphen(t.Text) {
				need = true
			}
		}
	}
	if !need {
		return doc, nil
	}
	w.ptoks, w.pfrom, w.pstart = w.ptoks[:0], w.pfrom[:0], w.pstart[:0]
	for _, s := range doc {
		w.pstart = append(w.pstart, len(w.ptoks))
		for j, t := range s {
			n := len(w.ptoks)
			w.ptoks = appendPieces(w.ptoks, t)
			for range len(w.ptoks) - n {
				w.pfrom = append(w.pfrom, j)
			}
		}
	}
	w.pstart = append(w.pstart, len(w.ptoks))
	w.pdoc = slices.Grow(w.pdoc[:0], len(doc))[:len(doc)]
	w.porig = slices.Grow(w.porig[:0], len(doc))[:len(doc)]
	for i := range doc {
		a, b := w.pstart[i], w.pstart[i+1]
		w.pdoc[i], w.porig[i] = w.ptoks[a:b:b], w.pfrom[a:b:b]
	}
	return w.pdoc, w.porig
}

// appendPieces appends t cut at its hyphens; pieces keep t's gazetteer bits.
func appendPieces(dst []Token, t Token) []Token {
	s := t.Text
	if !hasHyphen(s) {
		return append(dst, t)
	}
	for s != "" {
		at, size := -1, 0
		for _, h := range hyphens {
			if k := strings.Index(s, h); k >= 0 && (at < 0 || k < at) {
				at, size = k, len(h)
			}
		}
		if at < 0 {
			return append(dst, Token{Text: s, Gaz: t.Gaz})
		}
		if at > 0 {
			dst = append(dst, Token{Text: s[:at], Gaz: t.Gaz})
		}
		dst = append(dst, Token{Text: s[at : at+size], Gaz: t.Gaz})
		s = s[at+size:]
	}
	return dst
}

// mapBack turns spans over pieces into spans over the caller's tokens,
// merging spans that land on the same tokens.
func mapBack(ss []Span, orig []int) []Span {
	out := ss[:0]
	for _, sp := range ss {
		sp.Start, sp.End = orig[sp.Start], orig[sp.End-1]+1
		if n := len(out); n > 0 && out[n-1].End > sp.Start {
			out[n-1].End = max(out[n-1].End, sp.End)
			out[n-1].Score = min(out[n-1].Score, sp.Score)
			continue
		}
		out = append(out, sp)
	}
	return out
}
