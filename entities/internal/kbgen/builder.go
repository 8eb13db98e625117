package main

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// source tags where an entity came from; joins treat GeoNames cities
// specially (two GeoNames places never merge by name).
type source uint8

const (
	srcHand source = iota
	srcCountry
	srcState
	srcGeoNames
	srcCity
	srcPerson
	srcOrg
	srcTitle
)

// ent is an entity being assembled.
type ent struct {
	kb.Record
	src     source
	score   float64 // popularity before quantizing to the prior
	pop     int     // population, places only
	claimed bool    // a GeoNames city already joined this entity
	aliases map[string]kb.AliasFlags
	order   []string
}

type builder struct {
	ents         []*ent
	byQID        map[string]*ent
	byTitle      map[string]*ent
	byName       map[string][]*ent // nameKey(name, country, class)
	byNameAny    map[string][]*ent // organizations by any name key
	persons      map[string][]*ent // people by the key of any full name
	countryNames map[string]string // ISO2 -> common name
	iso3         map[string]string // ISO3 -> ISO2
	popular      map[string]bool   // folded popular titles
	demonyms     map[string]bool   // lower-cased nationality words
}

func newBuilder() *builder {
	return &builder{
		byQID: map[string]*ent{}, byTitle: map[string]*ent{}, byName: map[string][]*ent{}, byNameAny: map[string][]*ent{}, persons: map[string][]*ent{},
		countryNames: map[string]string{}, iso3: map[string]string{}, popular: map[string]bool{}, demonyms: map[string]bool{},
	}
}

// class groups the entities that may join by name: a city never joins a
// region or a country of the same name.
func class(t kb.Type, kind string) int {
	switch t {
	case kb.Place:
		switch kind {
		case "country", "territory":
			return 4
		case "region", "state":
			return 5
		}
		return 1
	case kb.Person:
		return 2
	}
	return 3
}

func nameKey(name, cc string, t kb.Type, kind string) string {
	k, _ := kb.KeyOf(name)
	return k.Text + "\x00" + cc + "\x00" + string(rune('0'+class(t, kind)))
}

// find returns the entity r joins: same QID, else same title, else (when
// byName) same name, country and class.
func (b *builder) find(r *kb.Record, src source, byName bool) *ent {
	if e := b.byQID[r.QID]; r.QID != "" && e != nil {
		return e
	}
	if e := b.byTitle[r.Title]; r.Title != "" && e != nil && class(e.Type, e.Kind) == class(r.Type, r.Kind) && joinable(e, r) {
		return e
	}
	if !byName {
		return nil
	}
	if r.Country == "" && class(r.Type, r.Kind) == 3 {
		return b.findAnyCountry(r)
	}
	for _, e := range b.byName[nameKey(r.Name, r.Country, r.Type, r.Kind)] {
		if src == srcGeoNames && (e.src == srcGeoNames || e.claimed) {
			continue
		}
		if e.QID != "" && r.QID != "" && e.QID != r.QID {
			continue
		}
		if e.Region != "" && r.Region != "" && e.Region != r.Region {
			continue // Rochester, New York is not Rochester, Minnesota
		}
		return e
	}
	return nil
}

// findAnyCountry joins an organization without a country by any of its
// names to an organization of any country.
func (b *builder) findAnyCountry(r *kb.Record) *ent {
	names := []string{r.Name}
	for _, a := range r.Aliases {
		names = append(names, a.Text)
	}
	var found *ent
	for _, n := range names {
		k, _ := kb.KeyOf(n)
		for _, e := range b.byNameAny[k.Text] {
			if !joinable(e, r) {
				continue
			}
			if e.src == srcHand {
				return e
			}
			if found == nil {
				found = e
			}
		}
	}
	return found
}

// add joins r into a known entity or creates one, and returns it.
func (b *builder) add(r kb.Record, src source, score float64, byName bool) *ent {
	r.Name = tidy(r.Name)
	e := b.find(&r, src, byName)
	if e == nil {
		e = &ent{Record: kb.Record{Name: r.Name, Type: r.Type, Kind: r.Kind, Country: r.Country}, src: src, aliases: map[string]kb.AliasFlags{}}
		b.ents = append(b.ents, e)
		b.index(e)
	}
	if src == srcGeoNames && e.src != srcGeoNames {
		e.claimed = true
	}
	b.merge(e, &r, score)
	if src == srcHand {
		for _, a := range r.Aliases {
			if a.Flags == 0 {
				k := nameKey(a.Text, e.Country, e.Type, e.Kind)
				b.byName[k] = append(b.byName[k], e)
				b.indexAny(e, a.Text)
			}
		}
	}
	return e
}

func (b *builder) index(e *ent) {
	k := nameKey(e.Name, e.Country, e.Type, e.Kind)
	b.byName[k] = append(b.byName[k], e)
	b.indexAny(e, e.Name)
}

func (b *builder) indexAny(e *ent, name string) {
	k, _ := kb.KeyOf(name)
	switch class(e.Type, e.Kind) {
	case 3:
		b.byNameAny[k.Text] = append(b.byNameAny[k.Text], e)
	case 2:
		b.persons[k.Text] = append(b.persons[k.Text], e)
	}
}

// merge copies what e lacks from r and adds r's names as aliases.
func (b *builder) merge(e *ent, r *kb.Record, score float64) {
	if e.QID == "" && r.QID != "" {
		e.QID = r.QID
		b.byQID[r.QID] = e
	}
	if e.Title == "" && r.Title != "" && b.byTitle[r.Title] == nil {
		e.Title = r.Title
		b.byTitle[r.Title] = e
	}
	if e.Kind == "" {
		e.Kind = r.Kind
	}
	if e.Country == "" {
		e.Country = r.Country
	}
	if e.Region == "" {
		e.Region = r.Region
	}
	if e.Description == "" {
		e.Description = r.Description
	}
	if e.Prior < r.Prior {
		e.Prior = r.Prior
	}
	e.score = math.Max(e.score, score)
	e.alias(r.Name, 0)
	for _, a := range r.Aliases {
		e.alias(a.Text, a.Flags)
	}
}

// alias adds a name; the first flags given for a key win.
func (e *ent) alias(s string, f kb.AliasFlags) {
	s = tidy(s)
	if s == "" || strings.Contains(s, "|") {
		return
	}
	if _, ok := e.aliases[s]; ok {
		return
	}
	e.aliases[s] = f
	e.order = append(e.order, s)
}

// records finishes titles and priors and returns the entities sorted by
// type, kind, country, name and ID so the output is deterministic.
func (b *builder) records() []kb.Record {
	b.assignPlaceTitles()
	b.assignRegionTitles()
	b.rankUnlinkedRegions()
	b.addTeamTowns()
	b.addUSShortNames()
	b.addGivenNameForms()
	out := make([]kb.Record, 0, len(b.ents))
	for _, e := range b.ents {
		r := e.Record
		if r.Prior == 0 {
			r.Prior = quantize(e.score)
		}
		r.Aliases = nil
		for _, s := range e.order {
			if s != r.Name || e.aliases[s] != 0 {
				r.Aliases = append(r.Aliases, kb.Alias{Text: s, Flags: e.aliases[s]})
			}
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b kb.Record) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Country, b.Country),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.QID, b.QID), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Region, b.Region))
	})
	return out
}

// quantize maps a score to a prior in 1..255.
func quantize(s float64) uint8 {
	return uint8(math.Max(1, math.Min(255, math.Round(s))))
}

// popScore is the score of a place of population p.
func popScore(p int) float64 { return 20 * math.Log10(float64(p)+10) }

// tidy collapses white space (sources have tabs and double spaces inside
// names) so every name fits the text format.
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }
