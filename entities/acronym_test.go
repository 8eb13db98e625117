package entities

import "testing"

// TestDefinedAcronyms: an acronym the text defines for lower-case words
// is not a name there; one defined for a name, or used as a credit, is.
func TestDefinedAcronyms(t *testing.T) {
	tests := []struct {
		text string
		acr  string
		want bool // a mention of acr is found
	}{
		{"The charity has led work on the artificial pancreas (AP) since 2006. AP systems adjust insulin doses.", "AP", false},
		{"The internal rate of return (IRR) fell. Investors watched the IRR closely.", "IRR", false},
		{"NEW ORLEANS (AP) - Demand for alligator skins has dropped, traders said.", "AP", true},
		{"Fighters of the Popular Mobilization Forces (PMF) left Baghdad. The PMF denied it.", "PMF", true},
	}
	l := Default()
	for _, tt := range tests {
		if found := hasMention(l.Find(tt.text), tt.acr); found != tt.want {
			t.Errorf("Find(%q): mention %q found = %v, want %v", tt.text, tt.acr, found, tt.want)
		}
	}
}

// hasMention reports whether some mention of ms has exactly the text s.
func hasMention(ms []Mention, s string) bool {
	for _, m := range ms {
		if m.Text == s {
			return true
		}
	}
	return false
}
