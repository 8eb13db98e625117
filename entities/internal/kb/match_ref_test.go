package kb

import (
	"cmp"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/token"
)

// refMatch is Match done the slow way: every run of up to maxKeyTokens
// tokens is looked up by binary search over all keys. Match, with its
// first-token tables, must find the same.
func refMatch(k *KB, toks []token.Token) []Match {
	var m Matcher
	m.prepare(toks, token.Folds(toks))
	var out []Match
	for i := range toks {
		if m.info[i].skip {
			continue
		}
		key, n := "", 0
		for j := i; j >= 0 && n < maxKeyTokens; j = m.next(j) {
			if n > 0 {
				key += " "
			}
			key += m.info[j].fold
			m.pos[n] = j
			n++
			if ki := k.findKey(key); ki >= 0 {
				out = m.emit(k, ki, i, j+1, n, out)
			}
		}
	}
	return out
}

func sortMatches(ms []Match) {
	slices.SortFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Entity, b.Entity), cmp.Compare(a.Key, b.Key))
	})
}

func TestMatchAgreesWithBinarySearch(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Washington has threatened to close its embassy in Baghdad, U.S. Secretary of State Mike Pompeo told " +
			"President Barham Salih and Prime Minister Mustafa al-Kadhimi, an Iraqi official told AFP. " +
			"the Guardian and The Guardian, the hague, NATO and nato, Tehran-backed al-Kadhemi's men. " +
			"Ursula von der Leyen spoke of the euro zone.",
	}
	if data, err := os.ReadFile("../../testdata/article.txt"); err == nil {
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		toks := token.Tokenize(text)
		got, want := k.Match(toks, nil), refMatch(k, toks)
		sortMatches(got)
		sortMatches(want)
		assert.Equal(t, want, got)
		assert.NotEmpty(t, got)
	}
}
