package kb

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// KB is an immutable knowledge base: entity columns and the sorted alias
// keys with their entries. It is safe for concurrent use.
type KB struct {
	kinds     []kindInfo
	countries []string // ISO codes; [0] is ""
	regions   []string // [0] is ""

	kindOf    []uint8
	countryOf []uint16
	regionOf  []uint32
	prior     []uint8
	qid       []uint32
	nameKey   []int32  // key index of the name, -1 when it has none
	nameBits  []uint8  // name form | nameStdCaps | nameNoImplied
	nameCap   []uint16 // caps of the name's own entry
	nameOff   []uint32 // stored names or edit scripts: names[nameOff[i]:nameOff[i+1]]
	names     string
	titleForm []uint8
	titleOff  []uint32 // explicit titles
	titles    string
	descs     descTable

	keyOff []uint32 // keys[keyOff[k]:keyOff[k+1]]
	keys   string
	entOff []uint32 // entries of key k: [entOff[k], entOff[k+1])
	ents   []aliasEntry

	first      firstIndex
	firstOnce  sync.Once
	firstReady atomic.Bool  // first is built
	firstWork  atomic.Int64 // keys and entries searchFirst read before
}

// aliasEntry is one entity an alias key names, with the alias's flags
// and caps. The three are read together, so they are stored together.
type aliasEntry struct {
	ent   int32
	caps  uint16
	flags AliasFlags
}

type kindInfo struct {
	typ  Type
	name string
}

// Title forms.
const (
	titleNone     = iota
	titleName     // Name with spaces as underscores
	titleNameRgn  // "Name, Region" with underscores
	titleExplicit // stored
)

// Entity is the decoded view of one entity.
type Entity struct {
	Index       int32
	QID         string
	Title       string
	Name        string
	Description string
	Type        Type
	Kind        string
	Country     string // ISO 3166-1 alpha-2, "" unknown
	Region      string
	Prior       uint8
}

// Len returns the number of entities.
func (k *KB) Len() int { return len(k.kindOf) }

// Keys returns the number of distinct alias keys.
func (k *KB) Keys() int { return len(k.keyOff) - 1 }

// Entries returns the number of (alias key, entity) entries.
func (k *KB) Entries() int { return len(k.ents) }

// Type returns the type of entity i.
func (k *KB) Type(i int32) Type { return k.kinds[k.kindOf[i]].typ }

// Kind returns the kind of entity i.
func (k *KB) Kind(i int32) string { return k.kinds[k.kindOf[i]].name }

// Country returns the country code of entity i, "" when unknown.
func (k *KB) Country(i int32) string { return k.countries[k.countryOf[i]] }

// Region returns the first-level division (a US state) of entity i, ""
// when unknown.
func (k *KB) Region(i int32) string { return k.regions[k.regionOf[i]] }

// RegionIndex returns the number of entity i's region, from 1 to
// Regions()-1, or 0 for none; RegionName(RegionIndex(i)) is Region(i).
func (k *KB) RegionIndex(i int32) int { return int(k.regionOf[i]) }

// Regions returns how many region numbers there are.
func (k *KB) Regions() int { return len(k.regions) }

// RegionName returns the name of region number r.
func (k *KB) RegionName(r int) string { return k.regions[r] }

// CountryIndex returns the index in CountryCodes of the country of
// entity i.
func (k *KB) CountryIndex(i int32) int { return int(k.countryOf[i]) }

// CountryCodes returns the country codes entities refer to by index; ""
// (unknown) is among them.
func (k *KB) CountryCodes() []string { return append([]string(nil), k.countries...) }

// Prior returns the popularity of entity i.
func (k *KB) Prior(i int32) uint8 { return k.prior[i] }

// QID returns the Wikidata ID of entity i, "" when unknown.
func (k *KB) QID(i int32) string {
	if k.qid[i] == 0 {
		return ""
	}
	var buf [12]byte
	return string(strconv.AppendUint(append(buf[:0], 'Q'), uint64(k.qid[i]), 10))
}

// Name returns the canonical name of entity i.
func (k *KB) Name(i int32) string {
	if stored, ok := k.storedName(i); ok {
		return stored
	}
	return string(k.appendName(nil, i))
}

// storedName returns the name of entity i when it is stored as it is.
func (k *KB) storedName(i int32) (string, bool) {
	switch k.nameBits[i] & nameFormMask {
	case nameImplied, nameDiff:
		return "", false
	}
	return k.names[k.nameOff[i]:k.nameOff[i+1]], true
}

// appendName appends the name of entity i to b.
func (k *KB) appendName(b []byte, i int32) []byte {
	stored := k.names[k.nameOff[i]:k.nameOff[i+1]]
	switch k.nameBits[i] & nameFormMask {
	case nameImplied:
		return appendTitleWords(b, k.key(k.nameKey[i]), 0xFFFF)
	case nameDiff:
		var scratch [64]byte
		base := appendTitleWords(scratch[:0], k.key(k.nameKey[i]), 0xFFFF)
		if out, ok := appendDiff(b, base, []byte(stored)); ok {
			return out
		}
	}
	return append(b, stored...)
}

// Title returns the English Wikipedia title of entity i, "" when none.
func (k *KB) Title(i int32) string {
	name := ""
	if f := k.titleForm[i]; f == titleName || f == titleNameRgn {
		name = k.Name(i)
	}
	return k.title(i, name)
}

// title returns the title of entity i named name.
func (k *KB) title(i int32, name string) string {
	switch k.titleForm[i] {
	case titleName:
		return underscore(name)
	case titleNameRgn:
		return underscore(name + ", " + k.regions[k.regionOf[i]])
	case titleExplicit:
		return k.titles[k.titleOff[i]:k.titleOff[i+1]]
	}
	return ""
}

// Qualified reports whether entity i's Wikipedia title qualifies its
// name in parentheses ("Tom_Davis_(Virginia_politician)"): Wikipedia
// has other articles of that name, so the name alone says little.
func (k *KB) Qualified(i int32) bool {
	return k.titleForm[i] == titleExplicit && strings.Contains(k.titles[k.titleOff[i]:k.titleOff[i+1]], "_(")
}

// CountryQualified reports whether entity i's Wikipedia title qualifies
// its name with its country in parentheses ("Ministry_of_Justice_(United_Kingdom)",
// "Labour_Party_(UK)"): other countries have a body of that name.
func (k *KB) CountryQualified(i int32) bool {
	if k.titleForm[i] != titleExplicit {
		return false
	}
	t := k.titles[k.titleOff[i]:k.titleOff[i+1]]
	open := strings.LastIndex(t, "_(")
	if open < 0 || !strings.HasSuffix(t, ")") {
		return false
	}
	q := strings.ReplaceAll(t[open+2:len(t)-1], "_", " ")
	switch cc := k.Country(i); {
	case cc == "":
		return false
	case q == CountryName(cc):
		return true
	case cc == "GB":
		return q == "UK"
	case cc == "US":
		return q == "US" || q == "U.S."
	}
	return false
}

// Entity returns the full record of entity i. The strings it builds
// (name, title, QID, description) share one allocation: a document
// asks for the record of every entity it links.
func (k *KB) Entity(i int32) Entity {
	e := Entity{
		Index: i, Type: k.Type(i), Kind: k.Kind(i), Country: k.Country(i),
		Region: k.regions[k.regionOf[i]], Prior: k.prior[i],
	}
	var scratch [160]byte
	b := scratch[:0]
	// Each string is a span of b, sliced from the one string made of it
	// at the end; strings already in the KB are used as they are.
	var name, title, qid, desc [2]int
	b = k.appendName(b, i)
	name = [2]int{0, len(b)}
	switch k.titleForm[i] {
	case titleName, titleNameRgn:
		for j := range name[1] {
			c := b[j]
			if c == ' ' {
				c = '_'
			}
			b = append(b, c)
		}
		if k.titleForm[i] == titleNameRgn {
			b = appendUnderscore(append(b, ',', '_'), e.Region)
		}
		title = [2]int{name[1], len(b)}
	case titleExplicit:
		e.Title = k.titles[k.titleOff[i]:k.titleOff[i+1]]
	}
	if k.qid[i] != 0 {
		n := len(b)
		b = strconv.AppendUint(append(b, 'Q'), uint64(k.qid[i]), 10)
		qid = [2]int{n, len(b)}
	}
	country := CountryName(e.Country)
	if d, ok := k.descs.of(i); ok {
		e.Description = d
	} else if kindAlone(e.Kind, e.Region, country) {
		e.Description = e.Kind
	} else {
		n := len(b)
		b = appendDescribe(b, e.Kind, e.Region, country)
		desc = [2]int{n, len(b)}
	}
	all := string(b)
	at := func(s [2]int, dst *string) {
		if s[1] > s[0] {
			*dst = all[s[0]:s[1]]
		}
	}
	at(name, &e.Name)
	at(title, &e.Title)
	at(qid, &e.QID)
	at(desc, &e.Description)
	return e
}

// appendUnderscore appends s to b with its spaces as underscores, as
// Wikipedia titles write them.
func appendUnderscore(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			c = '_'
		}
		b = append(b, c)
	}
	return b
}

// key returns the text of key ki.
func (k *KB) key(ki int32) string { return k.keys[k.keyOff[ki]:k.keyOff[ki+1]] }

// Key returns the text of key ki.
func (k *KB) Key(ki int32) string { return k.key(ki) }

// findKey returns the index of key s, or -1.
func (k *KB) findKey(s string) int32 {
	n := len(k.keyOff) - 1
	i := sort.Search(n, func(j int) bool { return k.key(int32(j)) >= s })
	if i < n && k.key(int32(i)) == s {
		return int32(i)
	}
	return -1
}

// WordsHave reports whether the key spelled by words, each folded as the
// matcher folds tokens, has an entry with all of flags f. Unlike Lookup
// it allocates nothing, for callers that ask it often.
func (k *KB) WordsHave(words []string, f AliasFlags) bool {
	if len(words) == 0 || len(words) > maxKeyTokens {
		return false
	}
	lo := k.searchFirst(words[0], false)
	hi := k.searchFirst(words[0], true)
	plen := len(words[0])
	for _, w := range words[1:] {
		if lo >= hi {
			return false
		}
		lo, hi = k.narrow(lo, hi, plen, w)
		plen += 1 + len(w)
	}
	if lo >= hi || int(k.keyOff[lo+1]-k.keyOff[lo]) != plen {
		return false
	}
	for e := k.entOff[lo]; e < k.entOff[lo+1]; e++ {
		if k.ents[e].flags&f == f {
			return true
		}
	}
	return false
}

// searchFirst returns the first key >= w (or, when bump is set, the first
// past the keys that are w or begin with w and a space).
func (k *KB) searchFirst(w string, bump bool) int32 {
	n := int32(len(k.keyOff) - 1)
	lo, hi := int32(0), n
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		key := k.keys[k.keyOff[mid]:k.keyOff[mid+1]]
		if cmpFirst(key, w, bump) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// cmpFirst compares key with w (with w+"!" when bump, which sorts after
// w and every w+" ...").
func cmpFirst(key, w string, bump bool) int {
	if !bump {
		return strings.Compare(key, w)
	}
	n := min(len(key), len(w))
	if c := strings.Compare(key[:n], w[:n]); c != 0 {
		return c
	}
	if len(key) <= len(w) || key[len(w)] < '!' {
		return -1
	}
	return 1
}

// Candidate is one entity an alias may name.
type Candidate struct {
	Entity int32
	Flags  AliasFlags
	Caps   uint16
}

// Lookup returns the entities with alias text, highest prior first,
// ignoring case rules.
func (k *KB) Lookup(alias string) []Candidate {
	ki := k.keyIndex(alias)
	if ki < 0 {
		return nil
	}
	return k.appendEntries(nil, ki)
}

// AppendAs appends to dst a match over tokens [start, end) for every
// entry of the key of name, as if the text had written name there: the
// caller's reading of a name the text spells another way ("William H.
// Rehnquist" for "William Rehnquist"). The entries' case rules are not
// checked.
func (k *KB) AppendAs(dst []Match, name string, start, end int) []Match {
	ki := k.keyIndex(name)
	if ki < 0 {
		return dst
	}
	for e := k.entOff[ki]; e < k.entOff[ki+1]; e++ {
		dst = append(dst, Match{Start: start, End: end, Key: ki, Candidate: k.candidate(ki, e)})
	}
	return dst
}

// keyIndex returns the index of the key of alias, -1 if there is none.
func (k *KB) keyIndex(alias string) int32 {
	key, ok := KeyOf(alias)
	if !ok {
		return -1
	}
	return k.findKey(key.Text)
}

func (k *KB) appendEntries(dst []Candidate, ki int32) []Candidate {
	for e := k.entOff[ki]; e < k.entOff[ki+1]; e++ {
		dst = append(dst, k.candidate(ki, e))
	}
	return dst
}

// candidate returns entry e of key ki with its caps spelled out.
func (k *KB) candidate(ki int32, e uint32) Candidate {
	x := k.ents[e]
	c := Candidate{Entity: x.ent, Flags: x.flags &^ stdCaps, Caps: x.caps}
	if x.flags&stdCaps != 0 {
		c.Caps = nameCaps(k.key(ki))
	}
	return c
}

// Aliases calls fn for every alias entry of the knowledge base, in key
// order: the key index, the entity and the entry's flags and caps.
func (k *KB) Aliases(fn func(key int32, c Candidate)) {
	for ki := int32(0); ki < int32(k.Keys()); ki++ {
		for e := k.entOff[ki]; e < k.entOff[ki+1]; e++ {
			fn(ki, k.candidate(ki, e))
		}
	}
}

func underscore(s string) string { return strings.ReplaceAll(s, " ", "_") }
