package kb

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// magic starts every encoded knowledge base; the last byte is the format
// version.
const magic = "NLKB\x02"

// File layout (every number an unsigned LEB128 varint, "str" a varint
// length and bytes):
//
//	magic
//	n entities, K keys, X extra entries, total bytes of the keys and of
//	the stored names
//	kinds:     count, then per kind: type byte, str
//	countries: count, then str each (index 0 is "")
//	regions:   count, then str each (index 0 is "")
//	kind, country and region indexes: runs of (value, length) covering n
//	n prior bytes
//	QIDs: count, then (entity delta, number) pairs
//	n names: zig-zag delta of (name key index + 1) << 4 | name bits
//	  (bits: form 0 implied, 1 edit script, 2 stored; 4 standard caps;
//	  8 name entry stored with the extra entries)
//	caps of the name entries without standard caps
//	stored names: the length of each name not implied (an edit script
//	or the name), then the names stored whole (size, bytes), then the
//	edit scripts (size, bytes)
//	title forms: runs covering n, then str for each explicit title
//	descriptions: count, then (entity delta, str) pairs
//	K keys front-coded: K shared-prefix lengths, then the size and
//	bytes of the suffixes, each ended by keySep
//	X extra entries in key order: key delta, entity, flags byte, caps
//
// Every entity has an implied entry under its name key (flags implied by
// its type and kind) unless its name bits say it is stored; all other
// entries are "extra" and stored.

// Encode returns the binary form of k.
func Encode(k *KB) []byte {
	w := &writer{}
	w.buf = append(w.buf, magic...)
	n := k.Len()
	extras := k.extraEntries()
	w.uvar(uint64(n))
	w.uvar(uint64(k.Keys()))
	w.uvar(uint64(len(extras)))
	w.uvar(uint64(len(k.keys)))
	w.uvar(uint64(len(k.names)))
	w.uvar(uint64(len(k.kinds)))
	for _, ki := range k.kinds {
		w.buf = append(w.buf, byte(ki.typ))
		w.str(ki.name)
	}
	w.strs(k.countries)
	w.strs(k.regions)
	w.runs(n, func(i int) uint64 { return uint64(k.kindOf[i]) })
	w.runs(n, func(i int) uint64 { return uint64(k.countryOf[i]) })
	w.runs(n, func(i int) uint64 { return uint64(k.regionOf[i]) })
	w.buf = append(w.buf, k.prior...)
	k.encodeQIDs(w)
	prev := int64(0)
	for i, nk := range k.nameKey {
		v := int64(nk) + 1
		w.uvar(zigzag(v-prev)<<4 | uint64(k.nameBits[i]))
		prev = v
	}
	for i := range n {
		if k.nameBits[i]&(nameStdCaps|nameNoImplied) == 0 {
			w.uvar(uint64(k.nameCap[i]))
		}
	}
	k.encodeNames(w)
	w.runs(n, func(i int) uint64 { return uint64(k.titleForm[i]) })
	for i := range n {
		if k.titleForm[i] == titleExplicit {
			w.str(k.titles[k.titleOff[i]:k.titleOff[i+1]])
		}
	}
	k.encodeDescs(w)
	k.encodeKeys(w)
	prevKey, prevEnt := int32(0), int32(0)
	for _, e := range extras {
		w.uvar(uint64(e.key - prevKey))
		if e.key != prevKey {
			prevEnt = 0
		}
		w.svar(int64(e.ent - prevEnt))
		w.buf = append(w.buf, byte(e.flags))
		w.uvar(uint64(e.caps))
		prevKey, prevEnt = e.key, e.ent
	}
	return w.buf
}

type extra struct {
	key, ent int32
	flags    AliasFlags
	caps     uint16
}

// extraEntries lists the entries not implied by a name key.
func (k *KB) extraEntries() []extra {
	var out []extra
	k.Aliases(func(ki int32, c Candidate) {
		if k.nameKey[c.Entity] == ki && k.nameBits[c.Entity]&nameNoImplied == 0 {
			return
		}
		out = append(out, extra{ki, c.Entity, c.Flags, c.Caps})
	})
	return out
}

// nameCaps returns the caps of the name made by capitalizing key's words.
func nameCaps(key string) uint16 {
	var caps uint16
	word, start := 0, true
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= utf8.RuneSelf {
			return nameCapsSlow(key)
		}
		switch {
		case c == ' ':
			word, start = word+1, true
			continue
		case start && word < 16 && 'a' <= c && c <= 'z':
			caps |= 1 << word
		}
		start = false
	}
	return caps
}

func nameCapsSlow(key string) uint16 {
	var caps uint16
	word, start := 0, true
	for _, r := range key {
		if r == ' ' {
			word, start = word+1, true
			continue
		}
		if start && word < 16 && unicode.IsUpper(unicode.ToUpper(r)) {
			caps |= 1 << word
		}
		start = false
	}
	return caps
}

func (k *KB) encodeDescs(w *writer) {
	d := &k.descs
	w.uvar(uint64(len(d.ents)))
	prev := int32(0)
	for j, i := range d.ents {
		w.uvar(uint64(i - prev))
		w.str(d.text[d.off[j]:d.off[j+1]])
		prev = i
	}
}

// keySep ends each key suffix. Keys are folded tokens joined by single
// spaces, so they never contain it. Columns of like values (prefix
// lengths apart from suffix text) compress far better than interleaved
// records.
const keySep = '\n'

func (k *KB) encodeKeys(w *writer) {
	prev := ""
	var sfx []byte
	for ki := range int32(k.Keys()) {
		s := k.key(ki)
		p := 0
		for p < len(s) && p < len(prev) && s[p] == prev[p] {
			p++
		}
		w.uvar(uint64(p))
		sfx = append(append(sfx, s[p:]...), keySep)
		prev = s
	}
	w.str(string(sfx))
}

// encodeNames writes the stored names as a length column and two byte
// columns, whole names apart from edit scripts.
func (k *KB) encodeNames(w *writer) {
	var raw, diffs []byte
	for i := range k.Len() {
		s := k.names[k.nameOff[i]:k.nameOff[i+1]]
		switch k.nameBits[i] & nameFormMask {
		case nameImplied:
			continue
		case nameDiff:
			diffs = append(diffs, s...)
		default:
			raw = append(raw, s...)
		}
		w.uvar(uint64(len(s)))
	}
	w.str(string(raw))
	w.str(string(diffs))
}

// encodeQIDs writes the entities that have a QID: count, then (entity
// delta, QID number) pairs.
func (k *KB) encodeQIDs(w *writer) {
	n := 0
	for _, q := range k.qid {
		if q != 0 {
			n++
		}
	}
	w.uvar(uint64(n))
	prev := 0
	for i, q := range k.qid {
		if q != 0 {
			w.uvar(uint64(i - prev))
			w.uvar(uint64(q))
			prev = i
		}
	}
}

// runs writes n values as (value, run length) pairs, ended by the total.
func (w *writer) runs(n int, v func(int) uint64) {
	for i := 0; i < n; {
		j := i + 1
		for j < n && v(j) == v(i) {
			j++
		}
		w.uvar(v(i))
		w.uvar(uint64(j - i))
		i = j
	}
}

type writer struct{ buf []byte }

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

func (w *writer) uvar(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *writer) svar(v int64)  { w.buf = binary.AppendVarint(w.buf, v) }
func (w *writer) str(s string) {
	w.uvar(uint64(len(s)))
	w.buf = append(w.buf, s...)
}
func (w *writer) strs(ss []string) {
	w.uvar(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

// ErrFormat reports a corrupt or unsupported encoded knowledge base.
var ErrFormat = errors.New("kb: bad knowledge base encoding")

// reader reads the encoding from position p of b. Once it fails, p is
// at the end, so every later read fails too.
type reader struct {
	b       []byte
	p       int
	err     bool
	scratch []uint64 // uvars' result
}

// uvars reads n varints, each below max, into a buffer that the next call
// reuses. One loop with no call per number decodes the columns of
// hundreds of thousands of them several times faster in the baseline code
// a WebAssembly engine first runs, where calls are dear; it runs a chunk
// at a time so that most of it runs optimized (see chunk).
func (r *reader) uvars(n int, max uint64) []uint64 {
	if n > len(r.b)-r.p {
		r.fail() // each takes a byte at least
		return nil
	}
	if cap(r.scratch) < n {
		r.scratch = make([]uint64, n)
	}
	dst := r.scratch[:n]
	if !inChunks(n, func(lo, hi int) bool { return r.uvarsTo(dst[lo:hi], max) }) {
		r.fail()
		return nil
	}
	return dst
}

// uvarsTo reads len(dst) varints, each below max, into dst.
func (r *reader) uvarsTo(dst []uint64, max uint64) bool {
	b, p := r.b, r.p
	for i := range dst {
		var v uint64
		for s := uint(0); ; s += 7 {
			if p == len(b) || s == 63 && b[p] > 1 {
				return false
			}
			c := b[p]
			p++
			v |= uint64(c&0x7f) << s
			if c < 0x80 {
				break
			}
		}
		if v >= max {
			return false
		}
		dst[i] = v
	}
	r.p = p
	return true
}

// fail marks the encoding bad.
func (r *reader) fail() { r.err, r.p = true, len(r.b) }

// uvar reads an unsigned varint. Most values take one byte: their path
// is short enough to inline, which the knowledge base's hundreds of
// thousands of reads at load time notice, in WebAssembly above all.
func (r *reader) uvar() uint64 {
	if r.p < len(r.b) && r.b[r.p] < 0x80 {
		v := r.b[r.p]
		r.p++
		return uint64(v)
	}
	return r.uvarLong()
}

// uvarLong reads an unsigned varint of any length.
func (r *reader) uvarLong() uint64 {
	v, n := binary.Uvarint(r.b[r.p:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.p += n
	return v
}

// svar reads a signed varint, as binary.Varint does.
func (r *reader) svar() int64 { return unzigzag(r.uvar()) }

// byte reads one byte.
func (r *reader) byte() byte {
	if r.p == len(r.b) {
		r.fail()
		return 0
	}
	r.p++
	return r.b[r.p-1]
}

func (r *reader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)-r.p) {
		r.fail()
		return nil
	}
	end := r.p + int(n)
	out := r.b[r.p:end:end]
	r.p = end
	return out
}

// done reports whether the whole encoding was read without error.
func (r *reader) done() bool { return !r.err && r.p == len(r.b) }

func (r *reader) str() string { return string(r.bytes(r.uvar())) }

// count reads a count that must fit in what remains, at one byte each.
func (r *reader) count() int {
	v := r.uvar()
	if v > uint64(len(r.b)-r.p) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *reader) strs() []string {
	out := make([]string, r.count())
	for i := range out {
		out[i] = r.str()
	}
	return out
}

// appendStr appends a length-prefixed string to sb.
func (r *reader) appendStr(sb *strings.Builder) {
	sb.Write(r.bytes(r.uvar()))
}

func validUTF8(s string) bool { return utf8.ValidString(s) }

func sortInt32(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
