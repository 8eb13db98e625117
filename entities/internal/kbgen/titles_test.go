package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestUniversity(t *testing.T) {
	tests := []struct {
		name    string
		typ     kb.Type
		kind    string
		aliases []string
		country string
	}{
		{"Florida State University", kb.Organization, "university", []string{"Florida State"}, "US"},
		{"North Carolina State University", kb.Organization, "university", []string{"North Carolina State"}, "US"},
		{"University of Georgia", kb.Organization, "university", nil, ""},
		{"Harvard University", kb.Organization, "university", nil, ""},
		{"Moscow State University", kb.Organization, "university", nil, ""}, // not a US state
		{"State University", kb.Organization, "university", nil, ""},
		{"University Park", kb.Misc, "", nil, ""},
		{"Universal Studios", kb.Misc, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := kb.Record{Name: tt.name, Type: kb.Misc}
			university(&r)
			assert.Equal(t, tt.typ, r.Type)
			assert.Equal(t, tt.kind, r.Kind)
			assert.Equal(t, tt.country, r.Country)
			assert.Equal(t, tt.aliases, aliasTexts(r))
		})
	}
}

func TestPopularTitleIsNoTown(t *testing.T) {
	src := popularTitles(t, "ganges", "lyon", "cypress")
	b := newBuilder()
	town := func(name string, pop int) *ent {
		e := b.add(kb.Record{Name: name, Type: kb.Place, Kind: "city", Country: "FR"}, srcGeoNames, popScore(pop), true)
		e.pop = pop
		return e
	}
	ganges, lyon := town("Ganges", 3500), town("Lyon", 513000)
	// A town with a QID and a "Town,_Region" title is no more what the
	// bare title names.
	cypress := b.add(kb.Record{QID: "Q1", Title: "Cypress,_California", Name: "Cypress", Type: kb.Place, Kind: "city", Country: "US"}, srcHand, 0, true)
	cypress.pop = 49000
	require.NoError(t, b.titles(src))
	// The small town keeps its name; the popular title gets an entity.
	assert.Empty(t, ganges.Title)
	river := b.byTitle["Ganges"]
	require.NotNil(t, river)
	assert.NotSame(t, ganges, river)
	tree := b.byTitle["Cypress"]
	require.NotNil(t, tree)
	assert.NotSame(t, cypress, tree)
	// A city the title names is boosted, not doubled.
	assert.Nil(t, b.byTitle["Lyon"])
	assert.Greater(t, lyon.score, popScore(513000))
}

// TestGroupTitle takes an armed group's title from its own name, or from
// another of its names with several words that is not a party.
func TestGroupTitle(t *testing.T) {
	b := newBuilder()
	for _, p := range []string{"hezbollah", "falcon", "communist party of india", "red army faction"} {
		b.popular[p] = true
	}
	tests := []struct {
		names []string
		want  string
	}{
		{[]string{"Hezbollah", "Party of God"}, "Hezbollah"},
		{[]string{"Shahin", "Falcon"}, ""},
		{[]string{"Janashakti", "Communist Party of India"}, ""},
		{[]string{"Baader-Meinhof Group", "Red Army Faction"}, "Red_Army_Faction"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, b.groupTitle(tt.names), tt.names[0])
	}
}

func TestPopularTitleBoostsTheEntityItTitles(t *testing.T) {
	src := popularTitles(t, "venice", "democratic republic of the congo")
	b := newBuilder()
	// The region scores higher, but "Venice" is the city's article.
	region := b.add(kb.Record{Name: "Venice", Type: kb.Place, Kind: "region", Country: "IT"}, srcState, 100, true)
	city := b.add(kb.Record{QID: "Q641", Title: "Venice", Name: "Venice", Type: kb.Place, Kind: "city", Country: "IT"}, srcCity, 94, true)
	// A title that is not the entity's name is still its article.
	drc := b.add(kb.Record{QID: "Q974", Title: "Democratic_Republic_of_the_Congo", Name: "DR Congo", Type: kb.Place, Kind: "country", Country: "CD"}, srcCountry, 230, true)
	n := len(b.ents)
	require.NoError(t, b.titles(src))
	assert.Equal(t, 109.0, city.score)
	assert.Equal(t, 100.0, region.score)
	assert.Equal(t, 245.0, drc.score)
	assert.Len(t, b.ents, n, "no title-only entity beside the ones titled so")
}

// popularTitles returns a source folder whose popular-titles list holds
// titles, one per line.
func popularTitles(t *testing.T, titles ...string) string {
	t.Helper()
	src := t.TempDir()
	dir := filepath.Join(src, "compromise-wikipedia")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "titles.txt"), []byte(strings.Join(titles, "\n")+"\n"), 0o644))
	return src
}
