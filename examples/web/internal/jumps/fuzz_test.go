package jumps

import (
	"bytes"
	"testing"
)

// FuzzThread checks that any input gives an error or a module that
// threads to itself: every jump Thread can make direct, it made direct.
func FuzzThread(f *testing.F) {
	f.Add(module(fn(goJump(2, 2), goJump(0, 1), goJump(1, 0))))
	f.Add(module(fn(ops(get(1), ifThen(), goJump(2, 3), end()), nil, nil)))
	f.Add(module(body(ops(block(), prologue(2), goJump(1, 1), end(), epilogue(), end()))))
	f.Add(module(fn(goJump(1, 1), ops(get(0), op(0x1a)))))
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		keep := bytes.Clone(in)
		out, s, err := Thread(in)
		if !bytes.Equal(in, keep) {
			t.Fatal("input modified")
		}
		if err != nil {
			return
		}
		if s.Direct == 0 && !bytes.Equal(out, in) {
			t.Fatal("output differs with no jump made direct")
		}
		again, s2, err := Thread(out)
		if err != nil {
			t.Fatalf("output does not thread: %v", err)
		}
		if s2.Direct != 0 || !bytes.Equal(again, out) {
			t.Fatalf("threading the output again changed it: %+v", s2)
		}
	})
}
