package kb

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
)

// Decode parses an encoded knowledge base. It fails with ErrFormat on
// any inconsistency and never panics on bad input.
func Decode(b []byte) (*KB, error) {
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, ErrFormat
	}
	r := &reader{b: b[len(magic):]}
	k := &KB{}
	n, nkeys, nextra, keyBytes, nameBytes := r.count(), r.count(), r.count(), r.uvar(), r.uvar()
	k.kinds = make([]kindInfo, r.count())
	for i := range k.kinds {
		t := r.bytes(1)
		if len(t) == 1 && Type(t[0]) < numTypes {
			k.kinds[i].typ = Type(t[0])
		} else {
			r.err = true
		}
		k.kinds[i].name = r.str()
	}
	k.countries, k.regions = r.strs(), r.strs()
	if r.err || len(k.countries) == 0 || len(k.regions) == 0 || len(k.kinds) == 0 {
		return nil, ErrFormat
	}
	k.decodeColumns(r, n, nkeys, nameBytes)
	k.decodeKeys(r, nkeys, keyBytes)
	if r.err {
		return nil, ErrFormat
	}
	if !k.decodeEntries(r, nextra) || !r.done() {
		return nil, ErrFormat
	}
	return k, nil
}

// chunk is how many items a long decoding loop handles per call of a
// function of its own. A WebAssembly engine swaps a function's baseline
// code for optimized code only between calls (V8 compiles the optimized
// code in the background once a function has run enough), so a loop
// over hundreds of thousands of items run as one call would run in
// baseline code to its end. In chunks, the first entities() call of a
// new Node.js 20 process took some 15 % less CPU time on its main thread.
const chunk = 4096

// inChunks calls f on the ranges [lo, hi) of at most chunk items that
// cover [0, n), in order, until f returns false, and reports whether none
// did. It is not inlined, so that f stays a function of its own.
//
//go:noinline
func inChunks(n int, f func(lo, hi int) bool) bool {
	for lo := 0; lo < n; lo += chunk {
		if !f(lo, min(lo+chunk, n)) {
			return false
		}
	}
	return true
}

func (k *KB) decodeColumns(r *reader, n, nkeys int, nameBytes uint64) {
	k.kindOf, k.countryOf, k.regionOf = make([]uint8, n), make([]uint16, n), make([]uint32, n)
	runs(r, k.kindOf, len(k.kinds))
	runs(r, k.countryOf, len(k.countries))
	runs(r, k.regionOf, len(k.regions))
	k.prior = append([]uint8(nil), r.bytes(uint64(n))...)
	if !k.decodeQIDs(r, n) || !k.decodeNameKeys(r, n, nkeys) {
		r.err = true
		return
	}
	k.decodeNames(r, n, nameBytes)
	var sb strings.Builder
	k.titleForm = make([]uint8, n)
	runs(r, k.titleForm, titleExplicit+1)
	k.titleOff = make([]uint32, n+1)
	inChunks(n, func(lo, hi int) bool {
		for i := lo; i < hi; i++ {
			if k.titleForm[i] == titleExplicit {
				r.appendStr(&sb)
			}
			k.titleOff[i+1] = uint32(sb.Len())
		}
		return true
	})
	k.titles = sb.String()
	k.decodeDescs(r, n)
	if len(k.prior) != n {
		r.err = true // runs has bounded the other columns' values
	}
}

// decodeQIDs reads the QIDs: the entities that have one, as gaps, each
// with its number.
func (k *KB) decodeQIDs(r *reader, n int) bool {
	qid := make([]uint32, n)
	k.qid = qid
	pairs := r.uvars(2*r.count(), 1<<32)
	at := uint64(0)
	return inChunks(len(pairs)/2, func(lo, hi int) bool {
		a := at
		for j := 2 * lo; j < 2*hi; j += 2 {
			a += pairs[j]
			if a >= uint64(len(qid)) || (j > 0 && a == 0) {
				return false
			}
			qid[a] = uint32(pairs[j+1])
		}
		at = a
		return true
	}) && !r.err
}

// decodeNameKeys reads each entity's name key, one of the nkeys keys, as
// a difference from the previous one, with its name bits, then the caps
// of the names' own entries that need them.
func (k *KB) decodeNameKeys(r *reader, n, nkeys int) bool {
	keys, bits, caps := make([]int32, n), make([]uint8, n), make([]uint16, n)
	k.nameKey, k.nameBits, k.nameCap = keys, bits, caps
	us := r.uvars(n, 1<<40)
	prev, withCaps := int64(0), 0
	ok := inChunks(len(us), func(lo, hi int) bool {
		pv, wc := prev, withCaps
		for i := lo; i < hi; i++ {
			pv += unzigzag(us[i] >> 4)
			key, b := int32(pv-1), uint8(us[i]&15)
			if pv < 0 || pv > int64(nkeys) || b&nameFormMask > nameRaw || (key < 0 && b != nameRaw|nameNoImplied) {
				return false
			}
			keys[i], bits[i] = key, b
			if b&(nameStdCaps|nameNoImplied) == 0 {
				wc++
			}
		}
		prev, withCaps = pv, wc
		return true
	})
	if !ok {
		return false
	}
	vs := r.uvars(withCaps, 1<<16)
	inChunks(n, func(lo, hi int) bool {
		v := vs
		for i := lo; i < hi && len(v) > 0; i++ {
			if bits[i]&(nameStdCaps|nameNoImplied) == 0 {
				caps[i], v = uint16(v[0]), v[1:]
			}
		}
		vs = v
		return true
	})
	return !r.err
}

// bounded reads a varint that must be below max.
func (r *reader) bounded(max int) uint64 {
	v := r.uvar()
	if v >= uint64(max) {
		r.err = true
		return 0
	}
	return v
}

func (k *KB) decodeKeys(r *reader, nkeys int, size uint64) {
	prefix := r.uvars(nkeys, 1<<31)
	sfx := r.bytes(r.uvar())
	buf := []byte(nil)
	if size <= 64*uint64(len(sfx)) {
		buf = make([]byte, 0, size)
	}
	off := make([]uint32, nkeys+1)
	k.keyOff = off
	prev := 0 // where the previous key starts in buf
	ok := inChunks(len(prefix), func(lo, hi int) bool {
		b, s, pv := buf, sfx, prev
		for i, p := range prefix[lo:hi] {
			end := bytes.IndexByte(s, keySep)
			if end < 0 || p > uint64(len(b)-pv) || !follows(b[pv:], int(p), s[:end]) {
				return false
			}
			start := len(b)
			b = append(b, b[pv:pv+int(p)]...)
			b = append(b, s[:end]...)
			s, pv = s[end+1:], start
			off[lo+i+1] = uint32(len(b))
		}
		buf, sfx, prev = b, s, pv
		return true
	})
	if !ok || r.err || len(sfx) != 0 {
		r.err = true
		return
	}
	k.keys = string(buf)
}

// follows reports whether the key prev[:p]+s, the one after prev in the
// front coding, sorts after prev: matching relies on strictly sorted,
// non-empty keys. The two differ at p, where s starts, when p is the
// longest shared prefix, which the encoder writes.
func follows(prev []byte, p int, s []byte) bool {
	switch {
	case p == len(prev):
		return len(s) > 0
	case len(s) > 0 && s[0] != prev[p]:
		return s[0] > prev[p]
	}
	return string(s) > string(prev[p:])
}

// decodeNames reads the stored names: a length column, then the whole
// names and the edit scripts as two byte columns.
func (k *KB) decodeNames(r *reader, n int, nameBytes uint64) {
	bits := k.nameBits
	stored := 0
	inChunks(n, func(lo, hi int) bool {
		c := 0
		for _, b := range bits[lo:hi] {
			if b&nameFormMask != nameImplied {
				c++
			}
		}
		stored += c
		return true
	})
	lens := r.uvars(stored, 1<<31)
	raw, diffs := r.bytes(r.uvar()), r.bytes(r.uvar())
	var buf []byte
	if nameBytes == uint64(len(raw)+len(diffs)) {
		buf = make([]byte, 0, nameBytes)
	}
	off := make([]uint32, n+1)
	k.nameOff = off
	ok := inChunks(n, func(lo, hi int) bool {
		b, rw, df, ls := buf, raw, diffs, lens
		for i := lo; i < hi; i++ {
			if form := bits[i] & nameFormMask; form != nameImplied && len(ls) > 0 {
				l := ls[0]
				ls = ls[1:]
				col := &rw
				if form == nameDiff {
					col = &df
				}
				if l > uint64(len(*col)) {
					return false
				}
				b, *col = append(b, (*col)[:l]...), (*col)[l:]
			}
			off[i+1] = uint32(len(b))
		}
		buf, raw, diffs, lens = b, rw, df, ls
		return true
	})
	if !ok || len(raw) != 0 || len(diffs) != 0 {
		r.err = true
	}
	k.names = string(buf)
}

// extraEntry is an entry read as it is stored, not implied by a name key.
type extraEntry struct {
	key, ent int32
	flags    AliasFlags
	caps     uint16
}

// decodeEntries reads the extra entries, adds the entries implied by
// name keys and orders each key's entries by prior, then entity.
func (k *KB) decodeEntries(r *reader, nextra int) bool {
	nkeys := len(k.keyOff) - 1
	off := make([]uint32, nkeys+1)
	k.entOff = off
	extras, ok := k.readExtras(r, nextra)
	if !ok {
		return false
	}
	k.countImplied()
	inChunks(nkeys, func(lo, hi int) bool {
		for i := lo; i < hi; i++ {
			off[i+1] += off[i]
		}
		return true
	})
	k.ents = make([]aliasEntry, off[nkeys])
	next := slices.Clone(off[:nkeys]) // where each key's next entry goes
	k.placeImplied(next)
	for _, e := range extras {
		k.ents[next[e.key]] = aliasEntry{ent: e.ent, flags: e.flags, caps: e.caps}
		next[e.key]++
	}
	inChunks(nkeys, func(lo, hi int) bool {
		for ki := lo; ki < hi; ki++ {
			if off[ki+1]-off[ki] > 1 {
				k.sortEntries(off[ki], off[ki+1])
			}
		}
		return true
	})
	return true
}

// readExtras reads the extra entries and counts them in entOff.
func (k *KB) readExtras(r *reader, nextra int) ([]extraEntry, bool) {
	nkeys, n, off := len(k.keyOff)-1, len(k.kindOf), k.entOff
	extras := make([]extraEntry, nextra)
	key, ent := int32(0), int32(0)
	for i := range extras {
		d := r.uvar()
		if d > 0 {
			ent = 0
		}
		key += int32(min(d, 1<<31-1))
		ent += int32(r.svar())
		fl := r.byte()
		caps := r.uvar()
		if r.err || key < 0 || int(key) >= nkeys || ent < 0 || int(ent) >= n || caps > 0xFFFF {
			return nil, false
		}
		extras[i] = extraEntry{key, ent, AliasFlags(fl), uint16(caps)}
		off[key+1]++
	}
	return extras, true
}

// countImplied counts in entOff the entries that entities' name keys
// imply.
func (k *KB) countImplied() {
	off, keys, bits := k.entOff, k.nameKey, k.nameBits
	inChunks(len(keys), func(lo, hi int) bool {
		for i := lo; i < hi; i++ {
			if bits[i]&nameNoImplied == 0 {
				off[keys[i]+1]++
			}
		}
		return true
	})
}

// placeImplied stores the entries that entities' name keys imply, each
// at next[its key], which it advances.
func (k *KB) placeImplied(next []uint32) {
	kindFlags := make([]AliasFlags, len(k.kinds))
	for i, ki := range k.kinds {
		kindFlags[i] = implicitFlags(ki.typ, ki.name)
	}
	ents, keys, bits, caps, kinds := k.ents, k.nameKey, k.nameBits, k.nameCap, k.kindOf
	inChunks(len(keys), func(lo, hi int) bool {
		for i := lo; i < hi; i++ {
			if bits[i]&nameNoImplied != 0 {
				continue
			}
			e := aliasEntry{ent: int32(i), caps: caps[i], flags: kindFlags[kinds[i]]}
			if bits[i]&nameStdCaps != 0 {
				e.flags |= stdCaps
			}
			ents[next[keys[i]]] = e
			next[keys[i]]++
		}
		return true
	})
}

// sortEntries orders entries [lo, hi) by rank, then prior (highest
// first), then entity, as Build does.
func (k *KB) sortEntries(lo, hi uint32) {
	if hi-lo > 32 {
		k.sortEntriesLarge(lo, hi)
		return
	}
	less := func(a, b uint32) bool {
		ea, eb := k.ents[a], k.ents[b]
		if ra, rb := rank(ea.flags), rank(eb.flags); ra != rb {
			return ra < rb
		}
		pa, pb := k.prior[ea.ent], k.prior[eb.ent]
		if pa != pb {
			return pa > pb
		}
		return ea.ent < eb.ent
	}
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && less(j, j-1); j-- {
			k.ents[j], k.ents[j-1] = k.ents[j-1], k.ents[j]
		}
	}
}

// runs fills dst from (value, length) runs of values below max: a value
// out of bounds fails the read, so the column needs no other check.
func runs[T uint8 | uint16 | uint32](r *reader, dst []T, max int) {
	for i := 0; i < len(dst) && !r.err; {
		v := T(r.bounded(max))
		l := r.uvar()
		if l == 0 || l > uint64(len(dst)-i) {
			r.fail()
			return
		}
		if v != 0 { // dst is zeroed
			fill(dst[i:i+int(l)], v)
		}
		i += int(l)
	}
}

// fill sets every element of s to v, a long run by doubling copies, as
// a loop that stores one element a turn is slow in WebAssembly.
func fill[T uint8 | uint16 | uint32](s []T, v T) {
	if len(s) < 16 {
		for i := range s {
			s[i] = v
		}
		return
	}
	s[0] = v
	for n := 1; n < len(s); n *= 2 {
		copy(s[n:], s[:n])
	}
}

// sortEntriesLarge sorts a long run of entries without quadratic time.
func (k *KB) sortEntriesLarge(lo, hi uint32) {
	slices.SortFunc(k.ents[lo:hi], func(a, b aliasEntry) int {
		return cmp.Or(cmp.Compare(rank(a.flags), rank(b.flags)), cmp.Compare(k.prior[b.ent], k.prior[a.ent]), cmp.Compare(a.ent, b.ent))
	})
}
