package entities

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mentionRef is the reflection-based form Mention's encoder must match.
type mentionRef struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Type      Type    `json:"type"`
	ID        string  `json:"id"`
	Wikipedia string  `json:"wikipedia"`
	Score     float64 `json:"score"`
}

// refMention encodes m through encoding/json's reflection.
func refMention(t testing.TB, m Mention) []byte {
	r := mentionRef{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type, Score: m.Score}
	if m.Entity != nil {
		r.ID, r.Wikipedia = m.Entity.ID, m.Entity.Wikipedia
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	return b
}

// refSummary encodes s through encoding/json's reflection (Summary with
// its MarshalJSON method hidden).
func refSummary(t testing.TB, s Summary) []byte {
	b, err := json.Marshal(struct {
		Entity
		Count    int     `json:"count"`
		Salience float64 `json:"salience"`
	}{s.Entity, s.Count, s.Salience})
	require.NoError(t, err)
	return b
}

// jsonStrings are strings that exercise every escaping rule.
var jsonStrings = []string{
	"", "Baghdad", `say "hi"`, `back\slash`, "<b>&</b>", "tab\tnew\nline\r", "\x00\x01\x08\x0c\x1f\x7f",
	"Zürich", "東京", "emoji 👍", "bad \xff byte", "\xe2\x80", "line\u2028para\u2029", "a\u00a0b",
}

func TestMentionJSONMatchesReflection(t *testing.T) {
	t.Parallel()
	scores := []float64{0, 1, 0.5, 0.123456789, 1e-7, 2.5e-10, 1e21, -0.25, math.SmallestNonzeroFloat64}
	for i, s := range jsonStrings {
		for _, e := range []*Entity{nil, {ID: "Q1530", Wikipedia: s}, {Wikipedia: "Sadr_City"}} {
			m := Mention{Start: i, End: i + len(s), Text: s, Type: Type(s), Entity: e, Score: scores[i%len(scores)]}
			got, err := m.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, string(refMention(t, m)), string(got), "%+v", m)
		}
	}
}

func TestSummaryJSONMatchesReflection(t *testing.T) {
	t.Parallel()
	for i, s := range jsonStrings {
		for _, e := range []Entity{
			{ID: "Q796", Wikipedia: "Iraq", Name: s, Type: Place, Kind: "country", Description: s},
			{Name: s, Type: Person},
		} {
			sum := Summary{Entity: e, Count: i, Salience: float64(i) / 7}
			got, err := sum.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, string(refSummary(t, sum)), string(got), "%+v", sum)
		}
	}
}

func TestJSONRejectsNaN(t *testing.T) {
	t.Parallel()
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, err := json.Marshal(Mention{Score: f})
		var uv *json.UnsupportedValueError
		assert.ErrorAs(t, err, &uv)
		_, err = json.Marshal(Summary{Salience: f})
		assert.ErrorAs(t, err, &uv)
	}
}

// FuzzMentionJSON checks the hand-written encoder against encoding/json
// on arbitrary strings and numbers.
func FuzzMentionJSON(f *testing.F) {
	for _, s := range jsonStrings {
		f.Add(s, "Q42", 3, 0.75)
	}
	f.Fuzz(func(t *testing.T, text, wiki string, start int, score float64) {
		if math.IsNaN(score) || math.IsInf(score, 0) {
			return
		}
		m := Mention{Start: start, End: start + len(text), Text: text, Type: Misc, Entity: &Entity{ID: wiki, Wikipedia: wiki}, Score: score}
		got, err := m.MarshalJSON()
		require.NoError(t, err)
		require.Equal(t, string(refMention(t, m)), string(got))
		s := Summary{Entity: Entity{Name: text, Description: wiki, Kind: text, Type: Group}, Count: start, Salience: score}
		got, err = s.MarshalJSON()
		require.NoError(t, err)
		require.Equal(t, string(refSummary(t, s)), string(got))
	})
}

func TestAppendJSON(t *testing.T) {
	t.Parallel()
	m := Mention{Start: 4, End: 11, Text: "Baghdad", Type: Place, Entity: &Entity{ID: "Q1530", Wikipedia: "Baghdad"}, Score: 0.9}
	s := Summary{Entity: Entity{ID: "Q1530", Wikipedia: "Baghdad", Name: "Baghdad", Type: Place, Kind: "capital"}, Count: 2, Salience: 0.5}
	for _, tc := range []struct {
		name   string
		append func([]byte) ([]byte, error)
		want   []byte
	}{
		{"mention", m.AppendJSON, refMention(t, m)},
		{"summary", s.AppendJSON, refSummary(t, s)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.append([]byte("prefix,"))
			require.NoError(t, err)
			assert.Equal(t, "prefix,"+string(tc.want), string(got))
		})
	}
	t.Run("error", func(t *testing.T) {
		buf := []byte("kept")
		got, err := Mention{Score: math.NaN()}.AppendJSON(buf)
		var uv *json.UnsupportedValueError
		require.ErrorAs(t, err, &uv)
		assert.Equal(t, "kept", string(got))
		got, err = Summary{Salience: math.Inf(1)}.AppendJSON(buf)
		require.ErrorAs(t, err, &uv)
		assert.Equal(t, "kept", string(got))
	})
}
