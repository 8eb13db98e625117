package kb

import (
	"slices"
	"strings"
)

// descTable holds the explicit descriptions, which a few thousand
// entities have (the others' are derived from kind, region and country),
// in one string with offsets, as names and titles are kept, so that
// decoding makes no allocation per description.
type descTable struct {
	ents []int32  // entities with a description, ascending
	off  []uint32 // entity ents[j]'s description is text[off[j]:off[j+1]]
	text string
}

// set fills d with descs[j] for entity ents[j], ents ascending.
func (d *descTable) set(ents []int32, descs []string) {
	var sb strings.Builder
	d.ents, d.off = ents, make([]uint32, 1, len(ents)+1)
	for _, s := range descs {
		sb.WriteString(s)
		d.off = append(d.off, uint32(sb.Len()))
	}
	d.text = sb.String()
}

// appendFrom appends x's descriptions, its entities shifted by off, which
// must put them after every entity in d (Merge).
func (d *descTable) appendFrom(x *descTable, off int32) {
	if d.off == nil {
		d.off = []uint32{0}
	}
	base := d.off[len(d.off)-1]
	for j, i := range x.ents {
		d.ents = append(d.ents, i+off)
		d.off = append(d.off, base+x.off[j+1])
	}
	d.text += x.text
}

// of returns entity i's explicit description, if it has one.
func (d *descTable) of(i int32) (string, bool) {
	j, ok := slices.BinarySearch(d.ents, i)
	if !ok {
		return "", false
	}
	return d.text[d.off[j]:d.off[j+1]], true
}

// decodeDescs reads the descriptions encodeDescs wrote: their number,
// then for each the gap to the previous entity and the text.
func (k *KB) decodeDescs(r *reader, n int) {
	d := &k.descs
	count := r.count()
	d.ents, d.off = make([]int32, 0, count), make([]uint32, 1, count+1)
	var sb strings.Builder
	prev := int32(0)
	for range count {
		prev += int32(r.bounded(n))
		if len(d.ents) > 0 && prev <= d.ents[len(d.ents)-1] {
			r.err = true // not ascending: of could not find it
			return
		}
		d.ents = append(d.ents, prev)
		r.appendStr(&sb)
		d.off = append(d.off, uint32(sb.Len()))
	}
	d.text = sb.String()
}
