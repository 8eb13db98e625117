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
	for i := range n {
		if i < len(k.titleForm) && k.titleForm[i] == titleExplicit {
			r.appendStr(&sb)
		}
		k.titleOff[i+1] = uint32(sb.Len())
	}
	k.titles = sb.String()
	k.decodeDescs(r, n)
	if len(k.prior) != n {
		r.err = true // runs has bounded the other columns' values
	}
}

// decodeQIDs reads the QIDs: the entities that have one, as gaps, each
// with its number.
func (k *KB) decodeQIDs(r *reader, n int) bool {
	k.qid = make([]uint32, n)
	pairs := r.uvars(2*r.count(), 1<<32)
	at := uint64(0)
	for j := 0; j+1 < len(pairs); j += 2 {
		at += pairs[j]
		if at >= uint64(n) || (j > 0 && at == 0) {
			return false
		}
		k.qid[at] = uint32(pairs[j+1])
	}
	return !r.err
}

// decodeNameKeys reads each entity's name key, one of the nkeys keys, as
// a difference from the previous one, with its name bits, then the caps
// of the names' own entries that need them.
func (k *KB) decodeNameKeys(r *reader, n, nkeys int) bool {
	k.nameKey, k.nameBits, k.nameCap = make([]int32, n), make([]uint8, n), make([]uint16, n)
	prev, withCaps := int64(0), 0
	for i, u := range r.uvars(n, 1<<40) {
		prev += unzigzag(u >> 4)
		k.nameKey[i], k.nameBits[i] = int32(prev-1), uint8(u&15)
		if prev < 0 || prev > int64(nkeys) || k.nameBits[i]&nameFormMask > nameRaw ||
			(k.nameKey[i] < 0 && k.nameBits[i] != nameRaw|nameNoImplied) {
			return false
		}
		if k.nameBits[i]&(nameStdCaps|nameNoImplied) == 0 {
			withCaps++
		}
	}
	caps := r.uvars(withCaps, 1<<16)
	for i := range k.nameCap {
		if len(caps) > 0 && k.nameBits[i]&(nameStdCaps|nameNoImplied) == 0 {
			k.nameCap[i], caps = uint16(caps[0]), caps[1:]
		}
	}
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
	k.keyOff = make([]uint32, nkeys+1)
	prev := 0 // where the previous key starts in buf
	for i, p := range prefix {
		end := bytes.IndexByte(sfx, keySep)
		if end < 0 || p > uint64(len(buf)-prev) || !follows(buf[prev:], int(p), sfx[:end]) {
			r.err = true
			return
		}
		start := len(buf)
		buf = append(buf, buf[prev:prev+int(p)]...)
		buf = append(buf, sfx[:end]...)
		sfx, prev = sfx[end+1:], start
		k.keyOff[i+1] = uint32(len(buf))
	}
	if r.err || len(sfx) != 0 {
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
	stored := 0
	for _, bits := range k.nameBits {
		if bits&nameFormMask != nameImplied {
			stored++
		}
	}
	lens := r.uvars(stored, 1<<31)
	raw, diffs := r.bytes(r.uvar()), r.bytes(r.uvar())
	var sb strings.Builder
	if nameBytes == uint64(len(raw)+len(diffs)) {
		sb.Grow(int(nameBytes))
	}
	k.nameOff = make([]uint32, n+1)
	for i := range n {
		if k.nameBits[i]&nameFormMask != nameImplied && len(lens) > 0 {
			col := &raw
			if k.nameBits[i]&nameFormMask == nameDiff {
				col = &diffs
			}
			l := lens[0]
			if l > uint64(len(*col)) {
				r.err = true
				return
			}
			sb.Write((*col)[:l])
			*col, lens = (*col)[l:], lens[1:]
		}
		k.nameOff[i+1] = uint32(sb.Len())
	}
	if len(raw) != 0 || len(diffs) != 0 {
		r.err = true
	}
	k.names = sb.String()
}

// decodeEntries reads the extra entries, adds the entries implied by
// name keys and orders each key's entries by prior, then entity.
func (k *KB) decodeEntries(r *reader, nextra int) bool {
	nkeys, n := len(k.keyOff)-1, len(k.kindOf)
	type ex struct {
		key, ent int32
		flags    AliasFlags
		caps     uint16
	}
	extras := make([]ex, nextra)
	k.entOff = make([]uint32, nkeys+1)
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
			return false
		}
		extras[i] = ex{key, ent, AliasFlags(fl), uint16(caps)}
		k.entOff[key+1]++
	}
	for i, nk := range k.nameKey {
		if k.nameBits[i]&nameNoImplied == 0 {
			k.entOff[nk+1]++
		}
	}
	for i := range nkeys {
		k.entOff[i+1] += k.entOff[i]
	}
	total := int(k.entOff[nkeys])
	k.ents = make([]aliasEntry, total)
	fill := make([]uint32, nkeys)
	copy(fill, k.entOff[:nkeys])
	kindFlags := make([]AliasFlags, len(k.kinds))
	for i, ki := range k.kinds {
		kindFlags[i] = implicitFlags(ki.typ, ki.name)
	}
	for i, nk := range k.nameKey {
		if k.nameBits[i]&nameNoImplied != 0 {
			continue
		}
		j := fill[nk]
		fill[nk]++
		k.ents[j] = aliasEntry{ent: int32(i), caps: k.nameCap[i], flags: kindFlags[k.kindOf[i]]}
		if k.nameBits[i]&nameStdCaps != 0 {
			k.ents[j].flags |= stdCaps
		}
	}
	for _, e := range extras {
		j := fill[e.key]
		fill[e.key]++
		k.ents[j] = aliasEntry{ent: e.ent, flags: e.flags, caps: e.caps}
	}
	for ki := range nkeys {
		if k.entOff[ki+1]-k.entOff[ki] > 1 {
			k.sortEntries(k.entOff[ki], k.entOff[ki+1])
		}
	}
	return true
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
