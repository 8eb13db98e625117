package entities

import (
	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/token"
)

// maxPhraseWords is the longest common-noun phrase nounPhraseHead looks
// up: the capitalized word and up to two lower-case words after it.
const maxPhraseWords = 3

// dropNounPhraseHeads removes the one-word place mentions that open a
// sentence and, with the lower-case words after them, spell a popular
// Wikipedia title: "Mobile phone sales rose" is about phones, not Mobile,
// Alabama. The capital says nothing at the start of a sentence, and a
// place name that heads a known common noun ("Brussels sprout growers")
// is part of it.
func (l *Linker) dropNounPhraseHeads(d *doc, ms []*mention) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if !(m.end-m.start == 1 && onlyPlaces(m.cands) && sentenceInitial(d, m.start) && l.nounPhraseHead(d, m.start)) {
			out = append(out, m)
		}
	}
	return out
}

// onlyPlaces reports whether every candidate is a place.
func onlyPlaces(cands []candidate) bool {
	for _, c := range cands {
		if c.typ != Place {
			return false
		}
	}
	return len(cands) > 0
}

// nounPhraseHead reports whether token i and the lower-case words right
// after it spell a title known only from the popular-titles list.
func (l *Linker) nounPhraseHead(d *doc, i int) bool {
	for end := i + 2; end <= i+maxPhraseWords && end <= len(d.toks); end++ {
		t := d.toks[end-1]
		if t.Kind != token.Word || !isLowerWord(t.Text) {
			return false
		}
		if l.kbx.WordsHave(d.folds[i:end], kb.TitleOnly) {
			return true
		}
	}
	return false
}
