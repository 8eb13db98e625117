package tagger

import (
	"encoding/binary"
	"math/bits"
)

// table is the feature table: it maps a feature key to a reference to
// the feature's weights. Tagging looks up some forty keys per token, so
// a lookup must touch as little memory as possible.
//
// Keys are hashes, uniform over 32 bits, so a key's home slot is simply
// its top bits. Keys are placed in ascending order, each in the first
// free slot from its home (linear probing), which keeps the occupied
// slots sorted: a lookup scans from the home slot to the first free slot
// or key not below its own. At a load of at most 2/5 that is usually the
// home slot itself, one cache line for a hit or a miss, where a binary
// search or a bucket index costs two or three dependent loads. (At up to
// 2/3, half the memory, tagging was some 4% slower: more keys sit past
// their home slot, and the scan on mispredicts.)
type table struct {
	slots []uint64 // key<<32 | ref, ascending by key; emptySlot when free
	shift uint     // 32 - log2 of the number of home slots
	n     int      // number of keys
	// while building: the first slot the next key may take, and the slot
	// of every key put so far
	next  int
	order []int32
}

// emptySlot marks a free slot: keys are never 0 (feat). Memory comes
// zeroed, so a new table needs no pass to mark its slots free.
const emptySlot = 0

// noRef is the reference lookup returns for an absent key.
const noRef = ^uint32(0)

// init prepares t for n keys given to put in ascending order.
func (t *table) init(n int) {
	b := uint(bits.Len(uint(2*n + n/2))) // load at most 2/5
	t.shift, t.n, t.next = 32-b, n, 0
	t.order = make([]int32, 0, n)
	t.slots = make([]uint64, 1<<b, 1<<b+8)
}

// put places key k, which must be larger than every key put before,
// with reference ref.
func (t *table) put(k, ref uint32) {
	p := max(int(k>>t.shift), t.next)
	for p >= len(t.slots) {
		t.slots = append(t.slots, emptySlot)
	}
	t.slots[p] = uint64(k)<<32 | uint64(ref)
	t.next = p + 1
	t.order = append(t.order, int32(p))
}

// finish ends building: a free slot after the last key bounds every scan.
func (t *table) finish() {
	t.slots = append(t.slots, emptySlot)
}

// setRef sets the reference of the i-th key put.
func (t *table) setRef(i int, ref uint32) {
	p := t.order[i]
	t.slots[p] = t.slots[p]&^(1<<32-1) | uint64(ref)
}

// lookup returns the reference of key k, or noRef.
func (t *table) lookup(k uint32) uint32 {
	return t.lookupFrom(k, int(k>>t.shift))
}

// lookupFrom is lookup starting the scan at slot i, which must not be
// past k's: every slot from k's home to i holds a smaller key.
func (t *table) lookupFrom(k uint32, i int) uint32 {
	for ; i < len(t.slots); i++ {
		s := t.slots[i]
		switch c := uint32(s >> 32); {
		case s == emptySlot || c > k:
			return noRef
		case c == k:
			return uint32(s)
		}
	}
	return noRef
}

// lookupEach replaces each key in ks with its reference, noRef when
// absent. It works in two passes: the first loads every key's home slot
// with no branch on the loaded data, so that the loads, mostly cache
// misses, overlap; the second resolves each key from its home slot,
// scanning on only when that holds a smaller key.
func (t *table) lookupEach(ks []uint32) {
	var buf [32]uint64
	slots, shift := t.slots, t.shift
	for start := 0; start < len(ks); start += len(buf) {
		chunk := ks[start:min(len(ks), start+len(buf))]
		home := buf[:len(chunk)] // same length: no bounds checks below
		i := 0
		for ; i+4 <= len(chunk); i += 4 { // four at a time: a loop costs a branch per turn
			k, h := chunk[i:i+4:i+4], home[i:i+4:i+4]
			h[0], h[1], h[2], h[3] = slots[k[0]>>shift], slots[k[1]>>shift], slots[k[2]>>shift], slots[k[3]>>shift]
		}
		for ; i < len(chunk); i++ {
			home[i] = slots[chunk[i]>>shift]
		}
		for i, k := range chunk {
			s, r := home[i], noRef
			switch c := uint32(s >> 32); {
			case s == emptySlot || c > k:
			case c == k:
				r = uint32(s)
			default: // the home slot holds a smaller key: scan on
				r = t.lookupFrom(k, int(k>>shift)+1)
			}
			chunk[i] = r
		}
	}
}

// lookupAll replaces the keys in ks with the references of those in the
// table, in order, and returns them.
func (t *table) lookupAll(ks []uint32) []uint32 {
	t.lookupEach(ks)
	n := 0
	for _, r := range ks {
		if r != noRef {
			ks[n] = r
			n++
		}
	}
	return ks[:n]
}

// each calls f with every key and its reference, in ascending key order.
func (t *table) each(f func(k, ref uint32)) {
	for _, s := range t.slots {
		if s != emptySlot {
			f(uint32(s>>32), uint32(s))
		}
	}
}

// Weight records. A quantized model keeps each feature's weights in one
// record of its blob, so that the weights of a key found in the table are
// one more cache line away: a 5-byte header holding the stage masks (bit
// t of mask s set when the feature has a weight for tag t in stage s),
// then one code byte per set bit, stage 0's first. The blob ends with
// padding so that a header can be read as one 8-byte word.
const (
	headerLen  = 5
	blobPad    = 8 - headerLen
	stageShift = numTags // mask of stage s at bit s*stageShift
)

// fill points the table's keys, put in ascending order, at their
// weights: masks[i] holds the stage masks of the i-th key (mask of stage
// s at bit s*numTags) and codes their codes, feature after feature. The
// rows of features with at least denseMin weights are also expanded
// (lanes.go).
func (m *Model) fill(masks []uint64, codes []byte) {
	stride := len(m.stages) * laneWords
	nd := 0
	for _, h := range masks {
		if bits.OnesCount64(h) >= denseMin {
			nd++
		}
	}
	// The blob is padded by 8 more bytes for the word-wide copies below.
	blob := make([]byte, len(masks)*headerLen+len(codes)+blobPad+8)
	m.dense = make([]uint64, nd*stride)
	m.denseRec = make([]uint32, 0, nd)
	at, off := 0, 0
	for i, h := range masks {
		n := bits.OnesCount64(h)
		ref := uint32(at)
		// Records are written a word at a time; what a word writes past
		// its record is overwritten by the next one, or is padding.
		binary.LittleEndian.PutUint64(blob[at:], h)
		at += headerLen
		if n <= 8 && off+8 <= len(codes) {
			binary.LittleEndian.PutUint64(blob[at:], binary.LittleEndian.Uint64(codes[off:]))
		} else {
			copy(blob[at:], codes[off:off+n])
		}
		at += n
		off += n
		if n >= denseMin {
			m.denseRec = append(m.denseRec, ref)
			ref = denseBit | uint32(len(m.denseRec)-1)
		}
		m.tab.setRef(i, ref)
	}
	m.tab.order = nil
	m.blob = blob
	for d, ref := range m.denseRec {
		m.expand(m.dense[d*stride:], ref)
	}
}

// header reads the stage masks of the record at ref.
func header(blob []byte, ref uint32) uint64 {
	return binary.LittleEndian.Uint64(blob[ref:]) & (1<<(8*headerLen) - 1)
}

// stageMask extracts stage s's tag mask from a header.
func stageMask(h uint64, s int) uint32 {
	return uint32(h>>(stageShift*uint(s))) & tagMask
}
