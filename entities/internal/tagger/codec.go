package tagger

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

// Model file format: the 4-byte magic "NLTG", a format version byte, then
// a DEFLATE stream of a uvarint stage count (1 or 2), the stages, and an
// IEEE CRC-32 of everything before it (little endian). A stage is:
//
//	scale      float64 (little endian), weight units per step
//	numTags    uvarint (17)
//	trans      (numTags+1)*numTags zigzag varints (last row: start)
//	end        numTags zigzag varints
//	features   uvarint count, then keys ascending as uvarint deltas
//	rows       per feature: uvarint bitmask of non-zero tags, then one
//	           zigzag varint per set bit
const (
	magic         = "NLTG"
	formatVersion = 2
	maxPayload    = 64 << 20
	maxFeatures   = 1 << 23
)

// ErrFormat is returned (wrapped) by Decode for input that is not a valid
// model file.
var ErrFormat = errors.New("tagger: invalid model file")

// Encode writes the model in the format Decode reads. The output depends
// only on the model's contents.
func (m *Model) Encode(w io.Writer) error {
	p := binary.AppendUvarint(nil, uint64(len(m.stages)))
	for s := range m.stages {
		p = m.stageWeights(s).append(p)
	}
	p = binary.LittleEndian.AppendUint32(p, crc32.ChecksumIEEE(p))
	if _, err := io.WriteString(w, magic); err != nil {
		return err
	}
	if _, err := w.Write([]byte{formatVersion}); err != nil {
		return err
	}
	fw, err := flate.NewWriter(w, flate.BestCompression)
	if err != nil {
		return err
	}
	if _, err := fw.Write(p); err != nil {
		return err
	}
	return fw.Close()
}

// append encodes one stage.
func (m *weights) append(p []byte) []byte {
	p = binary.LittleEndian.AppendUint64(p, math.Float64bits(m.scale))
	p = binary.AppendUvarint(p, numTags)
	for _, row := range m.trans {
		for _, v := range row {
			p = binary.AppendVarint(p, int64(v))
		}
	}
	for _, v := range m.end {
		p = binary.AppendVarint(p, int64(v))
	}
	p = binary.AppendUvarint(p, uint64(len(m.keys)))
	prev := uint32(0)
	for _, k := range m.keys {
		p = binary.AppendUvarint(p, uint64(k-prev))
		prev = k
	}
	for i := range m.keys {
		row := m.w[i*numTags : (i+1)*numTags]
		mask := uint64(0)
		for t, v := range row {
			if v != 0 {
				mask |= 1 << t
			}
		}
		p = binary.AppendUvarint(p, mask)
		for _, v := range row {
			if v != 0 {
				p = binary.AppendVarint(p, int64(v))
			}
		}
	}
	return p
}

// Decode reads a model written by Encode. Corrupt or truncated input
// yields an error wrapping ErrFormat.
func Decode(r io.Reader) (*Model, error) {
	var hdr [5]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	if string(hdr[:4]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	if hdr[4] != formatVersion {
		return nil, fmt.Errorf("%w: unsupported version %d", ErrFormat, hdr[4])
	}
	// Weights compress little (about 1.25:1); a known input size saves
	// regrowing the buffer.
	hint := 1 << 16
	if br, ok := r.(*bytes.Reader); ok {
		hint = min(2*br.Len(), maxPayload)
	}
	buf := bytes.NewBuffer(make([]byte, 0, hint))
	_, err := buf.ReadFrom(io.LimitReader(flate.NewReader(r), maxPayload+1))
	p := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if len(p) > maxPayload || len(p) < 12 {
		return nil, fmt.Errorf("%w: payload size %d", ErrFormat, len(p))
	}
	body, sum := p[:len(p)-4], binary.LittleEndian.Uint32(p[len(p)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	r2 := &reader{b: body}
	n := r2.uvarint()
	if r2.err != nil || n < 1 || n > 2 {
		return nil, fmt.Errorf("%w: bad stage count", ErrFormat)
	}
	var ws []*weights
	for range n {
		s, err := parse(r2)
		if err != nil {
			return nil, err
		}
		ws = append(ws, s)
	}
	if len(r2.b) != 0 {
		return nil, fmt.Errorf("%w: trailing bytes", ErrFormat)
	}
	return assemble(ws), nil
}

// reader is a bounds-checked varint reader over the payload.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = fmt.Errorf("%w: truncated", ErrFormat)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) int32() int32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 || v < math.MinInt32/8 || v > math.MaxInt32/8 {
		r.err = fmt.Errorf("%w: bad weight", ErrFormat)
		return 0
	}
	r.b = r.b[n:]
	return int32(v)
}

// parse reads one stage.
func parse(r *reader) (*weights, error) {
	if len(r.b) < 8 {
		return nil, fmt.Errorf("%w: truncated", ErrFormat)
	}
	m := &weights{stage: stage{scale: math.Float64frombits(binary.LittleEndian.Uint64(r.b))}}
	if math.IsNaN(m.scale) || m.scale <= 0 || math.IsInf(m.scale, 0) {
		return nil, fmt.Errorf("%w: bad scale", ErrFormat)
	}
	r.b = r.b[8:]
	if r.uvarint() != numTags {
		return nil, fmt.Errorf("%w: tag set mismatch", ErrFormat)
	}
	for i := range m.trans {
		for t := range m.trans[i] {
			m.trans[i][t] = r.int32()
		}
	}
	for t := range m.end {
		m.end[t] = r.int32()
	}
	n := r.uvarint()
	if r.err == nil && (n > maxFeatures || n > uint64(len(r.b))) {
		return nil, fmt.Errorf("%w: feature count %d", ErrFormat, n)
	}
	keys := make([]uint32, 0, n)
	k := uint64(0)
	for i := uint64(0); i < n && r.err == nil; i++ {
		d := r.uvarint()
		if d == 0 && i > 0 || k+d > math.MaxUint32 || k+d == 0 {
			return nil, fmt.Errorf("%w: bad key", ErrFormat)
		}
		k += d
		keys = append(keys, uint32(k))
	}
	m.mask = make([]uint32, 0, n)
	m.vals = make([]int16, 0, int(n)*4) // rows have about 4 weights
	for i := uint64(0); i < n && r.err == nil; i++ {
		mask := r.uvarint()
		if mask >= 1<<numTags {
			return nil, fmt.Errorf("%w: bad row mask", ErrFormat)
		}
		m.mask = append(m.mask, uint32(mask))
		for t := range numTags {
			if mask&(1<<t) != 0 {
				v := r.int32()
				if v < math.MinInt16 || v > math.MaxInt16 {
					return nil, fmt.Errorf("%w: weight out of range", ErrFormat)
				}
				m.vals = append(m.vals, int16(v))
			}
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	m.keys = keys
	return m, nil
}

// bytesModel decodes an in-memory model file.
func bytesModel(b []byte) (*Model, error) { return Decode(bytes.NewReader(b)) }
