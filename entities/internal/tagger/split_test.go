package tagger

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAppendPieces(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"al-Kadhimi", []string{"al", "-", "Kadhimi"}},
		{"1996-08-20", []string{"1996", "-", "08", "-", "20"}},
		{"-", []string{"-"}},
		{"--", []string{"-", "-"}},
		{"pro-", []string{"pro", "-"}},
		{"a\u2010b", []string{"a", "\u2010", "b"}},
		{"plain", []string{"plain"}},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range appendPieces(nil, Token{Text: tc.in, Gaz: GazLOC}) {
			assert.Equal(t, GazLOC, p.Gaz)
			got = append(got, p.Text)
		}
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestMapBack(t *testing.T) {
	t.Parallel()
	orig := []int{0, 1, 1, 1, 2} // "X Tehran - backed Y"
	got := mapBack([]Span{{Start: 1, End: 2, Label: LOC, Score: 0.9}, {Start: 3, End: 5, Label: ORG, Score: 0.5}}, orig)
	assert.Equal(t, []Span{{Start: 1, End: 3, Label: LOC, Score: 0.5}}, got)
}

func TestAssembleZeroRows(t *testing.T) {
	t.Parallel()
	// Rows whose weights are all zero are legal and keep their key.
	row := make([]int16, 2*numTags)
	row[numTags+3] = 7
	w := &weights{stage: stage{scale: 1}, keys: []uint32{5, 9}, w: row}
	m := assemble([]*weights{w})
	assert.Equal(t, 2, m.Features())
	assert.NotEqual(t, noRef, m.lookup(5))
	assert.NotEqual(t, noRef, m.lookup(9))
	assert.Equal(t, noRef, m.lookup(6))
	assert.Equal(t, int16(7), m.rowWeights(m.lookup(9), 0)[3])
	assert.Equal(t, [numTags]int16{}, m.rowWeights(m.lookup(5), 0))
}

func TestHasHyphen(t *testing.T) {
	t.Parallel()
	tests := map[string]bool{
		"-": false, "ab": false, "a-b": true, "Tehran\u2010backed": true, "x\u2011y": true,
		"x\u2012y": false, "x\u2013y": false, "\u2010": true, "é\u2014": false, "": false,
	}
	for s, want := range tests {
		assert.Equal(t, want, hasHyphen(s), "%q", s)
	}
}
