package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/token"
)

// A text that defines an acronym for words in lower case ("artificial
// pancreas (AP)") uses it for those words, not for the name the
// knowledge base knows it as (Associated Press). Such an acronym is not
// a name in that text.

// dropDefinedAcronyms removes from ms the one-word mentions of an
// acronym that d defines for a lower-case phrase.
func dropDefinedAcronyms(d *doc, ms []*mention) []*mention {
	var defined []string
	eachDefinition(d, func(i, _ int, caps bool) {
		if !caps {
			defined = append(defined, d.toks[i].Text)
		}
	})
	if len(defined) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.end-m.start == 1 && slices.Contains(defined, d.toks[m.start].Text) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// eachDefinition calls visit for every acronym d defines in parentheses
// after the words that spell it: i is the acronym's token, start the
// first word's, and caps tells a name ("Asynchronous Task Framework
// (ATF)") from a lower-case phrase ("the gross domestic product (GDP)").
func eachDefinition(d *doc, visit func(i, start int, caps bool)) {
	for i := 2; i+1 < len(d.toks); i++ {
		if d.toks[i-1].Text != "(" || d.toks[i+1].Text != ")" {
			continue
		}
		if start, caps, ok := spelledBefore(d, i); ok {
			visit(i, start, caps)
		}
	}
}

// spelledBefore reports whether token i, written in parentheses, is an
// acronym of the words right before the parenthesis, where they start,
// and whether one of them is capitalized.
func spelledBefore(d *doc, i int) (start int, caps, ok bool) {
	acr := d.toks[i].Text
	if !isAcronym(acr) {
		return 0, false, false
	}
	n := utf8.RuneCountInString(strings.ReplaceAll(acr, ".", ""))
	// Function words may sit between the initials ("rate of return"),
	// so look back a little further than the acronym is long.
	words := make([]string, 0, n+2)
	for j := i - 2; j >= 0 && len(words) < n+2; j-- {
		t := d.toks[j]
		if t.Kind != token.Word {
			return 0, false, false // punctuation ends the phrase
		}
		caps = caps || t.Text != d.folds[j]
		words = append([]string{d.folds[j]}, words...)
		if acronymWords(acr, words) {
			return j, caps, true
		}
	}
	return 0, false, false
}

// unlinkRedefinedAcronyms unlinks the mentions of an acronym that the
// text defines, in parentheses after words that spell it, only as names
// the knowledge base does not give the acronym's entry: in a story about
// a company's software, "Asynchronous Task Framework (ATF)" makes ATF the
// framework, not the Bureau of Alcohol, Tobacco, Firearms and Explosives.
// A definition that names the entry ("Federal Bureau of Investigation
// (FBI)", linked so or known to the knowledge base as its name) keeps
// the link.
func (l *Linker) unlinkRedefinedAcronyms(d *doc, ms []*mention) {
	defs := acronymDefinitions(d)
	if len(defs) == 0 {
		return
	}
	owner := make([]int32, len(d.toks))
	for i := range owner {
		owner[i] = -1
	}
	for i, m := range ms {
		for t := m.start; t < m.end; t++ {
			owner[t] = int32(i)
		}
	}
	type use struct {
		acr string
		idx int32
	}
	named := map[use]bool{}
	for _, m := range ms {
		if m.ent == nil || m.end-m.start != 1 {
			continue
		}
		acr := d.toks[m.start].Text
		spans := defs[acr]
		if len(spans) == 0 {
			continue
		}
		u := use{acr, m.cands[m.best].idx}
		ok, seen := named[u]
		if !seen {
			ok = l.definedAs(d, ms, owner, m, spans)
			named[u] = ok
		}
		if !ok {
			m.best, m.ent = -1, nil
		}
	}
}

// maxDefinitions is how many definitions of one acronym
// acronymDefinitions keeps: a text defines an acronym once or twice.
const maxDefinitions = 4

// acronymDefinitions returns, by acronym, the token spans of the names
// the text defines acronyms for ("Asynchronous Task Framework (ATF)").
func acronymDefinitions(d *doc) map[string][]tokenRange {
	var defs map[string][]tokenRange
	eachDefinition(d, func(i, start int, caps bool) {
		if !caps {
			return
		}
		if defs == nil {
			defs = map[string][]tokenRange{}
		}
		if acr := d.toks[i].Text; len(defs[acr]) < maxDefinitions {
			defs[acr] = append(defs[acr], tokenRange{start, i - 1})
		}
	})
	return defs
}

// definedAs reports whether one of the names spans (token spans) is the
// entry m links to: a mention over it (owner maps tokens to mentions)
// links to it, or the knowledge base knows its text as one of its names.
func (l *Linker) definedAs(d *doc, ms []*mention, owner []int32, m *mention, spans []tokenRange) bool {
	idx := m.cands[m.best].idx
	for _, s := range spans {
		for t := s.start; t < s.end; t++ {
			if o := owner[t]; o >= 0 && ms[o].ent == m.ent {
				return true
			}
		}
		for _, c := range l.kbx.Lookup(d.text[d.toks[s.start].Start:d.toks[s.end-1].End]) {
			if c.Entity == idx {
				return true
			}
		}
	}
	return false
}

// tokenRange is a span of document tokens [start, end).
type tokenRange struct{ start, end int }
