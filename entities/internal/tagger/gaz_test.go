package tagger

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/token"
)

func TestMarkGazPositions(t *testing.T) {
	t.Parallel()
	gaz := make([]Gaz, 5)
	longest := make([]int, 5)
	markGaz(gaz, longest, 1, 4, GazORG) // "Popular Mobilization Forces"
	markGaz(gaz, longest, 3, 4, GazMISC)
	markGaz(gaz, longest, 4, 9, GazLOC) // clipped at the end
	assert.Equal(t, []Gaz{
		0,
		GazORG | GazBegin,
		GazORG | GazInside,
		GazORG | GazMISC | GazInside,
		GazLOC | GazBegin,
	}, gaz)
}

func TestKBGaz(t *testing.T) {
	t.Parallel()
	k, err := kb.Default()
	require.NoError(t, err)
	toks := token.Tokenize("Mike Pompeo visited Baghdad and the Iraqi capital in August .")
	gaz := KBGaz(k, k.Match(toks, nil), len(toks))
	require.Len(t, gaz, len(toks))
	at := func(w string) Gaz {
		for i, tk := range toks {
			if tk.Text == w {
				return gaz[i]
			}
		}
		t.Fatalf("no token %q", w)
		return 0
	}
	assert.Equal(t, GazLOC|GazSingle, at("Baghdad")&(GazLOC|GazSingle))
	assert.NotZero(t, at("Iraqi")&GazGroup)
	assert.Zero(t, at("visited"))
	assert.Zero(t, at("August")&gazTypes, "a small town named August is weak evidence")
}

// TestKBGazSkipsSportsForms: a sports short form ("Crimson Tide", the
// university's) is no gazetteer evidence; the name's other entries still
// are ("Alabama", the state).
func TestKBGazSkipsSportsForms(t *testing.T) {
	t.Parallel()
	recs, err := kb.ParseText(strings.NewReader("Q173\tAlabama\tAlabama\tPlace\tstate\tUS\t\t200\n" +
		"Q492318\tUniversity_of_Alabama\tUniversity of Alabama\tOrganization\tuniversity\tUS\t\t150\t\t%Alabama|%Crimson Tide\n"))
	require.NoError(t, err)
	k, err := kb.Build(recs)
	require.NoError(t, err)
	toks := token.Tokenize("The Crimson Tide beat Alabama State .")
	gaz := KBGaz(k, k.Match(toks, nil), len(toks))
	assert.Zero(t, gaz[1], "Crimson")
	assert.Zero(t, gaz[2], "Tide")
	assert.Equal(t, GazLOC, gaz[4]&gazTypes, "Alabama")
}
