package entities

// strSet is a set of non-empty strings drawn from a slice: an
// open-addressing table of indices into it, built once and then only
// read. It replaces a map for the per-text word sets: one pointer-free
// allocation and no rehashing as it fills, which matters most in
// WebAssembly, where map hashing runs in software.
type strSet struct {
	strs  []string
	slots []int32 // index into strs + 1, 0 empty
	mask  uint32
}

// newStrSet returns an empty set with room for n strings of strs, its
// table in buf (reused when large enough).
func newStrSet(strs []string, n int, buf []int32) strSet {
	size := uint32(8)
	for size < uint32(2*n) {
		size <<= 1
	}
	if uint32(cap(buf)) < size {
		buf = make([]int32, size)
	}
	buf = buf[:size]
	clear(buf)
	return strSet{strs: strs, slots: buf, mask: size - 1}
}

// strHash is FNV-1a.
func strHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// add inserts strs[i]; the set must have room (see newStrSet).
func (t *strSet) add(i int) {
	s := t.strs[i]
	if s == "" {
		return
	}
	for h := strHash(s) & t.mask; ; h = (h + 1) & t.mask {
		switch j := t.slots[h]; {
		case j == 0:
			t.slots[h] = int32(i + 1)
			return
		case t.strs[j-1] == s:
			return
		}
	}
}

// has reports whether s is in the set.
func (t *strSet) has(s string) bool {
	if len(t.slots) == 0 || s == "" {
		return false
	}
	for h := strHash(s) & t.mask; ; h = (h + 1) & t.mask {
		switch j := t.slots[h]; {
		case j == 0:
			return false
		case t.strs[j-1] == s:
			return true
		}
	}
}
