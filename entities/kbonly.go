package entities

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/token"
)

// Thresholds for names only the knowledge base found (the tagger did not
// tag them): they must be capitalized and popular. A prior of 0.55 is a
// major city or a well-known organization; 0.75 a country or capital.
const (
	kbOnlyPrior       = 0.35 // minimum prior of the best candidate of a multi-word name
	kbOnlySinglePrior = 0.45 // ... of a one-word name
	kbOnlyInitPrior   = 0.75 // ... of a one-word name that starts a sentence
)

// titleMatch reports whether m is a popular title of a knowledge-base
// entry (with a Wikipedia title or a QID).
func titleMatch(m kbMatch) bool {
	for _, c := range m.cands {
		if c.untyped && !c.anonymous {
			return true
		}
	}
	return false
}

// weakMatch reports whether an alias match has only weak entries:
// partial names, untyped titles, anonymous records or small places.
func weakMatch(m kbMatch) bool {
	for _, c := range m.cands {
		if !c.weak && !c.anonymous && !c.minor {
			return false
		}
	}
	return true
}

// wholeName reports whether alias match m is good evidence that the
// name a tagger span is part of is longer: a popular entry, or a popular
// title of several words.
func wholeName(m kbMatch) bool {
	if c := strongCand(m.cands); c != nil && c.prior >= kbOnlyPrior {
		return true
	}
	if m.end-m.start < 2 {
		return false
	}
	for _, c := range m.cands {
		if c.untyped && !c.anonymous {
			return true
		}
	}
	return false
}

// strongCand returns the most popular candidate that is neither a partial
// name nor an untyped title, nil when there is none.
func strongCand(cs []candidate) *candidate {
	for i := range cs {
		if !cs[i].weak && !cs[i].anonymous {
			return &cs[i]
		}
	}
	return nil
}

// addKBOnly adds the alias matches the tagger did not find, longest and
// most popular first, when they look like names and are free.
func addKBOnly(d *doc, matches []kbMatch, used []bool, ms []*mention) []*mention {
	order := make([]int, 0, len(matches))
	for i, m := range matches {
		if len(m.cands) > 0 && free(used, m.start, m.end) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &matches[a], &matches[b]
		if la, lb := ma.end-ma.start, mb.end-mb.start; la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(mb.cands[0].prior, ma.cands[0].prior)
	})
	for _, i := range order {
		m := matches[i]
		if !free(used, m.start, m.end) || !kbOnlyOK(d, m) {
			continue
		}
		mark(used, m.start, m.end)
		ms = append(ms, d.newMention(mention{start: m.start, end: m.end, cands: m.cands, best: -1}))
	}
	return ms
}

// kbOnlyOK reports whether an alias match the tagger did not tag is
// still taken as a name: written with capitals, not an ordinary word,
// popular enough (more so at the start of a sentence, where ordinary
// words are capitalized too).
func kbOnlyOK(d *doc, m kbMatch) bool {
	if !nameLike(d, m.start, m.end) {
		return false
	}
	single := m.end-m.start == 1
	if single && roleWords[d.folds[m.start]] {
		return false // a job title alone, like "CEO", names no one
	}
	acronym := single && isAcronym(d.toks[m.start].Text)
	if (m.common || commonAlias(d, m)) && !acronym {
		return false
	}
	c := strongCand(m.cands)
	if c == nil {
		return !single && titleMatch(m) && !sentenceInitial(d, m.start)
	}
	switch {
	case !single:
		return c.prior >= kbOnlyPrior
	case dateline(d, m.start):
		return c.typ == Place && c.prior >= kbOnlyPrior
	case compoundHead(d, m.end):
		return c.prior >= kbOnlyPrior
	case sentenceInitial(d, m.start) && !acronym:
		return c.prior >= kbOnlyInitPrior
	}
	return c.prior >= kbOnlySinglePrior
}

// compoundHead reports whether a name ending before token end heads a
// hyphenated compound adjective ("Atlanta-based", "Tehran-backed"), where
// taggers trained on whole words rarely see it.
func compoundHead(d *doc, end int) bool {
	if end+1 >= len(d.toks) {
		return false
	}
	h, w := d.toks[end], d.toks[end+1]
	return h.Kind == token.Hyphen && !h.SpaceBefore && !w.SpaceBefore && w.Kind == token.Word && isLowerWord(w.Text)
}

// dateline reports whether token i is a place name in capitals opening a
// line before a dash or comma ("ATLANTA - ...", "BUCKHANNON, W.Va.").
func dateline(d *doc, i int) bool {
	if i+1 >= len(d.toks) || !lineInitial(d, i) {
		return false
	}
	switch next := d.toks[i+1]; {
	case next.Kind == token.Hyphen, next.Text == ",":
		return isAcronym(d.toks[i].Text) // "ATLANTA -", "BUCKHANNON,"
	case next.Text == "(":
		return true // "Tallahassee (United States) ... (AFP) -"
	}
	return false
}

// lineInitial reports whether token i starts a line.
func lineInitial(d *doc, i int) bool {
	if i == 0 {
		return true
	}
	return strings.IndexByte(d.text[d.toks[i-1].End:d.toks[i].Start], '\n') >= 0
}

// sentenceInitial reports whether token i starts its sentence (after any
// opening quotes or brackets).
func sentenceInitial(d *doc, i int) bool {
	s := d.sents[d.sentOf[i]]
	for j := s.Start; j < i; j++ {
		if d.toks[j].Kind == token.Word || d.toks[j].Kind == token.Number {
			return false
		}
	}
	return true
}
