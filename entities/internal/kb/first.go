package kb

import "math/bits"

// firstIndex maps the first token of the keys to the contiguous range of
// keys starting with it, so matching skips a binary search over all
// keys. Matching looks up every token of a text, and the index is far
// larger than a CPU cache, so each memory line a lookup touches costs a
// cache miss: a slot holds all a lookup needs, and lower-case words,
// most of a text, have a small table of their own. Only a few groups
// have an entry that may match with its first word in lower case ("the
// Guardian"); the others need a capital there (see Matcher.caseOK).
type firstIndex struct {
	all   slotTable // every group
	lower slotTable // the groups that accept a lower-case first word
}

// slotTable is an open-addressing hash table of key groups, built once
// over the sorted keys.
type slotTable struct {
	slots []firstSlot
	mask  uint32
}

// firstSlot is the group of keys [lo, lo+n) whose first token is
// keys[off:off+tokLen]; fp holds high bits of the token's hash, which
// rule out most other tokens without reading keys. tokLen 0 marks an
// empty slot.
type firstSlot struct {
	off    uint32
	lo, n  int32
	tokLen uint8
	fp     uint16
}

// maxFirstLen bounds the first tokens indexed; no alias has a longer
// word.
const maxFirstLen = 255

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// firstToken returns s up to its first space.
func firstToken(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

func buildFirst(k *KB) firstIndex {
	nkeys := int32(len(k.keyOff) - 1)
	// About every other key starts a group of its own (54 % of the
	// embedded keys): room for 9 in 16 spares the slice its regrowth.
	groups, lower := make([]firstSlot, 0, nkeys*9/16), []firstSlot(nil)
	prev := ""
	for ki := int32(0); ki < nkeys; ki++ {
		t := firstToken(k.key(ki))
		if ki > 0 && t == prev {
			groups[len(groups)-1].n++
			continue
		}
		prev = t
		if len(t) == 0 || len(t) > maxFirstLen {
			continue
		}
		h := fnv(t)
		groups = append(groups, firstSlot{off: k.keyOff[ki], lo: ki, n: 1, tokLen: uint8(len(t)), fp: uint16(h >> 16)})
	}
	for _, g := range groups {
		if ok, _ := k.lowerOK(g.lo, g.lo+g.n); ok {
			lower = append(lower, g)
		}
	}
	return firstIndex{all: newSlotTable(k, groups), lower: newSlotTable(k, lower)}
}

// newSlotTable returns a table of groups, at most half full.
func newSlotTable(k *KB, groups []firstSlot) slotTable {
	size := uint32(1)
	for size < uint32(2*len(groups)+1) {
		size <<= 1
	}
	st := slotTable{slots: make([]firstSlot, size), mask: size - 1}
	for _, g := range groups {
		h := fnv(k.keys[g.off:g.off+uint32(g.tokLen)]) & st.mask
		for st.slots[h].tokLen != 0 {
			h = (h + 1) & st.mask
		}
		st.slots[h] = g
	}
	return st
}

// lowerOK reports whether an entry of keys [lo, hi) accepts its first
// token in lower case (see Matcher.caseOK), and how many entries it read.
func (k *KB) lowerOK(lo, hi int32) (ok bool, read int) {
	for e := k.entOff[lo]; e < k.entOff[hi]; e++ {
		if x := k.ents[e]; x.flags&(stdCaps|Upper) == 0 && x.caps&1 == 0 {
			return true, int(e-k.entOff[lo]) + 1
		}
	}
	return false, int(k.entOff[hi] - k.entOff[lo])
}

// probe returns the first slot, in t's probe sequence, that may hold t
// by its hash bits and length, or -1 when an empty slot ends the
// sequence first. It reads the table only.
func (st *slotTable) probe(t string) int32 {
	if len(st.slots) == 0 || len(t) == 0 || len(t) > maxFirstLen {
		return -1
	}
	h := fnv(t)
	return st.probeFrom(h&st.mask, uint16(h>>16), len(t))
}

func (st *slotTable) probeFrom(i uint32, fp uint16, n int) int32 {
	for ; ; i = (i + 1) & st.mask {
		s := &st.slots[i]
		if s.tokLen == 0 {
			return -1
		}
		if s.fp == fp && int(s.tokLen) == n {
			return int32(i)
		}
	}
}

// verify returns the slot of t, given t's probe result i, or -1: it
// compares the token's bytes and, on a hash collision, probes on.
func (st *slotTable) verify(k *KB, t string, i int32) int32 {
	for i >= 0 {
		s := &st.slots[i]
		if k.keys[s.off:s.off+uint32(s.tokLen)] == t {
			return i
		}
		i = st.probeFrom((uint32(i)+1)&st.mask, s.fp, len(t))
	}
	return -1
}

// searchFirst is findFirst for a KB whose first-token index is not built
// yet: it finds each token's keys by binary search over the sorted keys.
// Building the index takes a pass over all keys, which a program that
// matches a few short texts (the first call in a browser, where it is a
// fifth of the call) need not pay for. searchFirst counts the keys and
// entries it reads, and once they add up to about what building the
// index reads, builds it, so that a KB that matches much pays at most
// twice what building it first would have cost.
func (m *Matcher) searchFirst(k *KB) {
	read := 0
	for i := range m.info {
		in := &m.info[i]
		in.lo, in.hi = 0, 0
		if in.skip {
			continue
		}
		var n int
		in.lo, in.hi, n = k.searchToken(in.fold, in.lowerWord())
		read += n
	}
	if k.firstWork.Add(int64(read)) > int64(len(k.keyOff)) {
		k.Prepare()
	}
}

// searchAffordable reports whether finding n tokens' keys by binary
// search keeps what matching reads without the index within about what
// building it reads, each token taking two searches over the keys. A text
// that would go beyond has the index built before it is matched, so that
// the first text matched, however long, costs at most about twice what it
// would with the index.
func (k *KB) searchAffordable(n int) bool {
	nkeys := len(k.keyOff) - 1
	estimate := int64(n) * 2 * int64(bits.Len(uint(nkeys)))
	return k.firstWork.Load()+estimate <= int64(nkeys+1)
}

// searchToken returns the keys [lo, hi) a token may start, as the first
// token index has them, lowerWord telling whether it is a word in lower
// case, and how many keys and entries it read.
func (k *KB) searchToken(t string, lowerWord bool) (lo, hi int32, read int) {
	lo, hi, read = k.firstRange(t)
	if lo < hi && lowerWord {
		ok, n := k.lowerOK(lo, hi)
		read += n
		if !ok {
			return 0, 0, read
		}
	}
	return lo, hi, read
}

// firstRange returns the keys [lo, hi) whose first token is t, the group
// buildFirst indexes under t (none when t is empty or too long), and the
// keys the binary searches read. The group is the key t itself and the
// keys that start with t and a space, which follow it: no token holds a
// byte that sorts before the space.
func (k *KB) firstRange(t string) (lo, hi int32, read int) {
	if len(t) == 0 || len(t) > maxFirstLen {
		return 0, 0, 0
	}
	n := int32(len(k.keyOff) - 1)
	lo, r1 := k.keySearch(0, n, func(key string) bool { return key >= t })
	if lo == n || k.key(lo) != t && !startsWithToken(k.key(lo), t) {
		return 0, 0, r1
	}
	hi, r2 := k.keySearch(lo+1, n, func(key string) bool { return !startsWithToken(key, t) })
	return lo, hi, r1 + r2
}

// startsWithToken reports whether key's first token is t and more
// follow.
func startsWithToken(key, t string) bool {
	return len(key) > len(t) && key[len(t)] == ' ' && key[:len(t)] == t
}

// keySearch returns the first key index in [lo, hi) whose key satisfies
// ok (hi if none), which must hold for every key after one it holds for,
// and the number of keys it tested.
func (k *KB) keySearch(lo, hi int32, ok func(string) bool) (int32, int) {
	read := 0
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		read++
		if ok(k.key(mid)) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, read
}
