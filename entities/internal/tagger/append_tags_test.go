package tagger_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/tagger"
)

// TestAppendTags checks that AppendTags appends what Tag returns after
// what its buffers hold, with each sentence's end (an empty sentence
// ends where the one before it does).
func TestAppendTags(t *testing.T) {
	t.Parallel()
	m := tagger.Default()
	doc := [][]tagger.Token{
		toks("Mike Pompeo visited Baghdad on Monday ."),
		nil,
		toks("He met Mustafa al-Kadhimi in Washington ."),
	}
	want := m.Tag(doc)
	prev := tagger.Span{Start: 7, End: 9, Label: tagger.ORG}
	spans, ends := m.AppendTags([]tagger.Span{prev}, []int32{1}, doc)
	assert.Len(t, ends, 1+len(doc))
	assert.Equal(t, prev, spans[0])
	start := ends[0]
	for i, end := range ends[1:] {
		if len(want[i]) == 0 {
			assert.Equal(t, start, end, "sentence %d", i)
			continue
		}
		assert.Equal(t, want[i], spans[start:end], "sentence %d", i)
		start = end
	}
	assert.Equal(t, int32(len(spans)), ends[len(ends)-1])
}
