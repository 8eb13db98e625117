package entities

import "testing"

func TestSameWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"kadhimi", "kadhemi", true},
		{"qassem", "qasem", true},
		{"hashed", "hashd", true},
		{"soleimani", "suleimani", true},
		{"muhandis", "mohandes", true},
		{"pompeo", "pompeo", true},
		{"salih", "saleh", false}, // too short to tell from another name
		{"smith", "smyth", true},
		{"baghdad", "basra", false},
		{"johnson", "jackson", false},
		{"iran", "iraq", false},
	}
	for _, tt := range tests {
		if got := sameWord(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"", "", 1, 0},
		{"abc", "abc", 1, 0},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 1, 2},
		{"abc", "abcd", 1, 1},
		{"a", "abcd", 1, 2},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

func TestAcronymOf(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"PMF", "Popular Mobilization Forces", true},
		{"BOA", "Bank of America", true},
		{"UN", "United Nations", true},
		{"U.N.", "United Nations", true},
		{"IMF", "International Monetary Fund", true},
		{"ECB", "European Central Bank", true},
		{"PMF", "Popular Front", false},
		{"Pmf", "Popular Mobilization Forces", false},
		{"P", "Popular", false},
	}
	for _, tt := range tests {
		if got := acronymOf(tt.acr, tt.name); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

func TestNameWords(t *testing.T) {
	got := nameWords("Mustafa al-Kadhimi's")
	if len(got) != 2 || got[0] != "mustafa" || got[1] != "kadhimi" {
		t.Errorf("nameWords = %q", got)
	}
}

func TestCueBefore(t *testing.T) {
	tests := []struct {
		text string
		i    int // token index of the name
		want Type
	}{
		{"the city of Mobile", 3, Place},
		{"President Jordan said", 1, Person},
		{"the firm Apple", 2, Organization},
		{"in Jordan", 1, ""},
		{"Jordan", 0, ""},
	}
	for _, tt := range tests {
		if got := cueBefore(newDoc(tt.text), tt.i); got != tt.want {
			t.Errorf("cueBefore(%q, %d) = %q, want %q", tt.text, tt.i, got, tt.want)
		}
	}
}
