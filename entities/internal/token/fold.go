package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the normalized form of a token or phrase used as a lookup
// key: lower case, Latin diacritics removed ("Zürich" → "zurich"),
// apostrophes, periods and invisible format characters dropped
// ("Kata'ib" → "kataib", "U.S." → "us").
// Hyphens and spaces are kept as they are; callers fold token by token.
func Fold(s string) string {
	if isPlainLower(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == '.' || isApostrophe(r) {
			continue
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if unicode.Is(unicode.Mn, r) || Invisible(r) {
			continue // a combining accent, a soft hyphen
		}
		if base, ok := foldLatin(r); ok {
			b.WriteString(base)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isPlainLower reports whether s is already folded ASCII.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '.' || c == '\'' || c == '`' {
			return false
		}
	}
	return true
}

func isLower(r rune) bool { return unicode.IsLower(r) }

// foldLatin maps a precomposed Latin letter to its lower-case base letters.
func foldLatin(r rune) (string, bool) {
	if r >= 0xC0 && r < 0x180 {
		if s := latinFold[r-0xC0]; s != "" && s != "-" {
			return s, true
		}
		return "", false
	}
	switch r {
	case 'ș', 'Ș', 'ş', 'Ş':
		return "s", true
	case 'ț', 'Ț', 'ţ', 'Ţ':
		return "t", true
	case 'ǧ', 'Ǧ':
		return "g", true
	case 'ḥ', 'Ḥ':
		return "h", true
	case 'ṣ', 'Ṣ':
		return "s", true
	case 'ṭ', 'Ṭ':
		return "t", true
	case 'ẓ', 'Ẓ':
		return "z", true
	case 'ḍ', 'Ḍ':
		return "d", true
	}
	return "", false
}

// latinFold covers U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A); "-" marks a non-letter in that range.
var latinFold = [...]string{
	// U+00C0
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	// U+00D0
	"d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "ss",
	// U+00E0
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	// U+00F0
	"d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "y",
	// U+0100
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	// U+0110
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	// U+0120
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	// U+0130
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	// U+0140
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	// U+0150
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	// U+0160
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	// U+0170
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
}
