package jumps

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Stats counts what Thread changed.
type Stats struct {
	Functions int // functions rewritten
	Direct    int // jumps made direct branches
	Kept      int // jumps back to an earlier block, left to the table
	Unknown   int // functions left as they are: an instruction Go does not emit
}

// ErrNotWasm reports input without the WebAssembly magic number and
// version 1.
var ErrNotWasm = errors.New("jumps: not a WebAssembly module")

const codeSection = 10

// Thread returns module with the block jumps of its Go-compiled
// functions made direct branches (see the package comment), and counts
// of what changed. The input is not modified. A module whose sections or
// code do not decode is an error wrapping ErrMalformed.
func Thread(module []byte) ([]byte, Stats, error) {
	var s Stats
	if len(module) < 8 || string(module[:8]) != "\x00asm\x01\x00\x00\x00" {
		return nil, s, ErrNotWasm
	}
	out := make([]byte, 0, len(module))
	out = append(out, module[:8]...)
	r := &reader{b: module, p: 8}
	for r.p < len(module) {
		start := r.p
		id := r.byte()
		body := r.bytes(uint64(r.u32()))
		if r.err != nil {
			return nil, s, fmt.Errorf("%w: section %d", r.err, id)
		}
		if id != codeSection {
			out = append(out, module[start:r.p]...)
			continue
		}
		direct := s.Direct
		code, err := threadCode(body, &s)
		if err != nil {
			return nil, s, err
		}
		if s.Direct == direct {
			out = append(out, module[start:r.p]...)
			continue
		}
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(code)))
		out = append(out, code...)
	}
	return out, s, nil
}

// threadCode rewrites the code section's function bodies.
func threadCode(sec []byte, s *Stats) ([]byte, error) {
	r := &reader{b: sec}
	n := r.u32()
	if r.err != nil {
		return nil, fmt.Errorf("%w: function count", r.err)
	}
	out := append(make([]byte, 0, len(sec)), sec[:r.p]...)
	for f := uint32(0); f < n; f++ {
		start := r.p
		body := r.bytes(uint64(r.u32()))
		if r.err != nil {
			return nil, fmt.Errorf("%w: function body %d", r.err, f)
		}
		nb, changed, err := threadBody(body, s)
		if err != nil {
			return nil, fmt.Errorf("function body %d: %w", f, err)
		}
		if !changed {
			out = append(out, sec[start:r.p]...)
			continue
		}
		out = binary.AppendUvarint(out, uint64(len(nb)))
		out = append(out, nb...)
	}
	if r.p != len(sec) {
		return nil, fmt.Errorf("%w: bytes after the last function body", ErrMalformed)
	}
	return out, nil
}

// threadBody rewrites one function body, locals then code, and reports
// whether it changed it.
func threadBody(body []byte, s *Stats) ([]byte, bool, error) {
	r := &reader{b: body}
	for groups := r.u32(); groups > 0 && r.err == nil; groups-- {
		r.u32()  // count
		r.byte() // type
	}
	if r.err != nil {
		return nil, false, r.err
	}
	code, changed, err := thread(body[r.p:], s)
	if err != nil || !changed {
		return body, false, err
	}
	return append(body[:r.p:r.p], code...), true, nil
}
