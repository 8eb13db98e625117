package entities

import "github.com/newslens/newslens/entities/internal/tagger"

// roleWords are job titles that stand between an organization and a
// person ("Home Depot CEO Nardelli") or before a person ("Quarterback
// JaMarcus Russell", capitalized at a sentence start) but are never part
// of either name. The tagger, trained on text where such runs are rare,
// sometimes tags the whole run as one name.
var roleWords = map[string]bool{
	"ceo": true, "cfo": true, "chairman": true, "chairwoman": true, "founder": true,
	"spokesman": true, "spokeswoman": true, "coach": true, "quarterback": true,
	"linebacker": true, "pitcher": true, "goalkeeper": true, "striker": true, "midfielder": true,
	"mayor": true, "attorney": true, "sheriff": true, "prosecutor": true,
}

// roleModifiers, right before a role word, belong to the role ("Fulton
// County District Attorney Fani Willis": the county, then the person).
var roleModifiers = map[string]bool{
	"district": true, "deputy": true, "assistant": true, "acting": true,
}

// splitRoles cuts the tagger's spans at role words: a leading role word
// is dropped, and the rest is a person, or the organization after "of"
// ("CEO of Home Depot"); a role word inside a span splits it into the
// organization before it and the person after it; a role word alone is
// no name. A role word in the possessive names an office, not a person's
// title ("Harris County Sheriff's Office"), and stays. Spans are in order
// and stay so.
func splitRoles(d *doc, spans []tagSpan) []tagSpan {
	if !anyRole(d, spans) {
		return spans // the usual case: no copy
	}
	out := make([]tagSpan, 0, len(spans)+1)
	for _, s := range spans {
		if s.end-s.start == 1 && roleWords[d.folds[s.start]] {
			continue // "CEO" alone names no one in particular
		}
		for s.start < s.end-1 && roleWords[d.folds[s.start]] && !possessive(d, s.start+1) {
			s.start++
			s.label = tagger.PER
			if s.start < s.end-1 && d.folds[s.start] == "of" {
				s.start++
				s.label = tagger.ORG
			}
		}
		for k := s.start + 1; k < s.end-1; k++ {
			if roleWords[d.folds[k]] && !possessive(d, k+1) {
				out = append(out, tagSpan{start: s.start, end: roleStart(d, s.start, k), label: tagger.ORG, score: s.score})
				s.start, s.label = k+1, tagger.PER
			}
		}
		out = append(out, s)
	}
	return out
}

// anyRole reports whether a token of spans is a role word.
func anyRole(d *doc, spans []tagSpan) bool {
	for _, s := range spans {
		for _, f := range d.folds[s.start:s.end] {
			if roleWords[f] {
				return true
			}
		}
	}
	return false
}

// roleStart returns where the role at token k begins: before the role
// modifiers in front of it ("Manhattan District Attorney"), leaving at
// least the span's first token to the name before it.
func roleStart(d *doc, start, k int) int {
	for k-1 > start && roleModifiers[d.folds[k-1]] {
		k--
	}
	return k
}
