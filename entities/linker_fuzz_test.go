package entities

import (
	"os"
	"testing"
	"unicode/utf8"
)

// checkMentions verifies the invariants of Find's result on text.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prevEnd := 0
	for i, m := range ms {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %d %+v: bad offsets (previous end %d, text %d bytes)", i, m, prevEnd, len(text))
		}
		if !boundary(text, m.Start) || !boundary(text, m.End) {
			t.Fatalf("mention %d %+v: offsets not on UTF-8 boundaries", i, m)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d: text[%d:%d] = %q, Text %q", i, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		if m.Score < 0 || m.Score > 1 {
			t.Fatalf("mention %d %+v: score out of [0,1]", i, m)
		}
		switch m.Type {
		case Person, Organization, Place, Group, Misc:
		default:
			t.Fatalf("mention %d %+v: bad type", i, m)
		}
		prevEnd = m.End
	}
}

// boundary reports whether offset i of s splits no valid UTF-8 rune.
func boundary(s string, i int) bool {
	for k := 1; k <= 3 && i-k >= 0 && i < len(s); k++ {
		if r, size := utf8.DecodeRuneInString(s[i-k:]); r != utf8.RuneError && size > k {
			return false
		}
	}
	return true
}

func FuzzFind(f *testing.F) {
	seeds := []string{
		"", " ", "U.S.", "Baghdad's", "Tehran-backed factions", "pro-Iran armed groups",
		"Hashed al-Shaabi (Popular Mobilization Forces) and the PMF (", "(", ")", "( PMF )",
		"Mike Pompeo met Pompeo. Pompeo", "Zorvan Pelletrix said", "Zürich São Paulo Kraków",
		"\xff\xfe Iraq \xc3", "A.B.C.D.E.F.G.H.", "al-", "-al", "'s 's", "Washington, D.C.",
		"AP Photo", "\u2019s", "Iraq\u2014Iran", "ÉLYSÉE Élysée", "The U.N. (UN) said",
		"artificial pancreas (AP) and AP", "(AP", "of (X)", "by England", "Sen. of New York",
		"Alabama beat LSU; the Crimson Tide coach praised a freshman. SEC",
		"England beat Samoa at the rugby league World Cup; rugby scrum", "MIAMI - The Heat beat Miami",
	}
	if b, err := os.ReadFile("testdata/article.txt"); err == nil {
		seeds = append(seeds, string(b[:2000]))
	}
	for _, s := range seeds {
		f.Add(s)
	}
	l := Default()
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		ms := l.Find(text)
		checkMentions(t, text, ms)
		n := 0
		for _, s := range Summarize(text, ms) {
			if s.Salience < 0 || s.Salience > 1 || s.Count < 1 {
				t.Fatalf("bad summary %+v", s)
			}
			n += s.Count
		}
		if n != len(ms) {
			t.Fatalf("summaries count %d mentions, Find returned %d", n, len(ms))
		}
	})
}
