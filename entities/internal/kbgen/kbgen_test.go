package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/kb"
)

// run generates a knowledge base and returns its encoding and text form.
func run(t *testing.T, src, hand string) ([]byte, string) {
	t.Helper()
	recs, names, err := generate(src, hand)
	require.NoError(t, err)
	k, err := kb.Build(recs)
	require.NoError(t, err)
	var text bytes.Buffer
	require.NoError(t, kb.WriteText(&text, k))
	require.NotEmpty(t, countryTable(names))
	return kb.Encode(k), text.String()
}

func TestGenerateDeterministic(t *testing.T) {
	a, textA := run(t, "testdata/src", "testdata/handkept.tsv")
	b, _ := run(t, "testdata/src", "testdata/handkept.tsv")
	assert.True(t, bytes.Equal(a, b), "same inputs, different bytes")
	k, err := kb.Decode(a)
	require.NoError(t, err)
	best := func(alias string) kb.Entity {
		c := k.Lookup(alias)
		require.NotEmpty(t, c, alias)
		return k.Entity(c[0].Entity)
	}
	assert.Equal(t, "Q796", best("Iraqi").QID)
	assert.Equal(t, "Baghdad", best("Baghdad").Title)
	assert.Equal(t, "capital", best("Baghdad").Kind, "the Factbook capital marks the city")
	assert.Equal(t, "Arbil", best("Arbil").Name, "dr5hn spelling joins nothing: it stays its own city")
	assert.Equal(t, "Springfield,_Missouri", best("Springfield").Title, "US places are titled City, State")
	assert.Equal(t, "Chicago", best("Chicago").Title, "AP dateline cities stand alone")
	assert.Equal(t, "Kata'ib_Hezbollah", best("Kata'ib Hizballah").Title, "the Factbook group joins the hand-kept one")
	assert.Equal(t, "Q61", best("Washington").QID)
	assert.Equal(t, "Washington_(state)", k.Entity(k.Lookup("Washington")[1].Entity).Title)
	assert.Equal(t, "Q434804", best("Dick Durbin").QID)
	assert.Equal(t, "legislator of Illinois, United States", best("Durbin").Description)
	assert.Equal(t, "Abraham_Lincoln", best("Lincoln").Title, "a popular title links a president")
	assert.Equal(t, "Latif Rashid", best("Rashid").Name)
	assert.Equal(t, "Mohammed Shia al-Sudani", best("al-Sudani").Name)
	assert.Equal(t, "head of government of Iraq", best("Mohammed Shia al-Sudani").Description)
	assert.Equal(t, "Saddam_Hussein", best("Saddam Hussein").Title)
	assert.Equal(t, "armed group", best("AAI").Kind)
	assert.Equal(t, kb.Misc, best("A Bug's Life").Type)
	assert.Contains(t, textA, "@Iraqis")
}

// TestEmbeddedUpToDate regenerates the knowledge base from the shared
// sources and compares it with the committed file.
func TestEmbeddedUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: regenerates the knowledge base")
	}
	src := filepath.Join("..", "..", "..", "..", "shared", "kb-sources")
	if _, err := os.Stat(src); err != nil {
		t.Skip("../shared/kb-sources not present")
	}
	got, _ := run(t, src, "handkept.tsv")
	assert.True(t, bytes.Equal(kb.Embedded(), got), "kb.bin is stale: run go generate ./entities/internal/kb")
}

func TestJoinKeepsRegion(t *testing.T) {
	b := newBuilder()
	place := func(qid, title, region string) kb.Record {
		return kb.Record{QID: qid, Title: title, Name: "Rochester", Type: kb.Place, Kind: "city", Country: "US", Region: region}
	}
	mn := b.add(place("Q486479", "Rochester,_Minnesota", "Minnesota"), srcHand, 0, true)
	ny := b.add(place("Q49218", "Rochester,_New_York", "New York"), srcHand, 0, true)
	// GeoNames lists the larger Rochester first; it must find its own
	// state's record, not the first of the name.
	got := b.add(place("", "", "New York"), srcGeoNames, popScore(209802), true)
	assert.Same(t, ny, got)
	got = b.add(place("", "", "Minnesota"), srcGeoNames, popScore(112225), true)
	assert.Same(t, mn, got)
	// A record without a region joins by name alone, as before.
	got = b.add(kb.Record{Name: "Rochester", Type: kb.Place, Kind: "city", Country: "US"}, srcCity, 40, true)
	assert.Contains(t, []*ent{mn, ny}, got)
}
