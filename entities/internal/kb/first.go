package kb

// firstIndex maps the first token of the keys to the contiguous range of
// keys starting with it: an open-addressing hash table built in one pass
// over the sorted keys, so matching skips a binary search over all keys.
type firstIndex struct {
	slots  []uint32 // group index + 1, 0 empty
	groups []firstGroup
	mask   uint32
}

type firstGroup struct {
	lo, hi int32
	tokLen int32
}

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
	var fi firstIndex
	nkeys := int32(len(k.keyOff) - 1)
	prev := ""
	for ki := int32(0); ki < nkeys; ki++ {
		t := firstToken(k.key(ki))
		if ki > 0 && t == prev {
			fi.groups[len(fi.groups)-1].hi = ki + 1
			continue
		}
		fi.groups = append(fi.groups, firstGroup{lo: ki, hi: ki + 1, tokLen: int32(len(t))})
		prev = t
	}
	size := uint32(1)
	for size < uint32(2*len(fi.groups)+1) {
		size <<= 1
	}
	fi.slots, fi.mask = make([]uint32, size), size-1
	for g, gr := range fi.groups {
		t := k.key(gr.lo)[:gr.tokLen]
		h := fnv(t) & fi.mask
		for fi.slots[h] != 0 {
			h = (h + 1) & fi.mask
		}
		fi.slots[h] = uint32(g + 1)
	}
	return fi
}

// lookup returns the range of keys whose first token is t.
func (fi *firstIndex) lookup(k *KB, t string) (int32, int32, bool) {
	if len(fi.slots) == 0 {
		return 0, 0, false
	}
	h := fnv(t) & fi.mask
	for {
		g := fi.slots[h]
		if g == 0 {
			return 0, 0, false
		}
		gr := &fi.groups[g-1]
		if int(gr.tokLen) == len(t) && k.key(gr.lo)[:gr.tokLen] == t {
			return gr.lo, gr.hi, true
		}
		h = (h + 1) & fi.mask
	}
}
