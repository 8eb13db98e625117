package main

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// legalSuffixes are the forms news text appends to a company's name
// ("Microsoft Corp.", "Toyota Motor Corp."); regionalSuffixes add the
// forms used in a company's own country ("BP plc", "Siemens AG").
var (
	legalSuffixes    = []string{"Inc.", "Corp.", "Corporation", "Co."}
	regionalSuffixes = map[string][]string{
		"GB": {"plc", "Ltd."}, "IE": {"plc", "Ltd."},
		"DE": {"AG"}, "CH": {"AG"}, "AT": {"AG"},
	}
)

// companyAliases gives a hand-kept company the legal-form variants of its
// name and of its plain aliases, unless a name already ends with one.
func companyAliases(r *kb.Record) {
	if r.Type != kb.Organization || r.Kind != "company" {
		return
	}
	suffixes := append(append([]string(nil), legalSuffixes...), regionalSuffixes[r.Country]...)
	names := []string{r.Name}
	for _, a := range r.Aliases {
		if a.Flags == 0 {
			names = append(names, a.Text)
		}
	}
	for _, n := range names {
		if hasLegalSuffix(n) {
			continue
		}
		for _, s := range suffixes {
			r.Aliases = append(r.Aliases, kb.Alias{Text: n + " " + s})
		}
	}
}

// hasLegalSuffix reports whether a name ends with a legal form.
func hasLegalSuffix(n string) bool {
	last := strings.ToLower(strings.TrimSuffix(n[strings.LastIndexByte(n, ' ')+1:], "."))
	switch last {
	case "inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "ag", "sa", "se", "nv",
		"ab", "asa", "spa", "llc", "group", "holdings", "incorporated":
		return true
	}
	return false
}
