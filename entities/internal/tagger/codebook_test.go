package tagger

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCodebookPrecision(t *testing.T) {
	t.Parallel()
	b := fitCodebook(3, 30000)
	assert.Equal(t, int32(3), b.levels[0])
	assert.Equal(t, int32(30000), b.levels[nLevels-1])
	for _, v := range []int32{3, -3, 4, 17, -250, 1234, 29999, -30000} {
		c := b.code(v)
		assert.NotZero(t, c, "weight %d lost", v)
		got := b.val[c]
		assert.Equal(t, v < 0, got < 0, "sign of %d", v)
		rel := float64(max(got-v, v-got)) / float64(max(v, -v))
		assert.LessOrEqual(t, rel, 0.04, "weight %d decodes as %d", v, got)
	}
	// Without weights every level is zero.
	assert.Equal(t, codebook{}, fitCodebook(0, 0))
}
