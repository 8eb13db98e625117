//go:build js && wasm

package main

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/newslens/newslens/entities"
)

// toUTF16 rewrites the byte offsets *p into s as offsets in UTF-16 code
// units, the unit of JavaScript string indices. It sorts the pointers and
// walks s once, so the cost is O(len(s) + n log n) with no per-byte table.
//
// The walk counts runes the way encoding/json and syscall/js see them: a
// rune above U+FFFF is two code units (a surrogate pair) and every other
// rune, including each byte of an invalid sequence (which JSON encodes as
// U+FFFD), is one. An offset inside a rune, which a valid mention never
// has, maps to the end of that rune; an offset past len(s) maps to the end.
func toUTF16(s string, offs []*int) {
	slices.SortFunc(offs, func(a, b *int) int { return cmp.Compare(*a, *b) })
	b, u := 0, 0
	for _, p := range offs {
		o := min(*p, len(s))
		for b < o {
			c := s[b]
			if c < utf8.RuneSelf {
				b++
				u++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[b:])
			b += size
			u += utf16Len(r)
		}
		*p = u
	}
}

// utf16Len is the number of UTF-16 code units that encode r.
func utf16Len(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}

// mentionsUTF16 returns a copy of ms whose Start and End count UTF-16 code
// units of text instead of bytes. ms itself is left unchanged.
func mentionsUTF16(text string, ms []entities.Mention) []entities.Mention {
	out := make([]entities.Mention, len(ms))
	copy(out, ms)
	if isASCII(text) {
		return out
	}
	offs := make([]*int, 0, 2*len(out))
	for i := range out {
		offs = append(offs, &out[i].Start, &out[i].End)
	}
	toUTF16(text, offs)
	return out
}

// isASCII reports whether s has only 7-bit characters, for which byte and
// UTF-16 offsets agree.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
