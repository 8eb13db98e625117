package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/bits"
)

// Model file format: the 4-byte magic "NLTG" and a format version byte,
// then, uncompressed so that the layout stays regular for a transport
// compressor (brotli, gzip) and decoding is a single pass without
// copying the weights:
//
//	stages     uvarint count (1 or 2), then per stage:
//	  scale    float64 (little endian), weight units per level unit
//	  numTags  uvarint (17)
//	  trans    (numTags+1)*numTags zigzag varints (last row: start)
//	  end      numTags zigzag varints
//	  levels   127 uvarint deltas: the non-decreasing magnitudes of
//	           weight codes 1..127 (code -c is the negated level)
//	features   uvarint count, then keys ascending as uvarint deltas
//	masks      per stage, per feature: uvarint bitmask of tags with a weight
//	codes      per feature, for each stage in turn, one byte (int8 code)
//	           per set mask bit
//	crc        IEEE CRC-32 of everything before it (little endian)
const (
	magic         = "NLTG"
	formatVersion = 3
	maxPayload    = 64 << 20
	maxFeatures   = 1 << 23
)

// ErrFormat is returned (wrapped) by Decode for input that is not a valid
// model file.
var ErrFormat = errors.New("tagger: invalid model file")

// Encode writes the model in the format Decode reads. The output depends
// only on the model's contents.
func (m *Model) Encode(w io.Writer) error {
	m = m.quantized()
	p := append([]byte(magic), formatVersion)
	p = binary.AppendUvarint(p, uint64(len(m.stages)))
	for s := range m.stages {
		p = m.appendStage(p, s)
	}
	p = binary.AppendUvarint(p, uint64(m.tab.n))
	prev := uint32(0)
	m.tab.each(func(k, _ uint32) {
		p = binary.AppendUvarint(p, uint64(k-prev))
		prev = k
	})
	for s := range m.stages {
		m.tab.each(func(_, ref uint32) {
			p = binary.AppendUvarint(p, uint64(stageMask(header(m.blob, m.record(ref)), s)))
		})
	}
	m.tab.each(func(_, ref uint32) {
		rec := m.record(ref)
		at := int(rec) + headerLen
		p = append(p, m.blob[at:at+bits.OnesCount64(header(m.blob, rec))]...)
	})
	p = binary.LittleEndian.AppendUint32(p, crc32.ChecksumIEEE(p))
	_, err := w.Write(p)
	return err
}

// appendStage encodes the transitions and codebook of stage s.
func (m *Model) appendStage(p []byte, s int) []byte {
	st := &m.stages[s]
	p = binary.LittleEndian.AppendUint64(p, math.Float64bits(st.scale))
	p = binary.AppendUvarint(p, numTags)
	for _, row := range st.trans {
		for _, v := range row {
			p = binary.AppendVarint(p, int64(v))
		}
	}
	for _, v := range st.end {
		p = binary.AppendVarint(p, int64(v))
	}
	prev := int32(0)
	for _, v := range m.books[s].levels {
		p = binary.AppendUvarint(p, uint64(v-prev))
		prev = v
	}
	return p
}

// Decode reads a model written by Encode. Corrupt or truncated input
// yields an error wrapping ErrFormat.
func Decode(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxPayload+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return decodeBytes(b)
}

// decodeBytes decodes a model file held in b; the model does not keep b.
func decodeBytes(b []byte) (*Model, error) {
	if len(b) > maxPayload {
		return nil, fmt.Errorf("%w: size %d", ErrFormat, len(b))
	}
	if len(b) < 5 || string(b[:4]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	if b[4] != formatVersion {
		return nil, fmt.Errorf("%w: unsupported version %d", ErrFormat, b[4])
	}
	if len(b) < 10 {
		return nil, fmt.Errorf("%w: truncated", ErrFormat)
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	rd := &reader{b: body[5:]}
	m := &Model{}
	ns := rd.uvarint()
	if rd.err != nil || ns < 1 || ns > maxStages {
		return nil, fmt.Errorf("%w: bad stage count", ErrFormat)
	}
	for range ns {
		if err := m.parseStage(rd); err != nil {
			return nil, err
		}
	}
	if err := m.parseKeys(rd); err != nil {
		return nil, err
	}
	if err := m.parseRows(rd, int(ns)); err != nil {
		return nil, err
	}
	return m, nil
}

// parseStage reads one stage's transitions and codebook.
func (m *Model) parseStage(r *reader) error {
	if len(r.rest()) < 8 {
		return fmt.Errorf("%w: truncated", ErrFormat)
	}
	st := stage{scale: math.Float64frombits(binary.LittleEndian.Uint64(r.rest()))}
	if math.IsNaN(st.scale) || st.scale <= 0 || math.IsInf(st.scale, 0) {
		return fmt.Errorf("%w: bad scale", ErrFormat)
	}
	r.pos += 8
	if r.uvarint() != numTags {
		return fmt.Errorf("%w: tag set mismatch", ErrFormat)
	}
	for i := range st.trans {
		for t := range st.trans[i] {
			st.trans[i][t] = r.int32()
		}
	}
	for t := range st.end {
		st.end[t] = r.int32()
	}
	var lv [nLevels]int32
	v := uint64(0)
	for k := range lv {
		v += r.uvarint()
		if v > math.MaxInt16 {
			return fmt.Errorf("%w: bad level", ErrFormat)
		}
		lv[k] = int32(v)
	}
	if r.err != nil {
		return r.err
	}
	m.stages = append(m.stages, st)
	m.books = append(m.books, newCodebook(lv))
	return nil
}

// parseKeys reads the ascending feature keys into the table.
func (m *Model) parseKeys(r *reader) error {
	n := r.uvarint()
	if r.err == nil && (n > maxFeatures || n > uint64(len(r.rest()))) {
		return fmt.Errorf("%w: feature count %d", ErrFormat, n)
	}
	m.tab.init(int(n))
	k := uint64(0)
	for i := range int(n) {
		d := r.uvarint()
		if d == 0 && i > 0 || k+d > math.MaxUint32 || k+d == 0 {
			return fmt.Errorf("%w: bad key", ErrFormat)
		}
		k += d
		m.tab.put(uint32(k), 0)
	}
	m.tab.finish()
	return r.err
}

// parseRows reads the tag masks and codes into the weight records and
// points the table at them.
func (m *Model) parseRows(r *reader, ns int) error {
	masks := make([]uint64, m.tab.n)
	for s := range ns {
		for i := range masks {
			mask := r.uvarint()
			if mask > tagMask {
				return fmt.Errorf("%w: bad row mask", ErrFormat)
			}
			masks[i] |= mask << (stageShift * s)
		}
	}
	if r.err != nil {
		return r.err
	}
	total := 0
	for _, h := range masks {
		total += bits.OnesCount64(h)
	}
	codes := r.rest()
	if total != len(codes) {
		return fmt.Errorf("%w: %d weight codes for %d bytes", ErrFormat, total, len(codes))
	}
	m.fill(masks, codes)
	return nil
}

// reader is a bounds-checked varint reader over the payload. It moves an
// offset rather than reslicing, which would cost a GC write barrier per
// value.
type reader struct {
	b   []byte
	pos int
	err error
}

// rest returns the unread bytes.
func (r *reader) rest() []byte { return r.b[r.pos:] }

// uvarint decodes like binary.Uvarint, inline: a model has some 120,000
// varints, most of two or three bytes.
func (r *reader) uvarint() uint64 {
	var v uint64
	for i, shift := r.pos, uint(0); i < len(r.b) && shift < 64; i, shift = i+1, shift+7 {
		c := r.b[i]
		if c < 0x80 {
			if shift == 63 && c > 1 {
				break // overflows 64 bits
			}
			r.pos = i + 1
			return v | uint64(c)<<shift
		}
		v |= uint64(c&0x7f) << shift
	}
	if r.err == nil {
		r.err = fmt.Errorf("%w: truncated", ErrFormat)
	}
	r.pos = len(r.b)
	return 0
}

func (r *reader) int32() int32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.pos:])
	if n <= 0 || v < math.MinInt32/8 || v > math.MaxInt32/8 {
		r.err = fmt.Errorf("%w: bad weight", ErrFormat)
		r.pos = len(r.b)
		return 0
	}
	r.pos += n
	return int32(v)
}

// bytesModel decodes an in-memory model file.
func bytesModel(b []byte) (*Model, error) { return decodeBytes(b) }
