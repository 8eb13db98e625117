package entities

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is the data folder beside the repository root, seen from this
// package's directory.
const sharedDir = "../../shared"

// needShared returns the path of a file under the shared data folder or
// skips the test when that folder is absent.
func needShared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(sharedDir, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available (%v): skipping", err)
	}
	return p
}

// seedGold is one hand-made gold mention of the seed article.
type seedGold struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Type      Type    `json:"type"`
	Wikipedia *string `json:"wikipedia"`
	Required  bool    `json:"required"`
}

// sameTitle compares two English Wikipedia titles the way Wikipedia does:
// spaces and underscores are the same and the first letter is case-blind.
func sameTitle(a, b string) bool {
	a = strings.ReplaceAll(a, " ", "_")
	b = strings.ReplaceAll(b, " ", "_")
	if a == "" || b == "" {
		return a == b
	}
	return strings.EqualFold(a[:1], b[:1]) && a[1:] == b[1:]
}

// goldMatch reports whether m has exactly g's span, type and link.
func goldMatch(m Mention, g seedGold) bool {
	if m.Start != g.Start || m.End != g.End || m.Type != g.Type {
		return false
	}
	var title string
	if m.Entity != nil {
		title = m.Entity.Wikipedia
	}
	if g.Wikipedia == nil {
		return title == ""
	}
	return sameTitle(title, *g.Wikipedia)
}

func describe(m Mention) string {
	link := "NIL"
	if m.Entity != nil {
		link = m.Entity.Wikipedia + " " + m.Entity.ID
	}
	return m.Text + " [" + string(m.Type) + " -> " + link + "]"
}

// TestSeedGold is the acceptance test: every required gold mention of the
// seed article is found with its exact span, type and link, and at least
// 95% of the other predictions are right (predictions overlapping an
// optional gold mention count neither way).
func TestSeedGold(t *testing.T) {
	txtPath := needShared(t, "seed/seed.txt")
	text, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(needShared(t, "seed/seed.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Mentions []seedGold `json:"mentions"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	got := Default().Find(string(text))
	tp, fp, found := scoreSeed(t, got, gold.Mentions)
	required := 0
	for _, g := range gold.Mentions {
		if g.Required {
			required++
			if !found[g.Start] {
				t.Logf("miss: %d-%d %q %s %v", g.Start, g.End, g.Text, g.Type, deref(g.Wikipedia))
			}
		}
	}
	recall := float64(len(found)) / float64(required)
	precision := 1.0
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	t.Logf("seed: %d predictions, precision %.3f (%d TP, %d FP), recall %.3f (%d of %d required)",
		len(got), precision, tp, fp, recall, len(found), required)
	if recall < 1 {
		t.Errorf("recall %.3f, want 1.0", recall)
	}
	if precision < 0.95 {
		t.Errorf("precision %.3f, want >= 0.95", precision)
	}
}

// scoreSeed counts true and false positives and returns the starts of the
// required gold mentions that were found exactly.
func scoreSeed(t *testing.T, got []Mention, gold []seedGold) (tp, fp int, found map[int]bool) {
	found = map[int]bool{}
	for _, m := range got {
		hit, optional := false, false
		for _, g := range gold {
			if !g.Required && m.Start < g.End && g.Start < m.End {
				optional = true
			}
			if g.Required && goldMatch(m, g) {
				hit = true
				found[g.Start] = true
			}
		}
		switch {
		case hit:
			tp++
		case optional:
		default:
			fp++
			t.Logf("false positive: %d-%d %s", m.Start, m.End, describe(m))
		}
	}
	return tp, fp, found
}

func deref(s *string) string {
	if s == nil {
		return "NIL"
	}
	return *s
}
