package tagger

import "strings"

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
	for _, h := range hyphens {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// splitHyphens returns the document with hyphenated tokens split, and for
// each sentence the index of the caller's token every piece came from;
// nil maps when nothing needed splitting.
func splitHyphens(doc [][]Token) ([][]Token, [][]int) {
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
	out := make([][]Token, len(doc))
	orig := make([][]int, len(doc))
	for i, s := range doc {
		for j, t := range s {
			n := len(out[i])
			out[i] = appendPieces(out[i], t)
			for range len(out[i]) - n {
				orig[i] = append(orig[i], j)
			}
		}
	}
	return out, orig
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
