package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing: every feature is a template id mixed with one or two
// 64-bit string hashes, folded to 32 bits. Token-level string hashes are
// computed once per token, so a feature costs one mix, and lowercase and
// shape forms are hashed rune by rune without building strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// fnvRune hashes r's UTF-8 bytes into h. The ASCII case is kept small
// enough to be inlined: analyze calls it several times per rune.
func fnvRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return fnvByte(h, byte(r))
	}
	return fnvRuneMulti(h, r)
}

// fnvRuneMulti is fnvRune for a rune of several bytes.
func fnvRuneMulti(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = fnvByte(h, b)
	}
	return h
}

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = fnvByte(h, s[i])
	}
	return h
}

// mix is a strong 64-bit mixer (the splitmix64 finalizer over a+b).
func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 + b
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return h
}

// feat folds a template and a value hash to a non-zero 32-bit key.
// (max rather than a branch keeps feat2 small enough to be inlined.)
func feat(t uint64, v uint64) uint32 {
	return max(uint32(mix(t, v)>>32), 1)
}

// feat2 is feat(t, mix(a, b)), spelled out so that it is inlined: the
// features of a token make a dozen calls.
func feat2(t uint64, a, b uint64) uint32 { return max(uint32(mix(t, mix(a, b))>>32), 1) }

// runeClass maps a rune to its shape character. The ASCII case is a
// table load, small enough to be inlined: analyze calls it per rune.
func runeClass(r rune) rune {
	if r < utf8.RuneSelf {
		return rune(asciiClass[r])
	}
	return runeClassUnicode(r)
}

// asciiClass holds runeClass of the ASCII runes: letters and digits map
// to X, x and d, the others to themselves.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for r := range c {
		switch {
		case r >= 'A' && r <= 'Z':
			c[r] = 'X'
		case r >= 'a' && r <= 'z':
			c[r] = 'x'
		case r >= '0' && r <= '9':
			c[r] = 'd'
		default:
			c[r] = uint8(r)
		}
	}
	return c
}()

// runeClassUnicode is runeClass beyond ASCII.
func runeClassUnicode(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'o'
}

// toLower is unicode.ToLower with an inlined ASCII case.
func toLower(r rune) rune {
	if r >= utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	return r
}
