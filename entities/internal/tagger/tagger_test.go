package tagger_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/tagger"
)

func toks(s string) []tagger.Token {
	var out []tagger.Token
	for _, f := range strings.Fields(s) {
		out = append(out, tagger.Token{Text: f})
	}
	return out
}

type span struct {
	text  string
	label string
}

func tagged(m *tagger.Model, sents ...string) [][]span {
	doc := make([][]tagger.Token, len(sents))
	for i, s := range sents {
		doc[i] = toks(s)
	}
	var out [][]span
	for i, ss := range m.Tag(doc) {
		var row []span
		for _, sp := range ss {
			var words []string
			for _, t := range doc[i][sp.Start:sp.End] {
				words = append(words, t.Text)
			}
			row = append(row, span{strings.Join(words, " "), sp.Label.String()})
		}
		out = append(out, row)
	}
	return out
}

func TestDefaultTagsSentence(t *testing.T) {
	t.Parallel()
	m := tagger.Default()
	require.Positive(t, m.Features())
	got := tagged(m, "Mike Pompeo visited Baghdad on Monday .")
	assert.Equal(t, [][]span{{{"Mike Pompeo", "PER"}, {"Baghdad", "LOC"}}}, got)
}

func TestTagTable(t *testing.T) {
	t.Parallel()
	m := tagger.Default()
	tests := []struct {
		sent string
		want []span
	}{
		{"The European Union said on Tuesday it would fine Microsoft .", []span{{"European Union", "ORG"}, {"Microsoft", "ORG"}}},
		{"Angela Merkel met French President Emmanuel Macron in Berlin .", []span{{"Angela Merkel", "PER"}, {"French", "MISC"}, {"Emmanuel Macron", "PER"}, {"Berlin", "LOC"}}},
		{"the weather was fine and nobody complained .", nil},
	}
	for _, tc := range tests {
		t.Run(tc.sent, func(t *testing.T) {
			t.Parallel()
			got := tagged(m, tc.sent)
			assert.Equal(t, tc.want, got[0])
		})
	}
}

func TestSpansAndScores(t *testing.T) {
	t.Parallel()
	doc := [][]tagger.Token{toks("Reuters reported that Pompeo flew to Iraq ."), nil, toks("Pompeo said so .")}
	out := tagger.Default().Tag(doc)
	require.Len(t, out, 3)
	assert.Empty(t, out[1])
	for i, ss := range out {
		prev := 0
		for _, sp := range ss {
			assert.GreaterOrEqual(t, sp.Start, prev)
			assert.Less(t, sp.Start, sp.End)
			assert.LessOrEqual(t, sp.End, len(doc[i]))
			assert.NotEqual(t, tagger.None, sp.Label)
			assert.True(t, sp.Score >= 0 && sp.Score <= 1, "score %v", sp.Score)
			prev = sp.End
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	t.Parallel()
	orig, err := os.ReadFile("model.bin")
	require.NoError(t, err)
	m, err := tagger.Decode(bytes.NewReader(orig))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.Encode(&buf))
	assert.True(t, bytes.Equal(orig, buf.Bytes()), "re-encoding changes the model file")
	m2, err := tagger.Decode(&buf)
	require.NoError(t, err)
	assert.Equal(t, m.Features(), m2.Features())
	doc := [][]tagger.Token{toks("Mike Pompeo visited Baghdad on Monday .")}
	assert.Equal(t, m.Tag(doc), m2.Tag(doc))
}

func TestDecodeRejectsCorruptInput(t *testing.T) {
	t.Parallel()
	orig, err := os.ReadFile("model.bin")
	require.NoError(t, err)
	flip := bytes.Clone(orig)
	flip[len(flip)/2] ^= 0x40
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     []byte("XXXX\x01rest"),
		"version":   append([]byte("NLTG\x09"), orig[5:]...),
		"truncated": orig[:len(orig)/3],
		"bitflip":   flip,
		"header":    orig[:5],
		"garbage":   append([]byte("NLTG\x01"), bytes.Repeat([]byte{0xff}, 100)...),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m, err := tagger.Decode(bytes.NewReader(b))
			assert.Nil(t, m)
			assert.True(t, errors.Is(err, tagger.ErrFormat), "err = %v", err)
		})
	}
}

func TestTrainDeterministic(t *testing.T) {
	t.Parallel()
	docs := []tagger.TrainDoc{{
		Sents: [][]tagger.Token{toks("John Smith lives in Paris ."), toks("He works for Acme Corp in London .")},
		Gold: [][]tagger.Span{
			{{Start: 0, End: 2, Label: tagger.PER}, {Start: 4, End: 5, Label: tagger.LOC}},
			{{Start: 3, End: 5, Label: tagger.ORG}, {Start: 6, End: 7, Label: tagger.LOC}},
		},
	}}
	enc := func(seed uint64) []byte {
		m := tagger.Train(docs, tagger.TrainOptions{Epochs: 3, Seed: seed})
		var b bytes.Buffer
		require.NoError(t, m.Encode(&b))
		return b.Bytes()
	}
	a, b := enc(7), enc(7)
	assert.Equal(t, a, b)
	m, err := tagger.Decode(bytes.NewReader(a))
	require.NoError(t, err)
	got := m.Tag([][]tagger.Token{toks("John Smith lives in Paris .")})
	assert.Equal(t, []tagger.Span{{Start: 0, End: 2, Label: tagger.PER}, {Start: 4, End: 5, Label: tagger.LOC}}, stripScores(got[0]))
}

func stripScores(ss []tagger.Span) []tagger.Span {
	out := make([]tagger.Span, len(ss))
	for i, s := range ss {
		s.Score = 0
		out[i] = s
	}
	return out
}

func TestLabelString(t *testing.T) {
	t.Parallel()
	for _, l := range []tagger.Label{tagger.None, tagger.PER, tagger.ORG, tagger.LOC, tagger.MISC} {
		if l == tagger.None {
			assert.Equal(t, "O", l.String())
			continue
		}
		assert.Equal(t, l, tagger.ParseLabel(l.String()))
	}
	assert.Equal(t, "?", tagger.Label(200).String())
}

// sharedPath locates a file under ../shared from the repository root.
func sharedPath(t testing.TB, rel string) string {
	p := filepath.Join("..", "..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

func TestHyphenatedTokens(t *testing.T) {
	t.Parallel()
	m := tagger.Default()
	split := m.Tag([][]tagger.Token{toks("The Tehran - backed militia fired at Baghdad .")})[0]
	joined := m.Tag([][]tagger.Token{toks("The Tehran-backed militia fired at Baghdad .")})[0]
	require.NotEmpty(t, split)
	// The name stops before the hyphen: "Tehran", not "Tehran-backed".
	assert.Equal(t, 1, split[0].Start)
	assert.Equal(t, 2, split[0].End)
	// A caller's whole hyphenated token maps back to that token.
	require.NotEmpty(t, joined)
	assert.Equal(t, 1, joined[0].Start)
	assert.Equal(t, 2, joined[0].End)
	assert.Equal(t, split[0].Label, joined[0].Label)
	last := joined[len(joined)-1]
	assert.Equal(t, tagger.Span{Start: 5, End: 6, Label: tagger.LOC}, tagger.Span{Start: last.Start, End: last.End, Label: last.Label})
}

func TestPrune(t *testing.T) {
	t.Parallel()
	m := tagger.Default()
	assert.Equal(t, m.Features(), m.Prune(0).Features())
	none := m.Prune(1e12)
	assert.Zero(t, none.Features())
	assert.Equal(t, m.Features(), m.PruneRows(0).Features())
	assert.Zero(t, m.PruneRows(1e12).Features())
	fewer := m.PruneRows(4)
	assert.Positive(t, fewer.Features())
	assert.Less(t, fewer.Features(), m.Features())
	// Only transition weights are left: no word evidence for any name.
	out := none.Tag([][]tagger.Token{toks("Mike Pompeo visited Baghdad .")})
	require.Len(t, out, 1)
	assert.NotEqual(t, out, m.Tag([][]tagger.Token{toks("Mike Pompeo visited Baghdad .")}))
}

func TestLongSentence(t *testing.T) {
	t.Parallel()
	// One 60,000-token "sentence" of names: path scores must not overflow.
	words := strings.Repeat("Mike Pompeo visited Baghdad , ", 12000)
	out := tagger.Default().Tag([][]tagger.Token{toks(words)})
	require.Len(t, out, 1)
	assert.Greater(t, len(out[0]), 10000)
	first := out[0][0]
	assert.Equal(t, tagger.PER, first.Label)
	for _, sp := range out[0] {
		assert.True(t, sp.Score >= 0 && sp.Score <= 1)
	}
}
