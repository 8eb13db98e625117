package kb

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// entry is an alias entry while building.
type entry struct {
	key   string
	ent   int32
	flags AliasFlags
	caps  uint16
	prior uint8
}

// Build limits.
const (
	maxKinds     = 255
	maxCountries = 1 << 16
	maxEntities  = 1<<31 - 1
)

// ErrTooMany reports a knowledge base beyond the format's limits: more
// than 255 distinct (type, kind) pairs or 65,536 countries.
var ErrTooMany = errors.New("kb: too many kinds or countries")

// Build makes a KB of records, in the given order. Aliases that give no
// key are skipped; an entity whose name gives none keeps its name but can
// only be found by its other aliases.
func Build(recs []Record) (*KB, error) {
	k := &KB{}
	k.tables(recs)
	if len(k.kinds) > maxKinds || len(k.countries) > maxCountries || len(recs) > maxEntities {
		return nil, ErrTooMany
	}
	kindIdx, countryIdx, regionIdx := map[kindInfo]int{}, map[string]int{}, map[string]int{}
	for i, ki := range k.kinds {
		kindIdx[ki] = i
	}
	for i, c := range k.countries {
		countryIdx[c] = i
	}
	for i, r := range k.regions {
		regionIdx[r] = i
	}
	n := len(recs)
	k.kindOf, k.countryOf, k.regionOf = make([]uint8, n), make([]uint16, n), make([]uint32, n)
	k.prior, k.qid, k.nameKey = make([]uint8, n), make([]uint32, n), make([]int32, n)
	k.titleForm = make([]uint8, n)
	var entries []entry
	var descEnts []int32
	var descs []string
	nameKeys := make([]Key, n)
	for i := range recs {
		r := &recs[i]
		k.kindOf[i] = uint8(kindIdx[kindInfo{r.Type, r.Kind}])
		k.countryOf[i] = uint16(countryIdx[r.Country])
		k.regionOf[i] = uint32(regionIdx[r.Region])
		k.prior[i] = r.Prior
		k.qid[i] = parseQID(r.QID)
		if r.Description != "" {
			descEnts, descs = append(descEnts, int32(i)), append(descs, r.Description)
		}
		entries = appendRecordEntries(entries, int32(i), r)
		nameKeys[i], _ = KeyOf(r.Name)
	}
	k.descs.set(descEnts, descs)
	k.setKeys(entries)
	var names, titles strings.Builder
	k.nameBits, k.nameCap = make([]uint8, n), make([]uint16, n)
	k.nameOff, k.titleOff = make([]uint32, n+1), make([]uint32, n+1)
	for i := range recs {
		r := &recs[i]
		key := nameKeys[i]
		k.nameKey[i] = -1
		if key.Text != "" {
			k.nameKey[i] = k.findKey(key.Text)
		}
		var stored []byte
		if k.nameKey[i] < 0 {
			k.nameBits[i], stored = nameRaw|nameNoImplied, []byte(r.Name)
		} else {
			k.nameBits[i], stored = nameInfo(key, r.Name, r.NameFlags())
			k.nameCap[i] = key.Caps
		}
		names.Write(stored)
		k.nameOff[i+1] = uint32(names.Len())
		k.titleForm[i] = titleFormOf(r)
		if k.titleForm[i] == titleExplicit {
			titles.WriteString(r.Title)
		}
		k.titleOff[i+1] = uint32(titles.Len())
	}
	k.names, k.titles = names.String(), titles.String()
	return k, nil
}

// tables collects the sorted kind, country and region tables.
func (k *KB) tables(recs []Record) {
	kinds := map[kindInfo]bool{}
	countries, regions := map[string]bool{"": true}, map[string]bool{"": true}
	for i := range recs {
		kinds[kindInfo{recs[i].Type, recs[i].Kind}] = true
		countries[recs[i].Country] = true
		regions[recs[i].Region] = true
	}
	for ki := range kinds {
		k.kinds = append(k.kinds, ki)
	}
	slices.SortFunc(k.kinds, func(a, b kindInfo) int {
		return cmp.Or(cmp.Compare(a.typ, b.typ), cmp.Compare(a.name, b.name))
	})
	k.countries = sortedKeys(countries)
	k.regions = sortedKeys(regions)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for s := range m {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// appendRecordEntries adds the alias entries of record r (entity i): its
// name first, then each alias; a key repeated keeps its first entry.
func appendRecordEntries(dst []entry, i int32, r *Record) []entry {
	seen := make(map[string]bool, len(r.Aliases)+1)
	implicit := implicitFlags(r.Type, r.Kind)
	add := func(text string, flags AliasFlags) {
		key, ok := KeyOf(text)
		if !ok || seen[key.Text] {
			return
		}
		seen[key.Text] = true
		flags = flags&^Upper | implicit
		if key.Upper {
			flags |= Upper
		}
		dst = append(dst, entry{key: key.Text, ent: i, flags: flags, caps: key.Caps, prior: r.Prior})
	}
	add(r.Name, r.NameFlags())
	for _, a := range r.Aliases {
		add(a.Text, a.Flags)
	}
	return dst
}

// rank orders the entries of one key: full names, then partial names and
// sports short forms, then popular titles.
func rank(f AliasFlags) int {
	switch {
	case f&TitleOnly != 0:
		return 2
	case f&(Partial|Sports) != 0:
		return 1
	}
	return 0
}

// setKeys sorts the entries by key, then by rank, then by prior (highest
// first), then by entity, and lays out the key and entry arrays.
func (k *KB) setKeys(entries []entry) {
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(rank(a.flags), rank(b.flags)),
			cmp.Compare(b.prior, a.prior), cmp.Compare(a.ent, b.ent))
	})
	var keys strings.Builder
	k.keyOff = []uint32{0}
	k.entOff = []uint32{0}
	k.ents = make([]aliasEntry, len(entries))
	for i, e := range entries {
		if i == 0 || e.key != entries[i-1].key {
			if i > 0 {
				k.keyOff = append(k.keyOff, uint32(keys.Len()))
				k.entOff = append(k.entOff, uint32(i))
			}
			keys.WriteString(e.key)
		}
		k.ents[i] = aliasEntry{ent: e.ent, flags: e.flags, caps: e.caps}
	}
	if len(entries) > 0 {
		k.keyOff = append(k.keyOff, uint32(keys.Len()))
		k.entOff = append(k.entOff, uint32(len(entries)))
	}
	k.keys = keys.String()
}

func titleFormOf(r *Record) uint8 {
	switch r.Title {
	case "":
		return titleNone
	case underscore(r.Name):
		return titleName
	}
	if r.Region != "" && r.Title == underscore(r.Name+", "+r.Region) {
		return titleNameRgn
	}
	return titleExplicit
}

// parseQID returns the number of a "Q123" ID, 0 when s is not one.
func parseQID(s string) uint32 {
	if len(s) < 2 || s[0] != 'Q' {
		return 0
	}
	n, err := strconv.ParseUint(s[1:], 10, 32)
	if err != nil {
		return 0
	}
	return uint32(n)
}

// ValidQID reports whether s is a Wikidata item ID ("Q42").
func ValidQID(s string) bool {
	return parseQID(s) != 0 && "Q"+strconv.FormatUint(uint64(parseQID(s)), 10) == s
}

// implicitFlags are the flags every entry of an entity carries because of
// its type and kind: an entity of type Misc without a kind is known only
// as a popular title, so its entries are TitleOnly.
func implicitFlags(t Type, kind string) AliasFlags {
	if t == Misc && kind == "" {
		return TitleOnly
	}
	return 0
}
