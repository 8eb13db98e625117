package article

import (
	"unicode/utf8"

	"github.com/newslens/newslens/article/internal/swar"
)

// jsonEscapes maps each ASCII byte a JSON string must not hold as is to
// its escape, exactly as encoding/json writes it by default: quotes,
// backslashes and control characters, and <, > and & so that the JSON
// can sit in an HTML script element. Other bytes map to "".
var jsonEscapes = func() (t [utf8.RuneSelf]string) {
	const hex = "0123456789abcdef"
	for c := range 0x20 {
		t[c] = `\u00` + hex[c>>4:c>>4+1] + hex[c&0xF:c&0xF+1]
	}
	t['\b'], t['\f'], t['\n'], t['\r'], t['\t'] = `\b`, `\f`, `\n`, `\r`, `\t`
	t['"'], t['\\'] = `\"`, `\\`
	t['<'], t['>'], t['&'] = `\u003c`, `\u003e`, `\u0026`
	return t
}()

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it: the bytes of jsonEscapes, U+2028 and U+2029 (line
// terminators in JavaScript), and invalid UTF-8 as U+FFFD. Runs of eight
// bytes that need no escape are copied as one word: article HTML and text
// are mostly such runs, and a byte loop costs most in WebAssembly.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := swar.Load(s, i); swar.PrintableASCII(x) && !jsonSpecial(x) {
				i += 8
				continue
			}
		}
		// Bytes one at a time up to the end of this word: a word with
		// one escape often holds more (markup is dense with < and >).
		for end := min(i+8, len(s)); i < end && s[i] < utf8.RuneSelf; i++ {
			if e := jsonEscapes[s[i]]; e != "" {
				b = append(append(b, s[start:i]...), e...)
				start = i + 1
			}
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if e := runeEscape(r, size); e != "" {
				b = append(append(b, s[start:i]...), e...)
				start = i + size
			}
			i += size
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// runeEscape returns the escape of a non-ASCII rune JSON output must not
// hold as is, "" for the others.
func runeEscape(r rune, size int) string {
	switch {
	case r == utf8.RuneError && size == 1:
		return `\ufffd`
	case r == '\u2028':
		return `\u2028`
	case r == '\u2029':
		return `\u2029`
	}
	return ""
}

// jsonSpecial reports whether a byte of printable ASCII word x is one
// jsonEscapes escapes.
func jsonSpecial(x uint64) bool {
	return swar.HasByte(x, '"') || swar.HasByte(x, '\\') || swar.HasByte(x, '<') || swar.HasByte(x, '>') || swar.HasByte(x, '&')
}
