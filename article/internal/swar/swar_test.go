package swar

import (
	"strings"
	"testing"
)

// TestSWAR checks the word-at-a-time helpers against byte loops, for
// every byte value at every position among other bytes.
func TestSWAR(t *testing.T) {
	t.Parallel()
	for _, fill := range []byte{'a', ' ', 0, 0x7f, 0x80, 0xff, '&'} {
		for c := 0; c < 256; c++ {
			for pos := range 8 {
				w := []byte(strings.Repeat(string([]byte{fill}), 8))
				w[pos] = byte(c)
				x := Load(string(w), 0)
				printable, mask := true, uint64(0)
				for i, b := range w {
					printable = printable && b >= 0x20 && b < 0x80
					if b == ' ' {
						mask |= 0x80 << (8 * i)
					}
				}
				if PrintableASCII(x) != printable || Equal(x, ' ') != mask || HasByte(x, ' ') != (mask != 0) {
					t.Fatalf("word %q: printable %v, spaces %#x, has %v", w, PrintableASCII(x), Equal(x, ' '), HasByte(x, ' '))
				}
			}
		}
	}
}
