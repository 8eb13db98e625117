package entities

import "github.com/newslens/newslens/entities/internal/kb"

// postalStates adds to raw, for a US postal state code written after a
// town and a comma ("Houston, TX", "Springfield, IL"), the matches of
// the state's name, as if the text had written it, so that the address
// is read as "Springfield, Illinois" is. A code is read only there, and
// only when the town before it has a namesake in that state and no
// question or exclamation ends it: elsewhere "OR", "IN", "ME" and "OK"
// are words ("Call Norman, OK?" names no state).
func (l *Linker) postalStates(d *doc, raw []kb.Match) []kb.Match {
	n := len(raw)
	for i := 2; i < len(d.toks); i++ {
		state := postalState(d.toks[i].Text)
		if state == "" || d.toks[i-1].Text != "," || !capitalized(d.toks[i-2].Text) || shouted(d, i) ||
			i+1 < len(d.toks) && (capitalized(d.toks[i+1].Text) || d.toks[i+1].Text == "?" || d.toks[i+1].Text == "!") ||
			!l.townIn(raw[:n], i-1, state) {
			continue
		}
		for _, m := range l.kbx.AppendAs(nil, state, i, i+1) {
			m.Candidate.Flags |= kb.Upper // the code is the state's name in capitals
			raw = append(raw, m)
		}
	}
	if len(raw) > n {
		sortMatches(raw)
	}
	return raw
}

// townIn reports whether a match ending at token end (exclusive) names a
// US place in state.
func (l *Linker) townIn(raw []kb.Match, end int, state string) bool {
	for _, r := range raw {
		if r.Start >= end {
			break
		}
		i := r.Candidate.Entity
		if r.End == end && l.kbx.Type(i) == kb.Place && l.kbx.Country(i) == "US" && l.kbx.Region(i) == state {
			return true
		}
	}
	return false
}

// postalState returns the state a two-letter US postal code stands for,
// "" for anything else. The District of Columbia's "DC" is an alias of
// Washington already.
func postalState(code string) string {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' {
		return ""
	}
	if code == "PR" {
		return "Puerto Rico"
	}
	return kb.USStates[code]
}
