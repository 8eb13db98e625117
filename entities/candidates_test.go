package entities

import "testing"

func TestShortAliasOfMinorRecordIsWeak(t *testing.T) {
	l := miniLinker(t)
	tests := []struct {
		text  string
		alias string
		name  string // the candidate checked
		weak  bool
	}{
		{"She went to the gym in LA on Sunday.", "LA", "Liberals of Andorra", true},           // short alias, no ID or title
		{"The Liberals of Andorra won.", "Liberals of Andorra", "Liberals of Andorra", false}, // its own name
		{"The Liberals won.", "Liberals", "Liberals of Andorra", false},                       // a longer alias
		{"Serbia wants to join the EU.", "EU", "European Union", false},                       // a known entry's alias
	}
	for _, tt := range tests {
		d := newDoc(tt.text)
		matches, _ := l.kbMatches(d)
		found := false
		for _, m := range matches {
			if d.text[d.toks[m.start].Start:d.toks[m.end-1].End] != tt.alias {
				continue
			}
			for _, c := range m.cands {
				if l.kbx.Name(c.idx) != tt.name {
					continue
				}
				found = true
				if c.weak != tt.weak {
					t.Errorf("%q in %q: weak = %v, want %v", tt.alias, tt.text, c.weak, tt.weak)
				}
			}
		}
		if !found {
			t.Errorf("%q: no match in %q", tt.alias, tt.text)
		}
	}
}
