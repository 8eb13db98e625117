package kb

import (
	"encoding/binary"
	"unicode/utf8"
)

// Name forms: how an entity's canonical name is stored.
const (
	nameImplied = iota // the name key with each word capitalized
	nameDiff           // an edit script against the implied form
	nameRaw            // the name itself
)

// Name bits beside the form.
const (
	nameFormMask  = 3
	nameStdCaps   = 4 // the name entry's caps are nameCaps of its key
	nameNoImplied = 8 // the name entry is stored with the other entries
)

// nameInfo returns how to store name under its key: the name bits and
// the bytes to store (an edit script or the name).
func nameInfo(key Key, name string, flags AliasFlags) (uint8, []byte) {
	var bits uint8
	if key.Caps == nameCaps(key.Text) {
		bits |= nameStdCaps
	}
	if key.Upper || flags != 0 {
		bits |= nameNoImplied
	}
	base := titleWords(key.Text, 0xFFFF)
	if base == name {
		return bits | nameImplied, nil
	}
	if d := makeDiff(base, name); len(d) < len(name) {
		if s, ok := applyDiff(base, d); ok && s == name {
			return bits | nameDiff, d
		}
	}
	return bits | nameRaw, []byte(name)
}

// Edit-script operations; each follows a varint count of runes to copy.
const (
	opEnd = iota
	opSub // replace the next rune with a varint rune
	opIns // insert a varint rune
	opDel // skip the next rune
)

// makeDiff returns an edit script turning base into name. Names differ
// from their implied form by accents, lower-case particles, hyphens and
// apostrophes, so a greedy rune walk finds short scripts; the caller
// checks the result with applyDiff.
func makeDiff(base, name string) []byte {
	b, n := []rune(base), []rune(name)
	var out []byte
	i, j, copied := 0, 0, 0
	flush := func(op byte) {
		out = binary.AppendUvarint(out, uint64(copied))
		out = append(out, op)
		copied = 0
	}
	for j < len(n) {
		switch {
		case i < len(b) && b[i] == n[j]:
			i, j, copied = i+1, j+1, copied+1
		case i < len(b) && resync(b, n, i+1, j+1):
			flush(opSub)
			out = binary.AppendUvarint(out, uint64(n[j]))
			i, j = i+1, j+1
		case resync(b, n, i, j+1):
			flush(opIns)
			out = binary.AppendUvarint(out, uint64(n[j]))
			j++
		case i < len(b) && resync(b, n, i+1, j):
			flush(opDel)
			i++
		case i < len(b):
			flush(opSub)
			out = binary.AppendUvarint(out, uint64(n[j]))
			i, j = i+1, j+1
		default:
			flush(opIns)
			out = binary.AppendUvarint(out, uint64(n[j]))
			j++
		}
	}
	for ; i < len(b); i++ {
		flush(opDel)
	}
	flush(opEnd)
	return out
}

// resync reports whether b from i and n from j agree on their next rune
// (or both end).
func resync(b, n []rune, i, j int) bool {
	if i >= len(b) || j >= len(n) {
		return i >= len(b) && j >= len(n)
	}
	return b[i] == n[j]
}

// applyDiff applies an edit script to base; ok is false for a malformed
// script.
func applyDiff(base string, d []byte) (string, bool) {
	out, ok := appendDiff(make([]byte, 0, len(base)+8), []byte(base), d)
	return string(out), ok
}

// appendDiff appends the result of applying edit script d to base to out.
func appendDiff(out, base, d []byte) ([]byte, bool) {
	for {
		c, n := binary.Uvarint(d)
		if n <= 0 || n >= len(d) || c > uint64(len(base)) {
			return out, false
		}
		d = d[n:]
		for ; c > 0; c-- {
			r, size := utf8.DecodeRune(base)
			if size == 0 {
				return out, false
			}
			out = utf8.AppendRune(out, r)
			base = base[size:]
		}
		op := d[0]
		d = d[1:]
		switch op {
		case opEnd:
			return out, len(d) == 0
		case opSub, opIns:
			r, n := binary.Uvarint(d)
			if n <= 0 || r > utf8.MaxRune {
				return out, false
			}
			d = d[n:]
			out = utf8.AppendRune(out, rune(r))
			if op == opSub {
				_, size := utf8.DecodeRune(base)
				if size == 0 {
					return out, false
				}
				base = base[size:]
			}
		case opDel:
			_, size := utf8.DecodeRune(base)
			if size == 0 {
				return out, false
			}
			base = base[size:]
		default:
			return out, false
		}
	}
}
