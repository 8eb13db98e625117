package entities

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/token"
)

// Salience weights. An entity named in the headline or lead and often
// throughout the text is central; one named once near the end is not.
const (
	wFrequency = 0.40 // share of the most frequent entity's count (log-scaled)
	wEarly     = 0.25 // how early the first mention comes
	wLead      = 0.20 // named in the headline or lead
	wSpread    = 0.15 // distance between first and last mention
	leadBytes  = 400  // the headline, caption and first sentence or so
)

// group accumulates the mentions of one entity.
type group struct {
	entity      Entity
	count       int
	first, last int
	lead        bool
	order       int
}

// Summarize groups mentions by entity with counts and salience, most
// salient first. text is the text the mentions were found in. Linked
// mentions group by entity (Wikidata ID, else Wikipedia title);
// unlinked ones by their normalized text and type. Ties keep the order
// of first mention, so the result is deterministic.
func Summarize(text string, mentions []Mention) []Summary {
	if len(mentions) == 0 {
		return nil
	}
	groups := make(map[groupID]int, len(mentions))
	var list []group
	var people []nilName
	for _, m := range mentions {
		key := groupKey(m)
		if m.Entity == nil && (m.Type == Person || m.Type == Organization) {
			key, people = nilKey(key, m, people)
		}
		i, ok := groups[key]
		if !ok {
			i = len(list)
			groups[key] = i
			list = append(list, group{entity: summaryEntity(m), first: m.Start, order: i})
		}
		g := &list[i]
		g.count++
		g.last = m.Start
		if m.Start < leadBytes {
			g.lead = true
		}
	}
	return rank(list, len(text))
}

// groupID identifies the entity a mention refers to: by its Wikidata
// ID, else its Wikipedia title, else its type and folded name, and an
// unlinked mention by its type and folded text. Kept apart rather than
// joined into one string, it costs no allocation.
type groupID struct {
	by   groupBy
	typ  Type
	name string
}

// groupBy says what a groupID's name is.
type groupBy uint8

const (
	byID groupBy = iota
	byWikipedia
	byName
	byText
)

// groupKey returns the groupID of m.
func groupKey(m Mention) groupID {
	if e := m.Entity; e != nil {
		if e.ID != "" {
			return groupID{by: byID, name: e.ID}
		}
		if e.Wikipedia != "" {
			return groupID{by: byWikipedia, name: e.Wikipedia}
		}
		return groupID{by: byName, typ: e.Type, name: token.Fold(e.Name)}
	}
	return groupID{by: byText, typ: m.Type, name: token.Fold(m.Text)}
}

// nilName is an unlinked person's or organization's group key, type and
// name words.
type nilName struct {
	key   groupID
	typ   Type
	words []string
}

// nilKey returns the group key of an unlinked person or organization
// mention: that of an earlier one of its type it is a short form of
// ("Pelletrix" after "Zorvan Pelletrix") or, for an organization, an
// acronym of ("ZLD" after "Zarvoni Lumex Directorate"); else its own,
// which is then remembered.
func nilKey(key groupID, m Mention, names []nilName) (groupID, []nilName) {
	w := nameWords(m.Text)
	for _, p := range names {
		if p.typ != m.Type || len(w) == 0 || len(w) >= len(p.words) {
			continue
		}
		if (m.Type == Person && allIn(w, p.words)) || (m.Type == Organization && acronymWords(m.Text, p.words)) {
			return p.key, names
		}
	}
	return key, append(names, nilName{key, m.Type, w})
}

func allIn(w, in []string) bool {
	for _, x := range w {
		if !containsWord(in, x) {
			return false
		}
	}
	return true
}

// summaryEntity is the entity a summary reports for m: the linked entry,
// or for a NIL mention just its text and type.
func summaryEntity(m Mention) Entity {
	if m.Entity != nil {
		return *m.Entity
	}
	return Entity{Name: strings.TrimSpace(m.Text), Type: m.Type}
}

// rank scores the groups and orders them by salience.
func rank(list []group, textLen int) []Summary {
	maxCount := 0
	for i := range list {
		maxCount = max(maxCount, list[i].count)
	}
	n := float64(max(textLen, 1))
	out := make([]Summary, len(list))
	for i := range list {
		g := &list[i]
		freq := math.Log1p(float64(g.count)) / math.Log1p(float64(maxCount))
		early := 1 - float64(g.first)/n
		spread := float64(g.last-g.first) / n
		s := wFrequency*freq + wEarly*early + wSpread*spread
		if g.lead {
			s += wLead
		}
		out[i] = Summary{Entity: g.entity, Count: g.count, Salience: clamp01(s)}
	}
	slices.SortStableFunc(out, func(a, b Summary) int {
		if c := cmp.Compare(b.Salience, a.Salience); c != 0 {
			return c
		}
		return cmp.Compare(b.Count, a.Count)
	})
	return out
}

func clamp01(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return 0
	case x > 1:
		return 1
	}
	return math.Round(x*1000) / 1000
}
