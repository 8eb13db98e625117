package jumps

import (
	"encoding/binary"
	"errors"
)

// entryLoop is a function's entry loop: blocks blocks nested inside it,
// the innermost holding the br_table on PC_B (local 0). The code of
// block k follows the end of the k-th block counted from the innermost,
// so a branch to that block's label is a jump to block k.
type entryLoop struct {
	at     int      // index of the loop instruction
	blocks int      // blocks nested in the loop
	table  []uint32 // the br_table's labels, default last
	first  int      // index of the first instruction of block 0's code
}

// findEntryLoop recognises the entry loop: the first structured
// instruction of the body, or the second after the block the runtime
// unwinds to, followed by the nested blocks, local.get 0 and the
// br_table.
func findEntryLoop(is []instr) (entryLoop, bool) {
	var l entryLoop
	opened := 0
	for l.at = 0; l.at < len(is) && is[l.at].op != opLoop; l.at++ {
		if is[l.at].op != opBlock && (is[l.at].opens() || is[l.at].op == opEnd || is[l.at].op == opBrTable) {
			return l, false
		}
		if is[l.at].op == opBlock {
			opened++
		}
	}
	if l.at == len(is) || opened > 1 {
		return l, false
	}
	i := l.at + 1
	for i < len(is) && is[i].op == opBlock {
		i++
	}
	l.blocks = i - l.at - 1
	if l.blocks == 0 || i+2 >= len(is) ||
		is[i].op != opLocalGet || is[i].imm != 0 || is[i+1].op != opBrTable || is[i+2].op != opEnd {
		return l, false
	}
	l.table = is[i+1].targets
	for _, t := range l.table {
		if int(t) >= l.blocks {
			return l, false // a label past the blocks: not Go's table
		}
	}
	l.first = i + 3
	return l, true
}

// target returns the block a jump with PC_B k goes to, as the table does.
func (l *entryLoop) target(k int64) int {
	if k >= 0 && k < int64(len(l.table)-1) {
		return int(l.table[k])
	}
	return int(l.table[len(l.table)-1])
}

// jump is a jump found in a block's code: i32.const k; local.set 0;
// br to the entry loop.
type jump struct {
	at    int // index of the br
	block int // the block it is in
	depth int // the br's label: the entry loop's depth there
	to    int // the block it goes to
}

// scan walks the blocks' code and returns its jumps, and whether PC_B is
// only read by the table: then a direct jump need not set it.
func (l *entryLoop) scan(is []instr) (jumps []jump, pcDead bool, ok bool) {
	block, depth := 0, 0
	pcDead = true
	for i := l.first; i < len(is); i++ {
		in := &is[i]
		loop := depth + l.blocks - 1 - block // the entry loop's label here
		switch in.op {
		case opBlock, opLoop, opIf:
			depth++
		case opEnd:
			if depth > 0 {
				depth--
				continue
			}
			if block++; block == l.blocks {
				return jumps, pcDead, true
			}
		case opBr:
			if int(in.imm) != loop {
				continue
			}
			if i < 2 || is[i-1].op != opLocalSet || is[i-1].imm != 0 || is[i-2].op != opI32Const {
				pcDead = false // reaches the table with a PC_B set elsewhere
				continue
			}
			jumps = append(jumps, jump{at: i, block: block, depth: loop, to: l.target(is[i-2].imm)})
		case 0x0d: // br_if
			if int(in.imm) == loop {
				pcDead = false
			}
		case opBrTable:
			for _, t := range in.targets {
				if int(t) == loop {
					pcDead = false
				}
			}
		case opLocalGet:
			if in.imm == 0 && !setJustBefore(is, i) {
				pcDead = false
			}
		}
	}
	return nil, false, false // the loop never ends
}

// setJustBefore reports whether local 0, read at i, was set one or two
// instructions before, with no branch in between: Go uses PC_B so as a
// scratch register around indirect calls.
func setJustBefore(is []instr, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch is[j].op {
		case opLocalSet, opLocalTee:
			if is[j].imm == 0 {
				return true
			}
		case opBlock, opLoop, opIf, opEnd, opBr, 0x0d, opBrTable, 0x05:
			return false
		}
	}
	return false
}

// thread rewrites the function body code (its expression, after the
// locals), counting in s, and reports whether it changed it.
func thread(code []byte, s *Stats) ([]byte, bool, error) {
	is, err := decode(code)
	if errors.Is(err, errUnknownOpcode) {
		s.Unknown++
		return code, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	l, ok := findEntryLoop(is)
	if !ok {
		return code, false, nil
	}
	jumps, pcDead, ok := l.scan(is)
	if !ok {
		return code, false, nil
	}
	out := make([]byte, 0, len(code))
	last, direct := 0, 0
	for _, j := range jumps {
		if j.to <= j.block {
			s.Kept++ // back to an earlier block: only the table can
			continue
		}
		from := is[j.at].start
		if pcDead {
			from = is[j.at-2].start
		}
		out = append(out, code[last:from]...)
		// The label of block j.to's end: the entry loop is blocks-j.to
		// labels further out.
		out = append(out, opBr)
		out = binary.AppendUvarint(out, uint64(j.depth-(l.blocks-j.to)))
		last = is[j.at].end
		direct++
	}
	if direct == 0 {
		return code, false, nil
	}
	s.Functions++
	s.Direct += direct
	return append(out, code[last:]...), true, nil
}
