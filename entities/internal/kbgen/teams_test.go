package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestTeamTown(t *testing.T) {
	tests := []struct {
		name    string
		aliases []string
		want    string
	}{
		{"Miami Heat", []string{"Miami Heat", "Heat"}, "Miami"},
		{"Los Angeles Lakers", []string{"Lakers", "L.A. Lakers"}, "Los Angeles"},
		{"Boston Red Sox", []string{"Red Sox", "Sox"}, "Boston"},
		{"Manchester United", []string{"Man United", "Man Utd"}, ""},
		{"Arsenal", []string{"Arsenal", "Gunners"}, ""},
		{"Liverpool F.C.", []string{"Liverpool FC", "Liverpool Football Club"}, "Liverpool"},
		{"Sunderland A.F.C.", []string{"Sunderland AFC"}, "Sunderland"},
		{"Valencia CF", nil, "Valencia"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, teamTown(tt.name, tt.aliases), tt.name)
	}
}

func TestClubHomes(t *testing.T) {
	b := newBuilder()
	club := func(name string) *ent {
		return b.add(kb.Record{Name: name, Type: kb.Organization, Kind: "sports team", Country: "GB"}, srcHand, 150, false)
	}
	newcastle, leicester := club("Newcastle United"), club("Leicester City")
	manU, manC := club("Manchester United"), club("Manchester City")
	sheffield := club("Sheffield United")
	club("Sheffield Wednesday")
	b.addTeamTowns()
	assert.Contains(t, newcastle.order, "Newcastle")
	assert.Contains(t, leicester.order, "Leicester")
	assert.NotContains(t, manU.order, "Manchester", "a town of two clubs names neither")
	assert.NotContains(t, manC.order, "Manchester")
	assert.NotContains(t, sheffield.order, "Sheffield")
}
