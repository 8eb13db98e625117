package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
