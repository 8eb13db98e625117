package entities

import (
	"cmp"
	"slices"

	"github.com/newslens/newslens/entities/internal/kb"
)

// withoutInitials adds to raw, for each name written with a middle
// initial the knowledge base does not list ("William H. Rehnquist",
// "George W. Casey"), the matches of the people it knows by the name
// without it. Wire copy gives many people a middle initial that their
// entries lack.
func (l *Linker) withoutInitials(d *doc, raw []kb.Match) []kb.Match {
	n := len(raw)
	for i := 0; i+2 < len(d.toks); i++ {
		if !middleInitialAt(d, i) || matchedWhole(raw[:n], i, i+3) {
			continue
		}
		name := d.toks[i].Text + " " + d.toks[i+2].Text
		for _, m := range l.kbx.AppendAs(nil, name, i, i+3) {
			if l.kbx.Type(m.Candidate.Entity) == kb.Person && m.Candidate.Flags&(kb.Partial|kb.TitleOnly) == 0 {
				raw = append(raw, m)
			}
		}
	}
	if len(raw) > n {
		sortMatches(raw)
	}
	return raw
}

// sortMatches restores the order of matches that kb.Match gives, by
// start, the longest first, after matches were appended to them.
func sortMatches(raw []kb.Match) {
	slices.SortStableFunc(raw, func(a, b kb.Match) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End)) })
}

// middleInitialAt reports whether tokens i, i+1 and i+2 are a given
// name, a capital letter with its period and a surname.
func middleInitialAt(d *doc, i int) bool {
	a, m, b := d.toks[i].Text, d.toks[i+1].Text, d.toks[i+2].Text
	return len(a) > 1 && capitalized(a) && isLowerTail(a) && len(m) == 2 && m[0] >= 'A' && m[0] <= 'Z' && m[1] == '.' &&
		len(b) > 1 && capitalized(b) && isLowerTail(b)
}

// isLowerTail reports whether s after its first letter has a lower-case
// letter: a name, not an acronym.
func isLowerTail(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// matchedWhole reports whether a match covers exactly tokens [start, end).
func matchedWhole(raw []kb.Match, start, end int) bool {
	i, _ := slices.BinarySearchFunc(raw, start, func(m kb.Match, s int) int { return cmp.Compare(m.Start, s) })
	for ; i < len(raw) && raw[i].Start == start; i++ {
		if raw[i].End == end {
			return true
		}
	}
	return false
}
