package kb

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFollows(t *testing.T) {
	t.Parallel()
	tests := []struct {
		prev string
		p    int
		sfx  string
		want bool
	}{
		{"", 0, "a", true},
		{"", 0, "", false},       // an empty key
		{"ab", 2, "", false},     // the same key again
		{"ab", 2, " c", true},    // "ab c" extends "ab"
		{"ab", 1, "c", true},     // "ac"
		{"ab", 1, "a", false},    // "aa" sorts first
		{"ab", 1, "b", false},    // "ab" again, prefix not the longest
		{"ab", 1, "bc", true},    // "abc", prefix not the longest
		{"abc", 1, "b", false},   // "ab" sorts first
		{"ab", 0, "ab", false},   // "ab" again
		{"ab", 0, "b", true},     // "b"
		{"ab", 0, "aa", false},   // "aa"
		{"ab", 0, "abc", true},   // "abc"
		{"abc", 2, "c", false},   // "abc" again
		{"abc", 2, "d", true},    // "abd"
		{"abc", 2, "cd", true},   // "abcd"
		{"abc", 0, "abb", false}, // "abb"
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, follows([]byte(tc.prev), tc.p, []byte(tc.sfx)), "%q, %d, %q", tc.prev, tc.p, tc.sfx)
	}
}

func TestUvars(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   []byte
		n    int
		max  uint64
		want []uint64 // nil: the read fails
	}{
		{"one byte each", []byte{1, 0, 127}, 3, 1 << 8, []uint64{1, 0, 127}},
		{"several bytes", []byte{0x80, 0x01, 0xff, 0xff, 0x03}, 2, 1 << 20, []uint64{128, 65535}},
		{"none", nil, 0, 1, []uint64{}},
		{"at max", []byte{0x80, 0x02}, 1, 256, nil},
		{"cut short", []byte{0x80}, 1, 1 << 20, nil},
		{"fewer than asked", []byte{1}, 2, 1 << 20, nil},
		{"ten bytes", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}, 1, 1<<64 - 1, []uint64{1 << 63}},
		{"overflow", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, 1, 1<<64 - 1, nil},
		{"too long", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}, 1, 1<<64 - 1, nil},
		{"several chunks", counting(2*chunk + 3), 2*chunk + 3, 1 << 20, upTo(2*chunk + 3)},
		{"bad in a later chunk", append(counting(chunk+1), 0x80), chunk + 2, 1 << 20, nil},
		{"too large in a later chunk", counting(chunk + 2), chunk + 2, chunk + 1, nil},
	}
	for _, tc := range tests {
		r := &reader{b: tc.in}
		got := r.uvars(tc.n, tc.max)
		if tc.want == nil {
			assert.True(t, r.err, tc.name)
			continue
		}
		assert.False(t, r.err, tc.name)
		assert.Equal(t, tc.want, append([]uint64{}, got...), tc.name)
		assert.Equal(t, len(tc.in), r.p, tc.name)
	}
}

// counting encodes the varints 0 to n-1.
func counting(n int) []byte {
	var b []byte
	for i := range n {
		b = binary.AppendUvarint(b, uint64(i))
	}
	return b
}

// upTo returns 0 to n-1.
func upTo(n int) []uint64 {
	s := make([]uint64, n)
	for i := range s {
		s[i] = uint64(i)
	}
	return s
}

func TestInChunks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n, stopAt int // f fails on the range starting at stopAt (-1: none)
		want      [][2]int
		ok        bool
	}{
		{0, -1, nil, true},
		{1, -1, [][2]int{{0, 1}}, true},
		{chunk, -1, [][2]int{{0, chunk}}, true},
		{chunk + 1, -1, [][2]int{{0, chunk}, {chunk, chunk + 1}}, true},
		{3 * chunk, -1, [][2]int{{0, chunk}, {chunk, 2 * chunk}, {2 * chunk, 3 * chunk}}, true},
		{3 * chunk, chunk, [][2]int{{0, chunk}, {chunk, 2 * chunk}}, false},
		{3 * chunk, 0, [][2]int{{0, chunk}}, false},
	}
	for _, tc := range tests {
		var got [][2]int
		ok := inChunks(tc.n, func(lo, hi int) bool {
			got = append(got, [2]int{lo, hi})
			return lo != tc.stopAt
		})
		assert.Equal(t, tc.ok, ok, "n %d, stop at %d", tc.n, tc.stopAt)
		assert.Equal(t, tc.want, got, "n %d, stop at %d", tc.n, tc.stopAt)
	}
}

func TestFill(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 15, 16, 17, 31, 32, 33, 1000} {
		s := make([]uint16, n+2)
		fill(s[1:n+1], 7)
		for i, v := range s {
			want := uint16(7)
			if i == 0 || i == n+1 {
				want = 0 // outside the run
			}
			if v != want {
				t.Fatalf("fill of %d: element %d is %d, want %d", n, i, v, want)
			}
		}
	}
}
