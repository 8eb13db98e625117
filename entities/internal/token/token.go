package token

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits, inner apostrophes or abbreviation periods
	Number             // digits, possibly with inner "," or "."
	Hyphen             // a hyphen or dash joining or separating words
	Punct              // any other single punctuation or symbol rune
)

// Token is one token of a text.
type Token struct {
	// Start and End are byte offsets: text[Start:End] == Text.
	Start, End int
	Text       string
	Kind       Kind
	// SpaceBefore reports whether white space (or the start of the text)
	// precedes the token; it is false inside "al-Kadhimi" and before "'s".
	SpaceBefore bool
}

// Tokenize splits text into tokens. It runs in linear time and never
// fails; invalid UTF-8 bytes become single-byte Punct tokens.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text to toks, as Tokenize returns
// them, so that a caller may reuse a buffer.
func AppendTokens(toks []Token, text string) []Token {
	space := true
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\n' {
			space = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		end, kind := scan(text, i, r, size)
		toks = append(toks, Token{Start: i, End: end, Text: text[i:end], Kind: kind, SpaceBefore: space})
		space = false
		i = end
	}
	return toks
}

// scan returns the end and kind of the token starting at i with rune r.
func scan(text string, i int, r rune, size int) (int, Kind) {
	switch {
	case isWordRune(r):
		return scanWord(text, i)
	case isHyphen(r):
		return i + size, Hyphen
	case isApostrophe(r):
		// A possessive or contraction suffix: "'s", "'re", "'ll".
		if end := i + size; end < len(text) {
			j := end
			for j < len(text) && j-end < 3 && isASCIILetter(text[j]) {
				j++
			}
			if j > end && !startsWord(text, j) {
				return j, Word
			}
		}
		return i + size, Punct
	default:
		return i + size, Punct
	}
}

// scanWord scans a word or number starting at i.
func scanWord(text string, i int) (int, Kind) {
	j, digits, letters := i, 0, 0
	for j < len(text) {
		// ASCII letters and digits first: most of a news text.
		if c := text[j]; '0' <= c && c <= '9' {
			digits++
			j++
			continue
		} else if isASCIILetter(c) {
			letters++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			letters++
		case (r == ',' || r == '.') && digits > 0 && letters == 0 && isDigitAt(text, j+1):
			// "3,000" and "1.5" stay whole.
		case isApostrophe(r) && letters > 0 && inWordApostrophe(text, j, size):
			// "Kata'ib", "O'Brien", "don't".
		case Invisible(r) && letters+digits > 0 && startsWord(text, j+size):
			// "Vladi\u00admir": a soft hyphen (or a joiner) marks where
			// a browser may break or join the word, not where it ends.
		default:
			return wordEnd(text, i, j, letters)
		}
		j += size
	}
	return wordEnd(text, i, j, letters)
}

// wordEnd extends a word over abbreviation periods ("U.S.", "Gen.").
func wordEnd(text string, start, end, letters int) (int, Kind) {
	if letters == 0 {
		return end, Number
	}
	if end < len(text) && text[end] == '.' {
		if e := acronymEnd(text, start, end); e > end {
			return e, Word
		}
		if isAbbreviation(text[start:end]) {
			return end + 1, Word
		}
	}
	return end, Word
}

// acronymEnd returns the end of a dotted acronym such as "U.S." or
// "U.S.A." that starts with the one-letter word text[start:end] (followed
// by '.' at end), or end when there is none.
func acronymEnd(text string, start, end int) int {
	if utf8.RuneCountInString(text[start:end]) != 1 {
		return end
	}
	j := end
	for j+1 < len(text) {
		r, size := utf8.DecodeRuneInString(text[j+1:])
		k := j + 1 + size
		if !unicode.IsLetter(r) || k >= len(text) || text[k] != '.' {
			break
		}
		j = k
	}
	if j == end {
		return end
	}
	return j + 1
}

// inWordApostrophe reports whether the apostrophe at j (of size bytes)
// sits inside a word rather than starting a possessive "'s" ending.
func inWordApostrophe(text string, j, size int) bool {
	k := j + size
	if k >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsLetter(r) {
		return false
	}
	// "'s" followed by a non-letter is the possessive: split it off.
	if (text[k] == 's' || text[k] == 'S') && !startsWord(text, k+1) {
		return false
	}
	return true
}

// startsWord reports whether a letter or digit starts at i.
func startsWord(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func isDigitAt(text string, i int) bool { return i < len(text) && text[i] >= '0' && text[i] <= '9' }

func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Invisible reports whether r is a format character a word may hold
// without showing it: the soft hyphen, the zero-width joiner and
// non-joiner and the word joiner. Folding drops them.
func Invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200c', '\u200d', '\u2060':
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return false
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		return true
	}
	return false
}
