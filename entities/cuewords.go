package entities

import "slices"

// The words right after a name that say which of its readings the text
// means, beyond places (placecontext.go): a politician's campaign, a
// tournament's title.

// personAfter reports whether the word right after m, a one-word name
// some known person has, says m is that person: news names a
// politician's campaign, administration or aides by the surname alone
// ("the Bush campaign", "Kerry aides"), where the tagger, reading a lone
// capitalized word before a common noun, often sees a place. A place
// has campaigns too ("the Gallipoli campaign"), hence the known person.
func personAfter(d *doc, m *mention) bool {
	if m.end-m.start != 1 || m.end >= len(d.toks) {
		return false
	}
	switch d.folds[m.end] {
	case "campaign", "administration", "presidency", "aide", "aides", "doctrine", "loyalists":
	default:
		return false
	}
	for _, c := range m.cands {
		if c.typ == Person {
			return true
		}
	}
	return false
}

// markCompetition rules out the other readings of a name that is also a
// tournament's when the word after it is what one wins or plays at a
// tournament ("his fifth Wimbledon title", "the Wimbledon final"): the
// district of London has neither.
func (l *Linker) markCompetition(d *doc, m *mention) {
	if m.end >= len(d.toks) {
		return
	}
	switch d.folds[m.end] {
	case "title", "titles", "final", "finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals",
		"champion", "champions", "championship", "crown", "singles", "doubles", "trophy":
	default:
		return
	}
	if !slices.ContainsFunc(m.cands, func(c candidate) bool { return !c.excluded && competitionKind(l.kbx.Kind(c.idx)) }) {
		return
	}
	for i := range m.cands {
		if c := &m.cands[i]; !competitionKind(l.kbx.Kind(c.idx)) {
			c.excluded = true
		}
	}
}

// competitionKind reports whether entries of this kind are competitions.
func competitionKind(kind string) bool {
	switch kind {
	case "tournament", "sports competition", "sports event":
		return true
	}
	return false
}
