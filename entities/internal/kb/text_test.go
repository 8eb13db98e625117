package kb

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTextRoundTripFlagLikeText writes and rereads aliases whose text
// starts with a flag character: the flags must not swallow it.
// Aliases are written from their keys, so the keys are compared.
func TestTextRoundTripFlagLikeText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line string
		want       Alias
	}{
		{"symbol after a flag", "\t\tX\tMisc\t\t\t\t\t\t? %", Alias{Text: "%", Flags: TitleOnly}},
		{"demonym sign after a flag", "\t\tX\tMisc\t\t\t\t\t\t^ @home", Alias{Text: "@home", Flags: Partial}},
		{"plain flags", "\t\tX\tPlace\t\t\t\t\t\t@Xian", Alias{Text: "Xian", Flags: Demonym}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			recs, err := ParseText(strings.NewReader(tc.line))
			require.NoError(t, err)
			require.Contains(t, recs[0].Aliases, tc.want, "as read")
			k, err := Build(recs)
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, WriteText(&buf, k))
			again, err := ParseText(&buf)
			require.NoError(t, err, "written form must load")
			want, _ := KeyOf(tc.want.Text)
			var keys []string
			for _, a := range again[0].Aliases {
				if a.Flags&tc.want.Flags == tc.want.Flags {
					key, _ := KeyOf(a.Text)
					keys = append(keys, key.Text)
				}
			}
			assert.Contains(t, keys, want.Text, "alias kept through the written form")
		})
	}
}
