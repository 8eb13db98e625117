package entities

import "github.com/newslens/newslens/entities/internal/kb"

// descentPeople returns the people entity a nationality adjective names
// in a statement of ancestry ("of Syrian descent", "of Irish origin"), or
// -1. There the adjective is about the people, not the country; elsewhere
// ("Syrian officials", "games of British origins", "Australian Heritage"
// in capitals) it stays the country's. The people are the Group entry of
// the same country named by the plural ("Syrians") or by "<adjective>
// people" ("Japanese people").
func descentPeople(d *doc, k *kb.KB, m *mention, country int32) int32 {
	if m.end-m.start != 1 || m.start == 0 || m.end >= len(d.toks) || d.folds[m.start-1] != "of" || !ancestryWord(d.toks[m.end].Text) {
		return -1
	}
	w := d.toks[m.start].Text
	for _, name := range [...]string{w + "s", w + " people"} {
		for _, c := range k.Lookup(name) {
			if k.Type(c.Entity) == kb.Group && c.Flags&kb.Demonym == 0 && k.CountryIndex(c.Entity) == k.CountryIndex(country) {
				return c.Entity
			}
		}
	}
	return -1
}

// ancestryWord reports whether w, in lower case after "of" and a
// nationality adjective, makes a statement of ancestry.
func ancestryWord(w string) bool {
	switch w {
	case "descent", "origin", "ancestry", "heritage", "extraction", "parentage":
		return true
	}
	return false
}
