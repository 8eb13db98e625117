package jumps

import "errors"

// Opcodes the rewrite looks at.
const (
	opBlock    = 0x02
	opLoop     = 0x03
	opIf       = 0x04
	opEnd      = 0x0b
	opBr       = 0x0c
	opBrTable  = 0x0e
	opLocalGet = 0x20
	opLocalSet = 0x21
	opLocalTee = 0x22
	opI32Const = 0x41
)

// instr is one decoded instruction.
type instr struct {
	op         byte
	start, end int      // its bytes in the function body
	imm        int64    // first immediate: label, index or constant
	targets    []uint32 // br_table labels, default last
}

// opens reports whether in starts a structured block.
func (in *instr) opens() bool {
	return in.op == opBlock || in.op == opLoop || in.op == opIf
}

// errUnknownOpcode reports an instruction outside the set Go emits: the
// core instructions, sign extension, saturating conversions and bulk
// memory. A function holding one is left as it is.
var errUnknownOpcode = errors.New("jumps: unknown instruction")

// decode reads the instructions of a function body's expression.
func decode(code []byte) ([]instr, error) {
	r := &reader{b: code}
	out := make([]instr, 0, len(code)/2)
	for r.p < len(code) {
		in := instr{start: r.p}
		in.op = r.byte()
		if err := immediates(r, &in); err != nil {
			return nil, err
		}
		if r.err != nil {
			return nil, r.err
		}
		in.end = r.p
		out = append(out, in)
	}
	return out, nil
}

// immediates reads the immediates of in, whose opcode was just read.
func immediates(r *reader, in *instr) error {
	switch op := in.op; {
	case op == opBlock || op == opLoop || op == opIf:
		in.imm = r.sleb(33) // block type
	case op == opBr || op == 0x0d || op == 0x10 || // br, br_if, call
		op >= opLocalGet && op <= 0x24: // local and global access
		in.imm = int64(r.u32())
	case op == opBrTable:
		n := r.u32()
		if uint64(n) >= uint64(len(r.b)-r.p) { // every label takes a byte
			r.fail()
			return nil
		}
		in.targets = make([]uint32, n+1)
		for i := range in.targets {
			in.targets[i] = r.u32()
		}
	case op == 0x11: // call_indirect: type, table
		in.imm = int64(r.u32())
		r.u32()
	case op >= 0x28 && op <= 0x3e: // loads and stores: align, offset
		r.u32()
		in.imm = int64(r.u32())
	case op == 0x3f || op == 0x40: // memory.size, memory.grow
		r.byte()
	case op == opI32Const:
		in.imm = r.sleb(32)
	case op == 0x42: // i64.const
		in.imm = r.sleb(64)
	case op == 0x43: // f32.const
		r.skip(4)
	case op == 0x44: // f64.const
		r.skip(8)
	case op == 0x1c: // typed select
		r.skip(uint64(r.u32()))
	case op == 0xfc:
		return prefixed(r, in)
	case op <= 0x01 || op == 0x05 || op == opEnd || op == 0x0f || // unreachable, nop, else, end, return
		op == 0x1a || op == 0x1b || op >= 0x45 && op <= 0xc4: // drop, select, numeric
	default:
		return errUnknownOpcode
	}
	return nil
}

// prefixed reads a 0xfc instruction: saturating conversions and bulk
// memory.
func prefixed(r *reader, in *instr) error {
	sub := r.u32()
	switch {
	case sub <= 7: // trunc_sat
	case sub == 8: // memory.init: data, memory
		r.u32()
		r.byte()
	case sub == 9: // data.drop
		r.u32()
	case sub == 10: // memory.copy: two memories
		r.skip(2)
	case sub == 11: // memory.fill
		r.byte()
	default:
		return errUnknownOpcode
	}
	return nil
}
