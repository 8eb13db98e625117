package entities

import "testing"

func TestDesignated(t *testing.T) {
	l := miniLinker(t)
	tests := []struct {
		text       string
		start, end int // the tagger span, in tokens
		want       string
	}{
		{"the Sultanate of Brunei", 1, 4, "Brunei"},
		{"in Jiangsu Province today", 1, 3, "Jiangsu"},
		{"the State of Brunei", 1, 4, "Brunei"},
		{"the Republic of China", 1, 4, ""}, // Taiwan, not China
		{"Baghdad City", 0, 2, ""},
		{"the Sultanate of Zorvania", 1, 4, ""},
		{"Jiangsu", 0, 1, ""},
	}
	for _, tt := range tests {
		d := newDoc(tt.text)
		matches, _ := l.kbMatches(d)
		k := designated(d, matches, tagSpan{start: tt.start, end: tt.end})
		got := ""
		if k >= 0 {
			got = l.kbx.Name(strongCand(matches[k].cands).idx)
		}
		if got != tt.want {
			t.Errorf("designated(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
