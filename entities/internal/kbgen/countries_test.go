package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestDropTerritoryDemonyms(t *testing.T) {
	b := newBuilder()
	dem := func(s string) kb.Alias { return kb.Alias{Text: s, Flags: kb.Demonym} }
	china := b.add(kb.Record{Name: "China", Type: kb.Place, Kind: "country", Country: "CN",
		Aliases: []kb.Alias{dem("Chinese")}}, srcCountry, 230, true)
	taiwan := b.add(kb.Record{Name: "Taiwan", Type: kb.Place, Kind: "territory", Country: "TW",
		Aliases: []kb.Alias{dem("Chinese"), dem("Taiwanese"), {Text: "Republic of China"}}}, srcCountry, 190, true)
	congo := b.add(kb.Record{Name: "Republic of the Congo", Type: kb.Place, Kind: "country", Country: "CG",
		Aliases: []kb.Alias{dem("Congolese")}}, srcCountry, 230, true)
	drc := b.add(kb.Record{Name: "DR Congo", Type: kb.Place, Kind: "country", Country: "CD",
		Aliases: []kb.Alias{dem("Congolese")}}, srcCountry, 230, true)
	b.dropTerritoryDemonyms()
	assert.Contains(t, china.order, "Chinese")
	assert.NotContains(t, taiwan.order, "Chinese", "a country's word leaves the territory")
	assert.NotContains(t, taiwan.aliases, "Chinese")
	assert.Contains(t, taiwan.order, "Taiwanese")
	assert.Contains(t, taiwan.order, "Republic of China", "only nationality words go")
	assert.Contains(t, congo.order, "Congolese", "two countries keep a shared word")
	assert.Contains(t, drc.order, "Congolese")
}
