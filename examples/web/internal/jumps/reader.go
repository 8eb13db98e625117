package jumps

import "errors"

// ErrMalformed reports a module that ends early or holds a value that
// does not fit its encoding.
var ErrMalformed = errors.New("jumps: malformed WebAssembly module")

// reader reads the binary encoding. Its first failure sticks: later
// reads return zero, and err reports it.
type reader struct {
	b   []byte
	p   int
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = ErrMalformed
	}
	r.p = len(r.b)
}

// byte reads one byte.
func (r *reader) byte() byte {
	if r.p >= len(r.b) {
		r.fail()
		return 0
	}
	c := r.b[r.p]
	r.p++
	return c
}

// skip skips n bytes.
func (r *reader) skip(n uint64) {
	if n > uint64(len(r.b)-r.p) {
		r.fail()
		return
	}
	r.p += int(n)
}

// bytes reads n bytes.
func (r *reader) bytes(n uint64) []byte {
	start := r.p
	r.skip(n)
	if r.err != nil {
		return nil
	}
	return r.b[start:r.p]
}

// uleb reads an unsigned LEB128 number of at most bits bits.
func (r *reader) uleb(bits uint) uint64 {
	var x uint64
	for shift := uint(0); ; shift += 7 {
		c := r.byte()
		if r.err != nil || shift >= bits {
			r.fail()
			return 0
		}
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
}

// sleb reads a signed LEB128 number of at most bits bits.
func (r *reader) sleb(bits uint) int64 {
	var x int64
	for shift := uint(0); ; {
		c := r.byte()
		if r.err != nil || shift >= bits {
			r.fail()
			return 0
		}
		x |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if shift < 64 && c&0x40 != 0 {
				x |= -1 << shift
			}
			return x
		}
	}
}

// u32 reads an unsigned 32-bit LEB128 number.
func (r *reader) u32() uint32 { return uint32(r.uleb(32)) }
