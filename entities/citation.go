package entities

import (
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// citedName reports whether the one-word mention m is half of a name a
// reference list writes surname first: the surname before ", John (" or
// ", J. R.;", or the given name in "Warren, Paul;". Such a half alone is
// an author's, not a famous namesake's.
func citedName(d *doc, m *mention) bool {
	if m.end-m.start != 1 || m.end >= len(d.toks) {
		return false
	}
	if d.toks[m.end].Text == "," {
		j := afterGivenNames(d, m.end+1)
		return j > m.end+1 && j < len(d.toks) && endsCitedName(d.toks[j].Text)
	}
	s := m.start
	return s >= 2 && d.toks[s-1].Text == "," && d.toks[s-2].Kind == token.Word && capitalized(d.toks[s-2].Text) &&
		endsCitedName(d.toks[m.end].Text)
}

// maxGivenNames is the most given names and initials afterGivenNames
// passes over.
const maxGivenNames = 3

// afterGivenNames returns the index of the token after the given names
// and initials starting at token i ("John", "J. R."), i when none.
func afterGivenNames(d *doc, i int) int {
	for n := 0; i < len(d.toks) && n < maxGivenNames; n++ {
		t := d.toks[i]
		if t.Kind != token.Word || !capitalized(t.Text) {
			break
		}
		i++
		if i < len(d.toks) && d.toks[i].Text == "." {
			i++ // an initial's period
		}
		if i+1 < len(d.toks) && d.toks[i].Kind == token.Hyphen && !d.toks[i].SpaceBefore && !d.toks[i+1].SpaceBefore &&
			d.toks[i+1].Kind == token.Word {
			i += 2 // a joined given name: "Hyo-won", "Jean-Pierre"
		}
	}
	return i
}

// endsCitedName reports whether s closes an author's name in a
// reference: the year in parentheses or the next author after ";".
func endsCitedName(s string) bool { return s == "(" || s == ";" }

// citedPerson reports whether m, half of an author's name in a reference
// list (citedName), is a person's name to the tagger or has a person it
// names by that half alone as its best candidate: then nothing the
// knowledge base holds is meant, neither that person nor a town of the
// name ("Warren, Paul;" is no city in Michigan, "Temple, Philip (1980)"
// none in Texas). A place the tagger reads as one keeps its link:
// "Paris, France (AP)" is a dateline.
func citedPerson(d *doc, m *mention) bool {
	c := m.cands[m.best]
	return (m.tag == tagger.PER || c.weak && c.typ == Person) && citedName(d, m)
}
