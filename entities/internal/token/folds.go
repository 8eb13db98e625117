package token

import "unicode/utf8"

// AppendFold appends Fold(s) to b, without allocating when s is ASCII.
func AppendFold(b []byte, s string) []byte {
	start := len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return append(b[:start], Fold(s)...)
		case c == '.' || c == '\'' || c == '`':
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return b
}

// Folds returns Fold of every token's text. A word already folded
// ("said") is its own fold; the others share one backing string, so a
// text costs a few allocations, not one per word.
func Folds(toks []Token) []string {
	return AppendFolds(make([]string, 0, len(toks)), toks)
}

// AppendFolds appends Folds(toks) to dst, so that a caller may reuse a
// buffer.
func AppendFolds(dst []string, toks []Token) []string {
	n := len(dst)
	dst = append(dst, make([]string, len(toks))...)
	out := dst[n:]
	// Most words need no folding; the others take a few bytes each.
	buf := make([]byte, 0, 2*len(toks))
	ends := make([]int32, 0, len(toks)/2) // end in buf of each token folded there
	for i, t := range toks {
		if isPlainLower(t.Text) {
			out[i] = t.Text
			continue
		}
		buf = AppendFold(buf, t.Text)
		ends = append(ends, int32(len(buf)))
	}
	all, start, k := string(buf), int32(0), 0
	for i, t := range toks {
		if out[i] == "" && t.Text != "" { // folded into buf
			out[i], start = all[start:ends[k]], ends[k]
			k++
		}
	}
	return dst
}
