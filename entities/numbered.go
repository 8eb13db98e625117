package entities

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/token"
)

// maxModelDigits bounds the number of a numbered name: "Boeing 737" and
// "Apollo 11", not an amount ("Delta 25000").
const maxModelDigits = 4

// numberedNames widens a one-word name that a number follows, and that
// the knowledge base knows only as a common noun or not at all, over the
// number: "Falcon 9" is a rocket, "Apollo 11" a mission and "Proposition
// 8" a ballot measure, not the bird, the god or a proposition. Names the
// knowledge base has with their number ("Formula 1") are matched whole
// before this, and a known typed entity keeps its link ("Boeing 737
// jets"), as does a title spelled unlike a common word ("HTML 5",
// "PlayStation 4").
func numberedNames(d *doc, ms []*mention) {
	for _, m := range ms {
		if m.end-m.start != 1 || !modelNumber(d, m.end) {
			continue
		}
		if m.best >= 0 && keepsLink(&m.cands[m.best], d.toks[m.start].Text) {
			continue
		}
		m.end++
		m.best, m.ent, m.typ = -1, nil, Misc
	}
}

// modelNumber reports whether token i (not the first) is a short whole
// number one space after the word before it, and neither a year ("Lin
// 2009", a citation), a day before its month ("Retrieved 1 June") nor
// part of a score, range or time ("2-1", "9:30") or a percentage.
func modelNumber(d *doc, i int) bool {
	if i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	if t.Kind != token.Number || d.text[d.toks[i-1].End:t.Start] != " " || len(t.Text) > maxModelDigits ||
		strings.ContainsAny(t.Text, ",.") || yearLike(t.Text) {
		return false
	}
	if i+1 < len(d.toks) {
		next := d.toks[i+1]
		if !next.SpaceBefore && strings.Contains("-–:%/", next.Text) || months[d.folds[i+1]] {
			return false
		}
	}
	return true
}

// yearLike reports a four-digit number from 1000 to 2099.
func yearLike(s string) bool {
	return len(s) == 4 && (s[0] == '1' || s[0] == '2' && s[1] == '0')
}

// months are the folded month names and their abbreviations.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// keepsLink reports whether a numbered name's chosen entry is the name's
// own: a typed entry with an ID or title, or a title not spelled as a
// common word.
func keepsLink(c *candidate, word string) bool {
	return !c.anonymous && (!c.untyped || !plainWord(word))
}

// plainWord reports whether s is spelled as a capitalized common word:
// an ASCII capital, then only lower-case letters ("Falcon", not "HTML",
// "PlayStation" or "iOS").
func plainWord(s string) bool {
	return len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && isLowerWord(s[1:])
}
