package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func aliasTexts(r kb.Record) []string {
	var out []string
	for _, a := range r.Aliases {
		out = append(out, a.Text)
	}
	return out
}

func TestCompanyAliases(t *testing.T) {
	tests := []struct {
		name string
		rec  kb.Record
		want []string
	}{
		{"company gets legal forms", kb.Record{Name: "Microsoft", Type: kb.Organization, Kind: "company", Country: "US"},
			[]string{"Microsoft Inc.", "Microsoft Corp.", "Microsoft Corporation", "Microsoft Co."}},
		{"regional forms by country", kb.Record{Name: "Siemens", Type: kb.Organization, Kind: "company", Country: "DE"},
			[]string{"Siemens Inc.", "Siemens Corp.", "Siemens Corporation", "Siemens Co.", "Siemens AG"}},
		{"aliases get them too", kb.Record{Name: "BP", Type: kb.Organization, Kind: "company", Country: "GB",
			Aliases: []kb.Alias{{Text: "British Petroleum"}}},
			[]string{"British Petroleum", "BP Inc.", "BP Corp.", "BP Corporation", "BP Co.", "BP plc", "BP Ltd.",
				"British Petroleum Inc.", "British Petroleum Corp.", "British Petroleum Corporation", "British Petroleum Co.",
				"British Petroleum plc", "British Petroleum Ltd."}},
		{"name with a legal form is kept", kb.Record{Name: "Merck & Co.", Type: kb.Organization, Kind: "company"}, nil},
		{"partial aliases are skipped", kb.Record{Name: "Gap Inc.", Type: kb.Organization, Kind: "company",
			Aliases: []kb.Alias{{Text: "Gap", Flags: kb.Partial}}}, []string{"Gap"}},
		{"not a company", kb.Record{Name: "NASA", Type: kb.Organization, Kind: "government agency"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.rec
			companyAliases(&r)
			assert.Equal(t, tt.want, aliasTexts(r))
		})
	}
}

func TestJoinable(t *testing.T) {
	team := &ent{Record: kb.Record{Name: "Dallas Mavericks", Type: kb.Organization, Kind: "sports team"}}
	group := &ent{Record: kb.Record{Name: "Hezbollah", Type: kb.Organization, Kind: "armed group"}}
	armed := &kb.Record{Name: "Francs Tireurs", Type: kb.Organization, Kind: "armed group"}
	assert.False(t, joinable(team, armed))
	assert.True(t, joinable(group, armed))
	assert.True(t, joinable(team, &kb.Record{Name: "Mavericks", Type: kb.Organization, Kind: "sports team"}))
}
