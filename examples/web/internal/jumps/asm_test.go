package jumps

import "encoding/binary"

// A small assembler for the tests' function bodies: each helper returns
// one instruction's bytes.

func ops(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func op(c byte) []byte              { return []byte{c} }
func withU(c byte, x uint64) []byte { return binary.AppendUvarint([]byte{c}, x) }
func block() []byte                 { return []byte{opBlock, 0x40} }
func loop() []byte                  { return []byte{opLoop, 0x40} }
func ifThen() []byte                { return []byte{opIf, 0x40} }
func end() []byte                   { return op(opEnd) }
func br(l int) []byte               { return withU(opBr, uint64(l)) }
func brIf(l int) []byte             { return withU(0x0d, uint64(l)) }
func get(n int) []byte              { return withU(opLocalGet, uint64(n)) }
func set(n int) []byte              { return withU(opLocalSet, uint64(n)) }
func i32(k int64) []byte            { return sleb([]byte{opI32Const}, k) }
func unreachable() []byte           { return op(0x00) }

// brTable is br_table with labels ls, the last the default.
func brTable(ls ...int) []byte {
	b := withU(opBrTable, uint64(len(ls)-1))
	for _, l := range ls {
		b = binary.AppendUvarint(b, uint64(l))
	}
	return b
}

// goJump is Go's jump to block k from a place where the entry loop is
// label l.
func goJump(k int64, l int) []byte { return ops(i32(k), set(0), br(l)) }

// prologue opens Go's entry loop with n blocks and the table on PC_B
// that sends k to block k.
func prologue(n int) []byte {
	b := loop()
	for range n {
		b = append(b, block()...)
	}
	ls := make([]int, n)
	for i := range ls {
		ls[i] = i
	}
	return ops(b, get(0), brTable(ls...), end())
}

// epilogue closes the entry loop and the function.
func epilogue() []byte { return ops(end(), unreachable(), end()) }

// body wraps code as a function body with one group of two i64 locals.
func body(code []byte) []byte { return ops([]byte{1, 2, 0x7e}, code) }

// module wraps function bodies as a module holding only a code section.
func module(bodies ...[]byte) []byte {
	sec := binary.AppendUvarint(nil, uint64(len(bodies)))
	for _, b := range bodies {
		sec = binary.AppendUvarint(sec, uint64(len(b)))
		sec = append(sec, b...)
	}
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, codeSection)
	m = binary.AppendUvarint(m, uint64(len(sec)))
	return append(m, sec...)
}

// fn is a Go-shaped function body whose blocks hold codes: in block i of
// n, the entry loop is label n-1-i (plus any nesting inside the block).
func fn(blocks ...[]byte) []byte {
	b := prologue(len(blocks))
	for i, c := range blocks {
		b = append(b, c...)
		if i < len(blocks)-1 {
			b = append(b, end()...)
		}
	}
	return body(ops(b, epilogue()))
}

// sleb appends x in signed LEB128.
func sleb(b []byte, x int64) []byte {
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if x == 0 && c&0x40 == 0 || x == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
