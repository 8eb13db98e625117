package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spellTitle gives the entity of m, a popular Wikipedia title known to
// the knowledge base only from a lower-case list and so capitalized word
// by word ("Hbo Now", "Oauth"), the case the text writes it in ("HBO
// Now", "OAuth"): a name mid-sentence keeps its own case, and Wikipedia
// titles differ by case after the first letter. Text in capitals ("OAUTH",
// a headline in capitals) says nothing of the case and is left alone, as
// is an entity whose title is not its name with underscores.
func (d *doc) spellTitle(m *mention) {
	e := m.ent
	if e == nil || !underscored(e.Wikipedia, e.Name) {
		return
	}
	s := d.text[d.toks[m.start].Start:d.toks[m.end-1].End]
	if s == e.Name || !strings.EqualFold(s, e.Name) || !hasLower(s) ||
		capsNeighbor(d, m.start, -1) || capsNeighbor(d, m.end-1, 1) {
		return
	}
	r, n := utf8.DecodeRuneInString(s)
	e.Name = s
	e.Wikipedia = string(unicode.ToUpper(r)) + strings.ReplaceAll(s[n:], " ", "_")
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
