package tagger_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/newslens/newslens/entities/internal/tagger"
)

// FuzzTag feeds arbitrary token text and gazetteer bits to the tagger and
// checks that spans stay well formed.
func FuzzTag(f *testing.F) {
	f.Add("Mike Pompeo visited Baghdad on Monday .", uint16(0))
	f.Add("U.S. Secretary of State\nMike\xffPompeo", uint16(tagger.GazPER|tagger.GazBegin))
	f.Add("", uint16(0))
	f.Add("   \x00 ", uint16(0xffff))
	m := tagger.Default()
	f.Fuzz(func(t *testing.T, text string, gaz uint16) {
		var doc [][]tagger.Token
		for _, line := range strings.Split(text, "\n") {
			var s []tagger.Token
			for i, w := range strings.Split(line, " ") {
				s = append(s, tagger.Token{Text: w, Gaz: tagger.Gaz(gaz >> (i % 3))})
			}
			doc = append(doc, s)
		}
		out := m.Tag(doc)
		if len(out) != len(doc) {
			t.Fatalf("got %d sentences, want %d", len(out), len(doc))
		}
		for i, ss := range out {
			prev := 0
			for _, sp := range ss {
				if sp.Start < prev || sp.Start >= sp.End || sp.End > len(doc[i]) || sp.Label == tagger.None || !(sp.Score >= 0 && sp.Score <= 1) {
					t.Fatalf("bad span %+v in sentence of %d tokens", sp, len(doc[i]))
				}
				prev = sp.End
			}
		}
	})
}

// FuzzDecode checks that Decode never panics and that whatever it accepts
// can tag text.
func FuzzDecode(f *testing.F) {
	docs := []tagger.TrainDoc{{
		Sents: [][]tagger.Token{toks("John Smith lives in Paris .")},
		Gold:  [][]tagger.Span{{{Start: 0, End: 2, Label: tagger.PER}, {Start: 4, End: 5, Label: tagger.LOC}}},
	}}
	var small bytes.Buffer
	if err := tagger.Train(docs, tagger.TrainOptions{Epochs: 2, Seed: 1, Stacked: true, Folds: 2}).Encode(&small); err != nil {
		f.Fatal(err)
	}
	f.Add(small.Bytes())
	f.Add([]byte("NLTG\x02"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := tagger.Decode(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, tagger.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		m.Tag([][]tagger.Token{toks("John Smith lives in Paris .")})
	})
}
