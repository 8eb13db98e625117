package entities

import (
	"slices"

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
	for i := 2; i+1 < len(d.toks); i++ {
		if d.toks[i-1].Text == "(" && d.toks[i+1].Text == ")" && commonPhraseBefore(d, i) {
			defined = append(defined, d.toks[i].Text)
		}
	}
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

// commonPhraseBefore reports whether token i, written in parentheses, is
// an acronym of the lower-case words right before the parenthesis:
// "artificial pancreas (AP)", "the gross domestic product (GDP)".
func commonPhraseBefore(d *doc, i int) bool {
	acr := d.toks[i].Text
	if !isAcronym(acr) {
		return false
	}
	n := 0
	for _, r := range acr {
		if r != '.' {
			n++
		}
	}
	// Function words may sit between the initials ("rate of return"),
	// so look back a little further than the acronym is long.
	words := make([]string, 0, n+2)
	for j := i - 2; j >= 0 && len(words) < n+2; j-- {
		t := d.toks[j]
		if t.Kind != token.Word || t.Text != d.folds[j] {
			return false // punctuation, or a word with capitals: a name's
		}
		words = append([]string{d.folds[j]}, words...)
		if acronymWords(acr, words) {
			return true
		}
	}
	return false
}
