package tagger_test

import (
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
