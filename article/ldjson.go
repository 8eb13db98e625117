package article

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxJSONDepth is the nesting encoding/json accepts.
const maxJSONDepth = 10000

// decodeJSON decodes s as json.Unmarshal does into an any (maps, slices,
// strings, float64, bool, nil), and fails on the same inputs: it is the
// same grammar and the same string and number rules, without the
// reflection and the per-byte scanner calls that make encoding/json slow
// in js/wasm builds. Strings without escapes or invalid bytes are shared
// with s.
func decodeJSON(s string) (any, bool) {
	p := jsonParser{s: s}
	v, ok := p.value()
	if !ok {
		return nil, false
	}
	p.space()
	return v, p.i == len(s)
}

// jsonParser reads one JSON text.
type jsonParser struct {
	s     string
	i     int
	depth int
}

func (p *jsonParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value() (any, bool) {
	p.space()
	if p.i >= len(p.s) {
		return nil, false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	return nil, false
}

func (p *jsonParser) literal(word string) bool {
	if !strings.HasPrefix(p.s[p.i:], word) {
		return false
	}
	p.i += len(word)
	return true
}

func (p *jsonParser) object() (any, bool) {
	if p.depth++; p.depth > maxJSONDepth {
		return nil, false
	}
	p.i++ // {
	m := map[string]any{}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		p.depth--
		return m, true
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		k, ok := p.str()
		if !ok {
			return nil, false
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		v, ok := p.value()
		if !ok {
			return nil, false
		}
		m[k.(string)] = v
		if !p.next('}') {
			return nil, false
		}
		if p.s[p.i-1] == '}' {
			p.depth--
			return m, true
		}
	}
}

func (p *jsonParser) array() (any, bool) {
	if p.depth++; p.depth > maxJSONDepth {
		return nil, false
	}
	p.i++ // [
	a := make([]any, 0)
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		p.depth--
		return a, true
	}
	for {
		v, ok := p.value()
		if !ok {
			return nil, false
		}
		a = append(a, v)
		if !p.next(']') {
			return nil, false
		}
		if p.s[p.i-1] == ']' {
			p.depth--
			return a, true
		}
	}
}

// next reads the ',' or the closing byte after an element.
func (p *jsonParser) next(closing byte) bool {
	p.space()
	if p.i < len(p.s) && (p.s[p.i] == ',' || p.s[p.i] == closing) {
		p.i++
		return true
	}
	return false
}

// number reads a JSON number as a float64; one out of its range fails,
// as it does for encoding/json.
func (p *jsonParser) number() (any, bool) {
	s, start := p.s, p.i
	i := start
	if s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digitsEnd(s, i)
	default:
		return nil, false
	}
	if i < len(s) && s[i] == '.' {
		if j := digitsEnd(s, i+1); j > i+1 {
			i = j
		} else {
			return nil, false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digitsEnd(s, i)
		if j == i {
			return nil, false
		}
		i = j
	}
	p.i = i
	f, err := strconv.ParseFloat(s[start:i], 64)
	return f, err == nil
}

func digitsEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// str reads a string at the opening quote. Invalid UTF-8 bytes become
// U+FFFD one by one, and a \u escape of a lone surrogate becomes U+FFFD,
// as in encoding/json.
func (p *jsonParser) str() (any, bool) {
	s := p.s
	start := p.i + 1
	i := start
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			p.i = i + 1
			return s[start:i], true
		case c == '\\' || c < ' ':
			return p.strSlow(start, i)
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return p.strSlow(start, i)
			}
			i += size
		}
	}
	return nil, false
}

// strSlow finishes a string from s[at], with s[start:at] plain text.
func (p *jsonParser) strSlow(start, at int) (any, bool) {
	s := p.s
	var b strings.Builder
	b.WriteString(s[start:at])
	for i := at; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			p.i = i + 1
			return b.String(), true
		case c < ' ':
			return nil, false
		case c == '\\':
			n, ok := unescapeJSON(&b, s, i)
			if !ok {
				return nil, false
			}
			i = n
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r) // RuneError for an invalid byte
			i += size
		}
	}
	return nil, false
}

// unescapeJSON writes the escape at s[i] ('\\') and returns the index
// after it.
func unescapeJSON(b *strings.Builder, s string, i int) (int, bool) {
	if i+1 >= len(s) {
		return 0, false
	}
	switch c := s[i+1]; c {
	case '"', '\\', '/':
		b.WriteByte(c)
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r := hex4(s, i+2)
		if r < 0 {
			return 0, false
		}
		i += 6
		if utf16.IsSurrogate(r) {
			if dec := utf16.DecodeRune(r, hex4u(s, i)); dec != utf8.RuneError {
				b.WriteRune(dec)
				return i + 6, true
			}
			r = utf8.RuneError
		}
		b.WriteRune(r)
		return i, true
	default:
		return 0, false
	}
	return i + 2, true
}

// hex4u returns the value of a \uXXXX escape at s[i], -1 if there is none.
func hex4u(s string, i int) rune {
	if i+1 >= len(s) || s[i] != '\\' || s[i+1] != 'u' {
		return -1
	}
	return hex4(s, i+2)
}

// hex4 returns the value of the four hex digits at s[i], -1 if there are
// not four.
func hex4(s string, i int) rune {
	if i+4 > len(s) {
		return -1
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
