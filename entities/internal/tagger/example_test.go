package tagger_test

import (
	"fmt"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// Tag a text: tokenize it, split it into sentences, add the knowledge
// base's gazetteer bits, and tag the whole document at once.
func Example() {
	text := "Mike Pompeo visited Baghdad on Monday. The Tehran-backed militia denied it."
	toks := token.Tokenize(text)
	var gaz []tagger.Gaz
	if k, err := kb.Default(); err == nil {
		gaz = tagger.KBGaz(k, k.Match(toks, nil), len(toks))
	}
	sents := token.Sentences(text, toks)
	doc := make([][]tagger.Token, len(sents))
	for i, s := range sents {
		for j := s.Start; j < s.End; j++ {
			t := tagger.Token{Text: toks[j].Text}
			if gaz != nil {
				t.Gaz = gaz[j]
			}
			doc[i] = append(doc[i], t)
		}
	}
	for i, spans := range tagger.Default().Tag(doc) {
		for _, sp := range spans {
			first, last := toks[sents[i].Start+sp.Start], toks[sents[i].Start+sp.End-1]
			fmt.Println(text[first.Start:last.End], sp.Label)
		}
	}
	// Output:
	// Mike Pompeo PER
	// Baghdad LOC
	// Tehran LOC
}
