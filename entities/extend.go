package entities

import (
	"sort"

	"github.com/newslens/newslens/entities/internal/token"
)

// Span rules that take a tagger span past the alias the knowledge base
// keys for it: lower-case words an alias writes that way ("U.S.
// military") and the administrative words of a place's formal name
// ("Sultanate of Brunei", "Jiangsu Province").

// lowerExtension returns the longest alias match that continues tagger
// span s with lower-case words the alias itself writes in lower case
// ("U.S. military", a name of the armed forces, around "U.S."), when it
// names a popular entry and overlaps no other tagger span; -1 when there
// is none. The matcher already checked the case of every alias word.
func lowerExtension(d *doc, matches []kbMatch, spans []tagSpan, self int, s tagSpan) int {
	best := -1
	lo := sort.Search(len(matches), func(k int) bool { return matches[k].start >= s.start })
	for k := lo; k < len(matches) && matches[k].start == s.start; k++ {
		m := matches[k]
		if m.end <= s.end || !lowerWords(d, s.end, m.end) || !nameLike(d, s.start, s.end) {
			continue
		}
		if c := strongCand(m.cands); c == nil || c.prior < kbOnlyPrior {
			continue
		}
		if self+1 < len(spans) && spans[self+1].start < m.end {
			continue
		}
		if best < 0 || m.end > matches[best].end {
			best = k
		}
	}
	return best
}

// designated returns the alias match of the place that tagger span s
// names with an administrative word the knowledge base does not key:
// "State of Florida", "Sultanate of Brunei", "Jiangsu Province"; -1 when
// s is no such name.
func designated(d *doc, matches []kbMatch, s tagSpan) int {
	start, end := s.start, s.end
	switch {
	case end-start >= 3 && prefixDesignators[d.folds[start]] && d.toks[start+1].Text == "of":
		start += 2
	case end-start >= 2 && suffixDesignators[d.folds[end-1]]:
		end--
	default:
		return -1
	}
	k, ok := findMatch(matches, start, end)
	if !ok {
		return -1
	}
	if c := strongCand(matches[k].cands); c == nil || c.typ != Place || c.demonym {
		return -1
	}
	return k
}

// designatorAfter reports whether alias match k, which tagger span i
// became, names a place and is followed by a capitalized designator
// that no other span takes ("Jiangsu" and "Province"): the designator
// belongs to the name.
func designatorAfter(d *doc, spans []tagSpan, i int, k kbMatch) bool {
	e := k.end
	if e >= len(d.toks) || !suffixDesignators[d.folds[e]] || !capitalized(d.toks[e].Text) || !d.toks[e].SpaceBefore {
		return false
	}
	if i+1 < len(spans) && spans[i+1].start <= e {
		return false
	}
	c := strongCand(k.cands)
	return c != nil && c.typ == Place && !c.demonym
}

// prefixDesignators and suffixDesignators are the words that make a
// place's formal name without changing the place ("Sultanate of Oman",
// "Hubei Province"). "City" is not one (Oklahoma City is no Oklahoma),
// nor "Republic" (the Republic of China is Taiwan).
var (
	prefixDesignators = map[string]bool{"state": true, "province": true, "sultanate": true, "emirate": true,
		"principality": true, "commonwealth": true, "town": true}
	suffixDesignators = map[string]bool{"province": true, "prefecture": true, "governorate": true,
		"oblast": true, "municipality": true}
)

// lowerWords reports whether tokens [start, end) are all lower-case
// words.
func lowerWords(d *doc, start, end int) bool {
	for i := start; i < end; i++ {
		if d.toks[i].Kind != token.Word || !isLowerWord(d.toks[i].Text) {
			return false
		}
	}
	return true
}
