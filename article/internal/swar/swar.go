// Package swar tests eight bytes at a time ("SIMD within a register").
//
// The js/wasm build has no vector instructions and pays for every
// iteration of a byte-by-byte loop, so the long scans of article text
// (measuring, walking, escaping, binary detection) test whole words where
// they can and fall back to bytes where a word does not qualify.
package swar

// Constants: a byte of ones, and the high bit of every byte.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// Load reads b[i:i+8] as a little-endian word.
func Load[T string | []byte](b T, i int) uint64 {
	b = b[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// PrintableASCII reports a word of bytes from 0x20 to 0x7f.
func PrintableASCII(x uint64) bool {
	return (x-0x20*lsb)&^x&msb == 0 && x&msb == 0
}

// HasByte reports whether a byte of x equals c.
func HasByte(x uint64, c byte) bool {
	y := x ^ uint64(c)*lsb
	return (y-lsb)&^y&msb != 0
}

// Equal returns a mask with the high bit set in each byte of x equal to
// c, and only there.
func Equal(x uint64, c byte) uint64 {
	y := x ^ uint64(c)*lsb
	return ^((y&^msb + ^msb&(lsb*0x7f)) | y) & msb
}
