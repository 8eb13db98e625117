package conll

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/tagger"
)

const sample = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP B-NP I-PER

-DOCSTART- -X- -X- O

Toronto-based JJ B-NP B-MISC
Magna NNP I-NP B-ORG
`

func TestRead(t *testing.T) {
	t.Parallel()
	docs, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	require.Len(t, docs, 2)
	require.Len(t, docs[0].Sents, 2)
	assert.Equal(t, []string{"EU", "rejects", "German", "call", "."}, docs[0].Sents[0].Tokens)
	assert.Equal(t, []string{"B-PER", "I-PER"}, docs[0].Sents[1].Tags)
	_, err = Read(strings.NewReader("lonely\n"))
	assert.Error(t, err)
}

func TestSpans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		tags []string
		want []Span
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}}, // IOB1
		{[]string{"B-PER", "I-LOC"}, []Span{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{[]string{"O", "O"}, nil},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Spans(tc.tags), "%v", tc.tags)
	}
}

func TestScore(t *testing.T) {
	t.Parallel()
	sc := NewScore()
	sc.Add([]Span{{0, 2, "PER"}, {3, 4, "LOC"}}, []Span{{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "MISC"}})
	assert.Equal(t, Counts{TP: 1, FP: 2, FN: 1}, sc.All)
	p, r, f := sc.All.F1()
	assert.InDelta(t, 1.0/3, p, 1e-9)
	assert.InDelta(t, 0.5, r, 1e-9)
	assert.InDelta(t, 0.4, f, 1e-9)
	assert.Contains(t, sc.String(), "overall")
}

func TestPrepSplitsAndProjects(t *testing.T) {
	t.Parallel()
	docs, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	p := &Prep{}
	toks, orig := p.Sentence(docs[1].Sents[0])
	var texts []string
	for _, tk := range toks {
		texts = append(texts, tk.Text)
	}
	assert.Equal(t, []string{"Toronto", "-", "based", "Magna"}, texts)
	assert.Equal(t, []int{0, 0, 0, 1}, orig)
	td := p.TrainDocs(docs[1:])
	assert.Equal(t, []tagger.Span{{Start: 0, End: 3, Label: tagger.MISC}, {Start: 3, End: 4, Label: tagger.ORG}}, td[0].Gold[0])
	// "Toronto" found in "Toronto-based" scores as CoNLL's MISC token.
	assert.True(t, affixed(toks, orig, 1))
	assert.False(t, affixed(toks, orig, 3))
}
