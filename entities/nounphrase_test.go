package entities

import "testing"

// TestNounPhraseHeads checks that a place name opening a sentence as the
// head of a known common noun is no mention, and stays one otherwise.
func TestNounPhraseHeads(t *testing.T) {
	l := Default()
	if l.kbx == nil {
		t.Skip("no embedded knowledge base")
	}
	tests := []struct {
		text, word string
		mention    bool
	}{
		{"Mobile phone sales rose in China last year.", "Mobile", false},
		{"Mobile police arrested two men on Sunday.", "Mobile", true},
		{"Officials in Mobile said the phone lines were down.", "Mobile", true},
	}
	for _, tt := range tests {
		if found := hasMention(l.Find(tt.text), tt.word); found != tt.mention {
			t.Errorf("%q: mention %q = %v, want %v", tt.text, tt.word, found, tt.mention)
		}
	}
}
