package kb

import (
	"slices"
	"strings"
)

// Merge returns a knowledge base with the entities of a followed by those
// of b, without re-tokenizing any alias: tables, columns and sorted keys
// are merged directly, so extending the embedded knowledge base is fast.
func Merge(a, b *KB) (*KB, error) {
	k := &KB{}
	kindA, kindB := mergeTable(&k.kinds, a.kinds, b.kinds, func(x, y kindInfo) int {
		if x.typ != y.typ {
			return int(x.typ) - int(y.typ)
		}
		return strings.Compare(x.name, y.name)
	})
	countryA, countryB := mergeTable(&k.countries, a.countries, b.countries, strings.Compare)
	regionA, regionB := mergeTable(&k.regions, a.regions, b.regions, strings.Compare)
	na := a.Len()
	if len(k.kinds) > maxKinds || len(k.countries) > maxCountries || na+b.Len() > maxEntities {
		return nil, ErrTooMany
	}
	keyA, keyB := k.mergeKeys(a, b)
	k.appendColumns(a, kindA, countryA, regionA, keyA, 0)
	k.appendColumns(b, kindB, countryB, regionB, keyB, int32(na))
	k.names, k.titles = a.names+b.names, a.titles+b.titles
	k.mergeEntries(a, b, keyA, keyB)
	return k, nil
}

// mergeTable merges two sorted tables into *dst and returns the new index
// of each old entry.
func mergeTable[T comparable](dst *[]T, a, b []T, cmp func(x, y T) int) ([]int, []int) {
	all := slices.Concat(a, b)
	slices.SortFunc(all, cmp)
	all = slices.CompactFunc(all, func(x, y T) bool { return cmp(x, y) == 0 })
	*dst = all
	index := func(s []T) []int {
		out := make([]int, len(s))
		for i, v := range s {
			out[i], _ = slices.BinarySearchFunc(all, v, cmp)
		}
		return out
	}
	return index(a), index(b)
}

// mergeKeys merges the sorted keys of a and b into k and returns the new
// index of each old key.
func (k *KB) mergeKeys(a, b *KB) ([]int32, []int32) {
	na, nb := int32(a.Keys()), int32(b.Keys())
	mapA, mapB := make([]int32, na), make([]int32, nb)
	var sb strings.Builder
	sb.Grow(len(a.keys) + len(b.keys))
	k.keyOff = []uint32{0}
	i, j := int32(0), int32(0)
	for i < na || j < nb {
		var s string
		switch {
		case j == nb || (i < na && a.key(i) < b.key(j)):
			s, mapA[i] = a.key(i), int32(len(k.keyOff)-1)
			i++
		case i == na || b.key(j) < a.key(i):
			s, mapB[j] = b.key(j), int32(len(k.keyOff)-1)
			j++
		default:
			s, mapA[i], mapB[j] = a.key(i), int32(len(k.keyOff)-1), int32(len(k.keyOff)-1)
			i, j = i+1, j+1
		}
		sb.WriteString(s)
		k.keyOff = append(k.keyOff, uint32(sb.Len()))
	}
	k.keys = sb.String()
	return mapA, mapB
}

// appendColumns appends the entity columns of x, remapping table and key
// indexes, with x's entities starting at entity off.
func (k *KB) appendColumns(x *KB, kind, cty, rgn []int, keys []int32, off int32) {
	if len(k.nameOff) == 0 {
		k.nameOff, k.titleOff = []uint32{0}, []uint32{0}
	}
	nameBase, titleBase := k.nameOff[len(k.nameOff)-1], k.titleOff[len(k.titleOff)-1]
	for i := range int32(x.Len()) {
		k.kindOf = append(k.kindOf, uint8(kind[x.kindOf[i]]))
		k.countryOf = append(k.countryOf, uint16(cty[x.countryOf[i]]))
		k.regionOf = append(k.regionOf, uint32(rgn[x.regionOf[i]]))
		nk := x.nameKey[i]
		if nk >= 0 {
			nk = keys[nk]
		}
		k.nameKey = append(k.nameKey, nk)
		k.nameOff = append(k.nameOff, nameBase+x.nameOff[i+1])
		k.titleOff = append(k.titleOff, titleBase+x.titleOff[i+1])
	}
	k.prior = append(k.prior, x.prior...)
	k.qid = append(k.qid, x.qid...)
	k.nameBits = append(k.nameBits, x.nameBits...)
	k.nameCap = append(k.nameCap, x.nameCap...)
	k.titleForm = append(k.titleForm, x.titleForm...)
	k.descs.appendFrom(&x.descs, off)
}

// mergeEntries lays out the entries of a and b under the merged keys, in
// the order Build gives.
func (k *KB) mergeEntries(a, b *KB, keyA, keyB []int32) {
	nkeys := len(k.keyOff) - 1
	k.entOff = make([]uint32, nkeys+1)
	for _, p := range []struct {
		x    *KB
		keys []int32
	}{{a, keyA}, {b, keyB}} {
		for ki := range p.keys {
			k.entOff[p.keys[ki]+1] += p.x.entOff[ki+1] - p.x.entOff[ki]
		}
	}
	for i := range nkeys {
		k.entOff[i+1] += k.entOff[i]
	}
	total := k.entOff[nkeys]
	k.ents = make([]aliasEntry, total)
	fill := slices.Clone(k.entOff[:nkeys])
	for _, p := range []struct {
		x    *KB
		keys []int32
		off  int32
	}{{a, keyA, 0}, {b, keyB, int32(a.Len())}} {
		for ki, nk := range p.keys {
			for e := p.x.entOff[ki]; e < p.x.entOff[ki+1]; e++ {
				j := fill[nk]
				fill[nk]++
				x := p.x.ents[e]
				x.ent += p.off
				k.ents[j] = x
			}
		}
	}
	for ki := range nkeys {
		if k.entOff[ki+1]-k.entOff[ki] > 1 {
			k.sortEntries(k.entOff[ki], k.entOff[ki+1])
		}
	}
}
