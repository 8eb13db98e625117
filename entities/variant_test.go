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
		{"lange", "language", false}, // one skeleton, three letters apart
		{"zelensky", "zelenskyy", true},
		{"gonzales", "gonzalez", true},
		{"martin", "marvin", false}, // a consonant apart in a short name
		{"carter", "carver", false},
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
		{"she was born in Mobile", 4, Place},
		{"a firm based near Reading", 4, Place},
		{"he met them in Reading", 4, ""},
		{"Jordan", 0, ""},
		{"president of Mozilla Europe", 2, ""},
		{"the Mayor of Liverpool", 3, Place},
		{"Mayor Eric Adams", 1, Person},
		{"the journal Nature", 2, Misc},
	}
	for _, tt := range tests {
		if got := cueBefore(newDoc(tt.text), tt.i); got != tt.want {
			t.Errorf("cueBefore(%q, %d) = %q, want %q", tt.text, tt.i, got, tt.want)
		}
	}
}

func TestClauseOpener(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Once", true},
		{"When", true},
		{"But", true},
		{"Later", true}, // "Later Virat Kohli spoke"
		{"Separately", true},
		{"AS", false}, // "AS Roma"
		{"Ford", false},
		{"once", false}, // lower case is no sentence start
	}
	for _, tt := range tests {
		if got := clauseOpener(tt.w); got != tt.want {
			t.Errorf("clauseOpener(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestShouted(t *testing.T) {
	tests := []struct {
		text string
		i    int // token index of the word
		want bool
	}{
		{"played on MTV and radio", 2, false},
		{"BASEBALL - MAJOR LEAGUE RESULTS", 0, true},
		{"RESULTS OF MTV", 2, true},
		{"NEWS\nMTV said", 1, false}, // the capitals are on another line
		{"MTV", 0, false},
	}
	for _, tt := range tests {
		if got := shouted(newDoc(tt.text), tt.i); got != tt.want {
			t.Errorf("shouted(%q, %d) = %v, want %v", tt.text, tt.i, got, tt.want)
		}
	}
}

func TestSyllableTail(t *testing.T) {
	tests := []struct {
		text       string
		start, end int // the name's tokens; the last is tested
		want       bool
	}{
		{"Choi Soon-sil said", 0, 4, true},
		{"Kim Jong-un said", 0, 4, true},
		{"Hillary Clinton-led talks", 0, 4, false}, // a compound adjective
		{"Obama-era rules", 0, 3, false},           // the first word's compound
		{"Gao Zhi-xiangtan", 0, 4, false},          // too long for a syllable
	}
	for _, tt := range tests {
		if got := syllableTail(newDoc(tt.text), tt.start, tt.end-1); got != tt.want {
			t.Errorf("syllableTail(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
