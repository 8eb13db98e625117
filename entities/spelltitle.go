package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spellTitles gives each entity known only from the popular titles'
// lower-case list, and so capitalized word by word ("Hbo Now", "Oauth"),
// the case the text writes it in ("HBO Now", "OAuth"): a name mid-sentence
// keeps its own case, and Wikipedia titles differ by case after the first
// letter. It runs after coreference, over every mention of the entity.
func (d *doc) spellTitles(ms []*mention) {
	if len(d.listed) == 0 {
		return
	}
	for _, m := range ms {
		if sp := d.listed[m.ent]; sp != nil {
			if s, ok := d.spelledAs(m, m.ent); ok {
				sp.add(s)
			}
		}
	}
	for e, sp := range d.listed {
		if s := sp.best(); s != "" && underscored(e.Wikipedia, e.Name) {
			r, n := utf8.DecodeRuneInString(s)
			e.Name = s
			e.Wikipedia = string(unicode.ToUpper(r)) + strings.ReplaceAll(s[n:], " ", "_")
		}
	}
}

// spellings tallies the spellings of one entity's mentions, the first
// few distinct ones in text order.
type spellings struct {
	texts  [4]string
	counts [4]int
	n      int
}

// add counts one mention spelled s.
func (sp *spellings) add(s string) {
	for i := range sp.n {
		if sp.texts[i] == s {
			sp.counts[i]++
			return
		}
	}
	if sp.n < len(sp.texts) {
		sp.texts[sp.n], sp.counts[sp.n] = s, 1
		sp.n++
	}
}

// best returns the spelling most mentions use ("Raspberry Pi" over a
// stray "Raspberry PI"), any spelling with lower-case letters before an
// acronym in capitals ("HIV", not "Hiv"), the first on a tie; "" when
// none was tallied.
func (sp *spellings) best() string {
	best, bestN, bestLower := "", 0, false
	for i := range sp.n {
		s, n := sp.texts[i], sp.counts[i]
		lower := hasLower(s)
		if lower && !bestLower || lower == bestLower && n > bestN {
			best, bestN, bestLower = s, n, lower
		}
	}
	return best
}

// spelledAs returns the text of m when m names e in a case that tells
// how e is spelled. Text in capitals ("OAUTH" in a headline in capitals)
// says nothing of the case, unless it is a short word between ordinary
// ones, an acronym.
func (d *doc) spelledAs(m *mention, e *Entity) (string, bool) {
	s := d.text[d.toks[m.start].Start:d.toks[m.end-1].End]
	if !strings.EqualFold(s, e.Name) || capsNeighbor(d, m.start, -1) || capsNeighbor(d, m.end-1, 1) {
		return "", false
	}
	return s, hasLower(s) || d.acronymAmidText(m)
}

// acronymAmidText reports whether m is one short word in capitals with a
// word in ordinary case beside it on its line, so that the capitals are
// the word's own spelling, not the text's.
func (d *doc) acronymAmidText(m *mention) bool {
	if m.end-m.start != 1 || len(d.toks[m.start].Text) > maxAcronymLen {
		return false
	}
	return lowerNeighbor(d, m.start, -1) || lowerNeighbor(d, m.start, 1)
}

// maxAcronymLen is the longest word in capitals read as an acronym
// ("UNICEF"); longer ones are more often a word set in capitals.
const maxAcronymLen = 6

// lowerNeighbor reports whether the nearest word from token i in
// direction step, on the same line, has a lower-case letter.
func lowerNeighbor(d *doc, i, step int) bool {
	j := lineNeighbor(d, i, step)
	return j >= 0 && hasLower(d.toks[j].Text)
}

// underscored reports whether title is name with underscores for spaces,
// without building that string: most mentions fail the test.
func underscored(title, name string) bool {
	if len(title) != len(name) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; title[i] != c && !(c == ' ' && title[i] == '_') {
			return false
		}
	}
	return true
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }
