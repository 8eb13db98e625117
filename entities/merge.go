package entities

import (
	"slices"
	"sort"

	"github.com/newslens/newslens/entities/internal/tagger"
)

// mention is a mention being linked, over document tokens [start, end).
type mention struct {
	start, end int
	tag        tagger.Label // the tagger's label, None when only the KB found it
	tagScore   float64
	cands      []candidate
	best       int // index of the chosen candidate, -1 for none
	typ        Type
	ent        *Entity
	score      float64
	// located marks a name followed by ", State" or ", Country".
	located bool
	// afterPlace marks a name right after "Place," where a state or
	// country is expected ("Sioux Falls, S.D.").
	afterPlace bool
	// cue is the type a word right before the name asks for.
	cue Type
	// dateline marks a name opening a dateline ("GAZA (AFP) -", "LOS
	// ANGELES —"), where a story names the city it was filed from.
	dateline bool
	// owned marks a body a country's possessive names ("Japan's
	// Democratic Party"): it is that country's, whatever another
	// mention of the same name is (see possessedBodies).
	owned bool
	// divisionCue marks a name the words around it say is a state or
	// region ("upstate New York", "New York Gov.").
	divisionCue bool
	// stateCue marks a division cue that asks for a state, not a
	// country ("Rep. Doug Collins of Georgia").
	stateCue bool
	// inRegion marks a name followed by ", " and a region one of its
	// candidates lies in ("London, Ontario"; see pairRegion).
	inRegion bool
}

// merge chooses the mention spans: every tagger span (cleaned, and
// widened to a longer knowledge-base alias when one covers it), then
// knowledge-base matches the tagger missed, longest first, where they do
// not overlap a chosen span and look like names.
func merge(d *doc, matches []kbMatch, spans []tagSpan) []*mention {
	spans = cleanSpans(d, spans, matches)
	spans = joinSpans(d, matches, spans)
	spans = titleLines(d, matches, spans)
	d.scr.spans = spans
	used := make([]bool, len(d.toks))
	var ms []*mention
	for i, s := range spans {
		m := d.newMention(mention{start: s.start, end: s.end, tag: s.label, tagScore: s.score, best: -1})
		k, ok := findMatch(matches, s.start, s.end)
		if p, dot := findMatch(matches, s.start, s.end+1); dot && d.toks[s.end].Text == "." && strongCand(matches[p].cands) != nil {
			// "Fla." is the abbreviation; "Fla" alone is something else.
			k, ok = p, true
		}
		if !ok || weakMatch(matches[k]) {
			// A covering alias beats none, and beats a surname or a
			// small town ("Riley" inside "Pat Riley").
			if w := widen(d, matches, spans, i, s); w >= 0 || !ok {
				k = w
			}
		}
		if x := lowerExtension(d, matches, spans, i, s); x >= 0 {
			k = x
		}
		if k >= 0 {
			k = withNumber(d, matches, k)
			m.start, m.end = matches[k].start, matches[k].end
			m.cands = matches[k].cands
			if designatorAfter(d, spans, i, matches[k]) {
				m.end++ // "Jiangsu Province officials"
			}
		} else if x := designated(d, matches, s); x >= 0 {
			m.cands = matches[x].cands // "State of Florida" is Florida
		}
		if free(used, m.start, m.end) {
			mark(used, m.start, m.end)
			ms = append(ms, m)
		}
	}
	ms = addKBOnly(d, matches, used, ms)
	slices.SortFunc(ms, byStart)
	return ms
}

// findMatch returns the index of the alias match over tokens [start,
// end), if any. matches are ordered by start, then by end, longest
// first, and no two have the same span.
func findMatch(matches []kbMatch, start, end int) (int, bool) {
	k := sort.Search(len(matches), func(k int) bool { return matches[k].start >= start })
	for ; k < len(matches) && matches[k].start == start && matches[k].end >= end; k++ {
		if matches[k].end == end {
			return k, true
		}
	}
	return 0, false
}

// cleanSpans splits tagger spans at punctuation no name contains
// ("Ohio; Sioux Falls") and trims tokens that cannot begin or end a name.
func cleanSpans(d *doc, spans []tagSpan, matches []kbMatch) []tagSpan {
	out := d.scr.spans[:0]
	for _, s := range spans {
		start := s.start
		for i := s.start; i <= s.end; i++ {
			if i < s.end && !hardPunct(d.toks[i]) {
				continue
			}
			p := s
			p.start, p.end = trimSpan(d, start, i, s.label, matches)
			if p.start < p.end && !(p.end-p.start == 1 && loneInitial(d.toks[p.start].Text)) {
				out = append(out, p)
			}
			start = i + 1
		}
	}
	return out
}

// loneInitial reports whether w is an initial alone ("S."), as in the
// author lists of references ("Bradner, S."): no name by itself.
func loneInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && 'A' <= w[0] && w[0] <= 'Z'
}

// joinSpans replaces runs of adjacent tagger spans that one strong
// knowledge-base alias covers exactly by one span ("U.S." "Congress"
// becomes "U.S. Congress").
func joinSpans(d *doc, matches []kbMatch, spans []tagSpan) []tagSpan {
	// Written over spans: out never passes the span being read.
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		j, k := coveringRun(d, matches, spans, i)
		if k < 0 {
			out = append(out, s)
			continue
		}
		for _, o := range spans[i+1 : j+1] {
			s.score = min(s.score, o.score)
		}
		s.end = matches[k].end
		s.label = typeLabel(strongCand(matches[k].cands))
		out = append(out, s)
		i = j
	}
	return out
}

// coveringRun returns the last span j > i and the alias match k that
// starts at span i and ends at span j, or k = -1.
func coveringRun(d *doc, matches []kbMatch, spans []tagSpan, i int) (int, int) {
	s := spans[i]
	lo := sort.Search(len(matches), func(k int) bool { return matches[k].start >= s.start })
	for k := lo; k < len(matches) && matches[k].start == s.start; k++ {
		m := matches[k]
		if m.end <= s.end || !nameLike(d, m.start, m.end) {
			continue
		}
		c := strongCand(m.cands)
		if c == nil || c.prior < kbOnlyPrior {
			continue
		}
		for j := i + 1; j < len(spans) && spans[j].start < m.end; j++ {
			if spans[j].end == m.end {
				return j, k
			}
		}
	}
	return 0, -1
}

// typeLabel is the tagger label that agrees with candidate c.
func typeLabel(c *candidate) tagger.Label {
	switch {
	case c.demonym:
		return tagger.MISC
	case c.typ == Person:
		return tagger.PER
	case c.typ == Organization:
		return tagger.ORG
	case c.typ == Place:
		return tagger.LOC
	}
	return tagger.MISC
}

// maxAliasTokens bounds how far before a tagger span a covering alias
// may start (the knowledge base keys no longer aliases).
const maxAliasTokens = 16

// widen returns the longest alias match that strictly covers tagger span
// s, is written like a name, has a candidate of the tagger's type and
// overlaps no other tagger span; -1 when there is none. matches are
// ordered by start, spans by start.
func widen(d *doc, matches []kbMatch, spans []tagSpan, self int, s tagSpan) int {
	if k := widenTo(d, matches, spans, self, s, true); k >= 0 {
		return k
	}
	return widenTo(d, matches, spans, self, s, false)
}

// widenTo is widen; when typed is false, a covering alias of another type
// than the tagger's is taken too if its best entry is strong: the tagger
// saw part of a name the knowledge base knows whole.
func widenTo(d *doc, matches []kbMatch, spans []tagSpan, self int, s tagSpan, typed bool) int {
	best := -1
	lo := sort.Search(len(matches), func(i int) bool { return matches[i].start >= s.start-maxAliasTokens })
	for k := lo; k < len(matches) && matches[k].start <= s.start; k++ {
		m := matches[k]
		if m.end < s.end || (m.start == s.start && m.end == s.end) ||
			(best >= 0 && m.end-m.start <= matches[best].end-matches[best].start) {
			continue
		}
		if !nameLike(d, m.start, m.end) {
			continue
		}
		if typed && !hasType(m.cands, labelType(s.label), s.label == tagger.MISC) {
			continue
		}
		if !typed && !wholeName(m) {
			continue
		}
		if (self > 0 && spans[self-1].end > m.start) || (self+1 < len(spans) && spans[self+1].start < m.end) {
			continue
		}
		best = k
	}
	return best
}

// hasType reports whether a candidate has type t (or is a demonym, for
// MISC spans).
func hasType(cands []candidate, t Type, misc bool) bool {
	for _, c := range cands {
		if (c.typ == t && !c.untyped) || (misc && c.demonym) {
			return true
		}
	}
	return false
}

// withNumber returns the alias match that is match k and the model
// number after it, when the knowledge base has one: "Standard & Poor's
// 500" is the index, not the agency "Standard & Poor's" with a number.
func withNumber(d *doc, matches []kbMatch, k int) int {
	m := matches[k]
	if p, ok := findMatch(matches, m.start, m.end+1); ok && modelNumber(d, m.end) && strongCand(matches[p].cands) != nil {
		return p
	}
	return k
}

// free reports whether none of tokens [start, end) is used.
func free(used []bool, start, end int) bool {
	for i := start; i < end; i++ {
		if used[i] {
			return false
		}
	}
	return true
}

// mark marks tokens [start, end) used.
func mark(used []bool, start, end int) {
	for i := start; i < end; i++ {
		used[i] = true
	}
}
