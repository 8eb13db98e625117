package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
