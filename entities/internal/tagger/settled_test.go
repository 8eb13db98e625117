package tagger_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/tagger/conll"
)

func TestSettled(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		gaz  int // index of a token with a knowledge-base match, -1 for none
		want string
	}{
		{"the interior ministry said on monday", -1, "xxxxxx"},
		{"Officials said the talks would resume .", -1, "..xxxxx"},
		{"In Paris , officials said , however , that", -1, "...xxxxxx"},
		// Particles open names in lower case.
		{"the goal went to van der Sar today", -1, "xxx....."},
		{"a speech by de Gaulle was read", -1, "xx....x"},
		// Hyphens and digits are not plain words.
		{"they drove to Stratford - upon - Avon by car", -1, "xx.......x"},
		{"the 3rd division won", -1, "...x"},
		// Knowledge-base evidence keeps a word and its neighbours.
		{"reports say apple will sell more phones", 2, "x...xxx"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			t.Parallel()
			ts := toks(tc.text)
			if tc.gaz >= 0 {
				ts[tc.gaz].Gaz = tagger.GazORG | tagger.GazSingle
			}
			var got strings.Builder
			for _, s := range tagger.Settled(ts) {
				got.WriteByte(".x"[b2i(s)])
			}
			assert.Equal(t, tc.want, got.String())
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestSettlingKeepsTags checks that settling plain words as O changes no
// span the full decoding finds, except names written all in lower case
// ("interior ministry"), on sentences of our own and, when available, the
// CoNLL++ development set.
func TestSettlingKeepsTags(t *testing.T) {
	t.Parallel()
	m := tagger.Default()
	own := [][]tagger.Token{
		toks("Goalkeeper Edwin van der Sar saved twice as the visitors from Eindhoven held on ."),
		toks("the police in stratford said the man was released on bail"),
		toks("A spokesman for the interior ministry said the bill would pass ."),
		toks("SHARES IN ROYAL DUTCH SHELL FELL IN LONDON ON MONDAY"),
		toks("He flew to Stratford - upon - Avon , where he met de Klerk and Mr. Mandela ."),
	}
	// The full decoding tags "interior ministry" ORG, as CoNLL does.
	assert.Equal(t, 1, equalTags(t, m, own))
	if testing.Short() {
		return
	}
	f, err := os.Open(sharedPath(t, "eval/ner/conllpp_dev.txt"))
	require.NoError(t, err)
	defer f.Close()
	docs, err := conll.Read(f)
	require.NoError(t, err)
	k, err := kb.Default()
	require.NoError(t, err)
	p := &conll.Prep{KB: k}
	dropped := 0
	for _, d := range docs {
		var doc [][]tagger.Token
		for _, s := range d.Sents {
			ts, _ := p.Sentence(s)
			doc = append(doc, ts)
		}
		dropped += equalTags(t, m, doc)
	}
	t.Logf("lower-case names dropped by settling: %d", dropped)
}

// equalTags requires the same spans with and without settling, but for
// names in lower case that only the full decoding finds, and returns how
// many of those there are. Scores may differ a little, as settling rules
// out some alternative taggings.
func equalTags(t *testing.T, m *tagger.Model, doc [][]tagger.Token) int {
	t.Helper()
	got, gotEnds := m.AppendTags(nil, nil, doc)
	want, wantEnds := m.AppendTagsUnsettled(doc)
	require.Len(t, gotEnds, len(wantEnds))
	dropped, g, w := 0, 0, 0
	for si := range doc {
		for ; w < int(wantEnds[si]); w++ {
			ws := want[w]
			if g < int(gotEnds[si]) && got[g].Start == ws.Start {
				gs := got[g]
				assert.Equal(t, [2]int{ws.End, int(ws.Label)}, [2]int{gs.End, int(gs.Label)}, "sentence %d span %v", si, ws)
				assert.InDelta(t, ws.Score, gs.Score, 0.01, "sentence %d span %v", si, ws)
				g++
				continue
			}
			for _, tk := range doc[si][ws.Start:ws.End] {
				require.Equal(t, strings.ToLower(tk.Text), tk.Text, "sentence %d lost span %v", si, ws)
			}
			dropped++
		}
		require.Equal(t, int(gotEnds[si]), g, "sentence %d: settling added a span", si)
	}
	return dropped
}
