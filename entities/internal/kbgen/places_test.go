package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestArabicVariants(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Al Fallūjah", []string{"Fallūjah", "Al Fallūja", "Fallūja", "Al Falloujah", "Falloujah"}},
		{"Khān Yūnis", []string{"Khān Younis"}},
		{"Baghdad", nil},
		{"Basrah", []string{"Basra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range arabicVariants(tt.name) {
				got = append(got, a.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPlainSpelling(t *testing.T) {
	tests := []struct{ cc, title, want string }{
		{"IN", "Allahābād", "Allahabad"},
		{"RU", "Arkhangel’sk", "Arkhangelsk"},
		{"EG", "Abū_Kabīr", "Abu_Kabir"},
		{"SA", "Abū_‘Arīsh", "Abu_Arish"},
		{"JP", "Chōfu", "Chōfu"},
		{"LV", "Jūrmala", "Jūrmala"},
		{"TR", "Kuşadası", "Kuşadası"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, plainSpelling(tt.cc, tt.title), tt.title)
	}
}

func TestRegionTitleBesideHandKeptTown(t *testing.T) {
	b := newBuilder()
	b.popular = map[string]bool{"crete": true, "kurdistan": true}
	region := func(name, cc string) *ent {
		return b.add(kb.Record{Name: name, Type: kb.Place, Kind: "region", Country: cc}, srcCity, 40, true)
	}
	// A hand-kept town titled with its state leaves the bare title to the
	// region; a hand-kept entry that owns the bare name keeps it.
	b.add(kb.Record{QID: "Q1", Title: "Crete,_Nebraska", Name: "Crete", Type: kb.Place, Kind: "city", Country: "US", Region: "Nebraska"}, srcHand, 0, true)
	b.add(kb.Record{Title: "Kurdistan_Region", Name: "Kurdistan Region", Type: kb.Place, Kind: "territory", Country: "IQ",
		Aliases: []kb.Alias{{Text: "Kurdistan"}}}, srcHand, 0, true)
	crete, kurdistan := region("Crete", "GR"), region("Kurdistan", "IR")
	b.assignRegionTitles()
	assert.Equal(t, "Crete", crete.Title)
	assert.Empty(t, kurdistan.Title)
}

func TestPrefecture(t *testing.T) {
	tests := []struct{ name, title, alias string }{
		{"Aichi", "Aichi_Prefecture", "Aichi Prefecture"},
		{"Hyōgo", "Hyōgo_Prefecture", "Hyōgo Prefecture"},
		{"Kyōto", "Kyoto_Prefecture", "Kyoto Prefecture"},
		{"Tokyo", "", ""},
		{"Hokkaidō", "Hokkaido", ""},
	}
	for _, tt := range tests {
		r := kb.Record{Name: tt.name, Type: kb.Place, Kind: "region", Country: "JP"}
		prefecture(&r)
		assert.Equal(t, tt.title, r.Title, tt.name)
		if tt.alias == "" {
			assert.Empty(t, r.Aliases, tt.name)
		} else {
			assert.Equal(t, []string{tt.alias}, aliasTexts(r), tt.name)
		}
	}
}

func TestUnlinkedRegionRanksBelowItsCity(t *testing.T) {
	b := newBuilder()
	region := func(name, cc string) *ent {
		return b.add(kb.Record{Name: name, Type: kb.Place, Kind: "region", Country: cc}, srcState, 100, true)
	}
	city := func(qid, name, cc string, score float64) *ent {
		return b.add(kb.Record{QID: qid, Title: name, Name: name, Type: kb.Place, Kind: "city", Country: cc}, srcCity, score, true)
	}
	ancona, anconaCity := region("Ancona", "IT"), city("Q1", "Ancona", "IT", 90)
	lazio := region("Lazio", "IT")
	herat, heratCity := region("Herat", "AF"), city("Q2", "Herat", "AF", 130)
	elsewhere := region("Bury", "GB")
	city("Q3", "Bury", "US", 120) // another country's town ranks nothing
	b.rankUnlinkedRegions()
	assert.Less(t, ancona.score, anconaCity.score, "a province below its linked capital")
	assert.Equal(t, 100.0, lazio.score, "a region no place shares its name with")
	assert.Equal(t, 100.0, herat.score, "a region already below its city")
	assert.Less(t, herat.score, heratCity.score)
	assert.Equal(t, 100.0, elsewhere.score)
}

func TestTownNamedLikeAFamousSurnameGetsNoBareTitle(t *testing.T) {
	b := newBuilder()
	person := func(title, name, surname string) {
		b.add(kb.Record{Title: title, Name: name, Type: kb.Person, Kind: "politician", Country: "US",
			Aliases: []kb.Alias{{Text: surname, Flags: kb.Partial}}}, srcHand, 150, true)
	}
	town := func(name, cc string, pop int) *ent {
		e := b.add(kb.Record{Name: name, Type: kb.Place, Kind: "city", Country: cc}, srcCity, popScore(pop), true)
		e.pop = pop
		return e
	}
	person("George_W._Bush", "George W. Bush", "Bush")
	person("John_Bolton", "John Bolton", "Bolton")
	bush, bolton, dover := town("Bush", "EG", 85000), town("Bolton", "GB", 194000), town("Dover", "GB", 41000)
	b.assignPlaceTitles()
	assert.Empty(t, bush.Title, "a town of a famous surname's name")
	assert.Equal(t, "Bolton", bolton.Title, "a large city keeps its bare title")
	assert.Equal(t, "Dover", dover.Title, "a town no famous person is named by")
}
