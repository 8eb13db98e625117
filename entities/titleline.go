package entities

import (
	"sort"

	"github.com/newslens/newslens/entities/internal/token"
)

// Headlines in title case capitalize every word, and the tagger, which
// learned names from their capitals, runs them together ("Lakers Rally
// Past Celtics Behind James"). In such a line a tagger span of three
// words or more that holds a headline's words (a preposition or verb in
// capitals, or ordinary words the text writes in lower case elsewhere)
// is kept only where the knowledge base knows it whole; otherwise the
// names it knows inside the span stand in for it, and a span with none
// is dropped: the story below names its people again. A line of names
// alone ("Tara Parker-Pope", "Netscape Communications Corporation") is
// left to the tagger.

// minTitleWords is the number of words of four letters or more, all
// capitalized, that makes a line title case.
const minTitleWords = 3

// titleLines replaces the tagger spans in title-case lines that no
// alias match covers whole by the strong alias matches inside them.
// spans and matches are ordered by start; the result is too.
func titleLines(d *doc, matches []kbMatch, spans []tagSpan) []tagSpan {
	var line lineCase
	var out []tagSpan
	changed := false
	for i, s := range spans {
		if !line.titleAt(d, s.start) || coveredWhole(matches, s) ||
			!(s.end-s.start >= minTitleSpan && headlineWords(d, s) || headlinePair(d, matches, s, line)) {
			if changed {
				out = append(out, s)
			}
			continue
		}
		if !changed {
			out = append(make([]tagSpan, 0, len(spans)+4), spans[:i]...)
			changed = true
		}
		out = appendInner(d, matches, s, out)
	}
	if !changed {
		return spans
	}
	return out
}

// minTitleSpan is the length from which a tagger span in a title-case
// line needs the knowledge base: a name of two words ("Maria Lopez")
// is taken as the tagger found it.
const minTitleSpan = 3

// headlinePair reports whether span s of a title-case first line, the
// headline, is two words of which the knowledge base names one ("Demote
// Pluto", "Flood Nashville") and which the story never writes together
// again: a headline's verb run into a name. A person the headline names
// two words long ("Maria Lopez") is named again below; the title-case
// lines of a reference list, which name things once, are left alone.
func headlinePair(d *doc, matches []kbMatch, s tagSpan, line lineCase) bool {
	if s.end-s.start != 2 || line.start != 0 || len(appendInner(d, matches, s, nil)) == 0 {
		return false
	}
	a, b := d.folds[s.start], d.folds[s.start+1]
	for i := 0; i+1 < len(d.toks); i++ {
		if (i < line.start || i >= line.end) && d.folds[i] == a && d.folds[i+1] == b {
			return false
		}
	}
	return true
}

// headlineWords reports whether span s holds the words of a headline
// rather than of a name: a preposition or auxiliary ("Past", "Over",
// "Is"), or two ordinary words the text also writes in lower case
// ("Judge Blocks Biden Student Loan Plan"), words that end the names of
// organizations ("Corporation") aside.
func headlineWords(d *doc, s tagSpan) bool {
	ordinary := 0
	for i := s.start; i < s.end; i++ {
		f := d.folds[i]
		if d.toks[i].Kind != token.Word || i == s.start {
			continue
		}
		if headlinePreps[f] {
			return true
		}
		if _, head := headWords[f]; !head && len(f) > 3 && d.lowerWord(f) {
			ordinary++
		}
	}
	return ordinary >= 2
}

// headlinePreps are the prepositions and auxiliaries of headlines, which
// no name's inner words are.
var headlinePreps = map[string]bool{
	"over": true, "after": true, "before": true, "behind": true, "past": true, "against": true,
	"with": true, "without": true, "in": true, "on": true, "at": true, "for": true, "to": true,
	"from": true, "into": true, "as": true, "by": true, "amid": true, "despite": true, "near": true,
	"outside": true, "inside": true, "under": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "could": true, "can": true, "has": true, "have": true,
	"says": true, "said": true, "not": true,
}

// coveredWhole reports whether an alias match covers span s.
func coveredWhole(matches []kbMatch, s tagSpan) bool {
	lo := sort.Search(len(matches), func(k int) bool { return matches[k].start > s.start })
	for k := lo - 1; k >= 0 && s.start-matches[k].start <= maxAliasTokens; k-- {
		if matches[k].end >= s.end {
			return true
		}
	}
	return false
}

// appendInner appends a span for each strong alias match inside s, the
// longest first where they overlap, labeled by its best entry's type.
func appendInner(d *doc, matches []kbMatch, s tagSpan, out []tagSpan) []tagSpan {
	lo := sort.Search(len(matches), func(k int) bool { return matches[k].start >= s.start })
	end := s.start
	for k := lo; k < len(matches) && matches[k].start < s.end; k++ {
		m := matches[k]
		if m.start < end || m.end > s.end || !nameLike(d, m.start, m.end) {
			continue
		}
		c := titleCand(m)
		if c == nil || m.end-m.start == 1 && commonAlias(d, m) {
			continue
		}
		// matches at one start come longest first: the first that fits
		// is taken.
		out = append(out, tagSpan{start: m.start, end: m.end, label: typeLabel(c), score: s.score})
		end = m.end
	}
	return out
}

// titleCand returns the entry an alias match inside a title-case span
// names: a popular one (the more so for one word, as for names only the
// knowledge base finds), or a famous one by the short name headlines
// call it by ("Biden", "Supreme Court"); nil when none.
func titleCand(m kbMatch) *candidate {
	if c := strongCand(m.cands); c != nil {
		if c.prior >= kbOnlyPrior && (m.end-m.start > 1 || c.prior >= kbOnlySinglePrior) {
			return c
		}
		return nil
	}
	for i := range m.cands {
		if c := &m.cands[i]; c.weak && !c.untyped && c.prior >= partialMinPrior {
			return c
		}
	}
	return nil
}

// lineCase caches whether the line around a token is title case, for
// spans visited in order: each line is read once.
type lineCase struct {
	start, end int // tokens of the line last read
	title      bool
}

// titleAt reports whether token i lies in a title-case line.
func (lc *lineCase) titleAt(d *doc, i int) bool {
	if i < lc.start || i >= lc.end {
		lc.start, lc.end = lineAround(d, i)
		lc.title = titleCase(d, lc.start, lc.end)
	}
	return lc.title
}

// lineAround returns the tokens of the line token i is on.
func lineAround(d *doc, i int) (int, int) {
	start, end := i, i+1
	for start > 0 && !lineInitial(d, start) {
		start--
	}
	for end < len(d.toks) && !lineInitial(d, end) {
		end++
	}
	return start, end
}

// titleCase reports whether tokens [start, end) capitalize every word
// of four letters or more, and have minTitleWords of them.
func titleCase(d *doc, start, end int) bool {
	n := 0
	for _, t := range d.toks[start:end] {
		if t.Kind != token.Word || len(t.Text) < 4 {
			continue
		}
		if !capitalized(t.Text) {
			return false
		}
		n++
	}
	return n >= minTitleWords
}
