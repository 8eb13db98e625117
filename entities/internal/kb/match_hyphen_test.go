package kb

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMatchHyphenSyllable(t *testing.T) {
	t.Parallel()
	k, err := Build([]Record{
		{Title: "Kim_Jong_Un", Name: "Kim Jong Un", Type: Person, Kind: "head of state", Country: "KP", Prior: 200},
		{Title: "English_language", Name: "English Language", Type: Misc, Prior: 50},
	})
	require.NoError(t, err)
	cases := []struct {
		text string
		want []string
	}{
		{"Kim Jong Un said", []string{"Kim Jong Un=Kim Jong Un"}},
		{"Kim Jong-un said", []string{"Kim Jong-un=Kim Jong Un"}}, // a romanized syllable
		{"Kim Jong-Un said", []string{"Kim Jong-Un=Kim Jong Un"}},
		{"Kim jong un said", nil},      // no hyphen: case still counts
		{"English-language arts", nil}, // a compound adjective's word
		{"English Language", []string{"English Language=English Language"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, spans(k, c.text), c.text)
	}
}
