package token

import "strings"

// Span is a half-open range [Start, End) of token indices.
type Span struct{ Start, End int }

// Sentences splits toks, the tokens of text, into sentences. A sentence
// ends after ".", "!", "?" or "…" (with any closing quotes and brackets)
// when the next token starts a new sentence, and at every line break, so
// headlines and captions without a final period stand alone.
// Abbreviation tokens such as "Gen." and "U.S." keep their period and
// do not end a sentence.
func Sentences(text string, toks []Token) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(toks); i++ {
		if i > start && lineBreakBetween(text, toks[i-1], toks[i]) {
			out = append(out, Span{start, i})
			start = i
		}
		if !isTerminal(toks[i].Text) {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) && !toks[j].SpaceBefore {
			j++
		}
		if j == len(toks) || startsSentence(toks[j]) {
			out = append(out, Span{start, j})
			start = j
			i = j - 1
		}
	}
	if start < len(toks) {
		out = append(out, Span{start, len(toks)})
	}
	return out
}

func lineBreakBetween(text string, a, b Token) bool {
	return strings.IndexByte(text[a.End:b.Start], '\n') >= 0
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "…", "?!", "!?":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether t can begin a sentence: it follows white
// space and does not start in lower case.
func startsSentence(t Token) bool {
	if !t.SpaceBefore {
		return false
	}
	for _, r := range t.Text {
		return !isLower(r)
	}
	return true
}
