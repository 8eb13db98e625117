package entities

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// elDoc is one document of an entity-linking benchmark in the ELEVANT
// format: spans are [start, end) in Unicode code points.
type elDoc struct {
	Text     string    `json:"text"`
	EvalSpan []int     `json:"evaluation_span"`
	Labels   []elLabel `json:"labels"`
}

type elLabel struct {
	Span     []int  `json:"span"`
	EntityID string `json:"entity_id"`
	Name     string `json:"name"`
	Coref    bool   `json:"coref"`
	Optional bool   `json:"optional"`
	Parent   *int   `json:"parent"`
}

// scored reports whether a gold label is scored: a real QID on a name
// (pronoun and nominal coreference labels, optional labels and NIL labels
// are not).
func (l elLabel) scored() bool {
	return isQID(l.EntityID) && !l.Coref && !l.Optional
}

// isQID reports whether s is a Wikidata item ID ("Q42"), not a label
// such as "QUANTITY".
func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// elCount accumulates micro counts over (span, entity) pairs.
type elCount struct {
	tp, fp, fn int
	// Error categories: a wrong link on a gold span, a linked span that
	// overlaps a gold span with other boundaries, a linked span with no
	// gold at all, a gold span left unlinked or not found.
	wrongLink, boundary, spurious, unlinked, missed int
}

func (c elCount) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// elFloors are the F1 values the evaluation must not fall below, set a
// little under what the linker reaches; REL's published ELEVANT results
// are given for comparison.
var elFloors = map[string]float64{
	"msnbc-updated":    0.72,
	"news-fair-v2-dev": 0.47,
	"ace_2022":         0.21,
	"kore50":           0.26,
}

// TestEntityLinkingBenchmarks scores Find on the ELEVANT-format benchmark
// files: micro precision, recall and F1 over (span, entity).
func TestEntityLinkingBenchmarks(t *testing.T) {
	dir := needShared(t, "eval/el")
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Skip("no benchmark files")
	}
	sort.Strings(files)
	l := Default()
	t.Logf("%-18s %6s %6s %6s %6s %6s %6s", "file", "gold", "pred", "P", "R", "F1", "REL F1")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		docs := readELDocs(t, f)
		var c elCount
		for _, d := range docs {
			c = c.add(scoreELDoc(l, d))
		}
		p, r, f1 := c.prf()
		rel := map[string]string{"msnbc-updated": "73.2", "news-fair-v2-dev": "46.4"}[name]
		t.Logf("%-18s %6d %6d %6.1f %6.1f %6.1f %6s", name, c.tp+c.fn, c.tp+c.fp, 100*p, 100*r, 100*f1, rel)
		t.Logf("%-18s errors: wrong link %d, boundary %d, spurious %d, gold unlinked %d, gold not found %d",
			"", c.wrongLink, c.boundary, c.spurious, c.unlinked, c.missed)
		if floor, ok := elFloors[name]; ok && f1 < floor {
			t.Errorf("%s: F1 %.3f below floor %.3f", name, f1, floor)
		}
	}
}

func (c elCount) add(d elCount) elCount {
	return elCount{c.tp + d.tp, c.fp + d.fp, c.fn + d.fn,
		c.wrongLink + d.wrongLink, c.boundary + d.boundary, c.spurious + d.spurious,
		c.unlinked + d.unlinked, c.missed + d.missed}
}

func readELDocs(t *testing.T, path string) []elDoc {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var docs []elDoc
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d elDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// runeToByte maps code point offsets of s to byte offsets (one entry per
// code point plus the end).
func runeToByte(s string) []int {
	idx := make([]int, 0, len(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	return append(idx, len(s))
}

type span struct{ start, end int }

// overlapsAny reports whether s overlaps a gold span.
func overlapsAny(s span, gold map[span]elLabel) bool {
	for g := range gold {
		if s.start < g.end && g.start < s.end {
			return true
		}
	}
	return false
}

// scoreELDoc scores the linker's mentions on one document.
func scoreELDoc(l *Linker, d elDoc) elCount {
	off := runeToByte(d.Text)
	conv := func(cp []int) (span, bool) {
		if len(cp) != 2 || cp[0] < 0 || cp[1] > len(off)-1 || cp[0] > cp[1] {
			return span{}, false
		}
		return span{off[cp[0]], off[cp[1]]}, true
	}
	evalSpan, ok := conv(d.EvalSpan)
	if !ok {
		evalSpan = span{0, len(d.Text)}
	}
	gold := map[span]elLabel{}
	ignored := map[span]bool{}
	for _, g := range d.Labels {
		s, ok := conv(g.Span)
		if !ok {
			continue
		}
		if g.scored() {
			gold[s] = g
		} else {
			ignored[s] = true
		}
	}
	var c elCount
	hit := map[span]bool{}
	found := map[span]bool{}
	mentions := l.Find(d.Text)
	for _, m := range mentions {
		s := span{m.Start, m.End}
		found[s] = true
		if m.Entity == nil || s.start < evalSpan.start || s.end > evalSpan.end {
			continue
		}
		g, ok := gold[s]
		switch {
		case ok && sameEntity(m.Entity, g):
			c.tp++
			hit[s] = true
		case !ok && ignored[s]:
		case ok:
			c.fp++
			c.wrongLink++
		default:
			c.fp++
			if overlapsAny(s, gold) {
				c.boundary++
			} else {
				c.spurious++
			}
		}
	}
	for s, g := range gold {
		if hit[s] || g.Parent != nil {
			// A nested label (one with a parent) is an alternative
			// reading of its parent's span: finding it scores, missing
			// it does not.
			continue
		}
		c.fn++
		if found[s] {
			c.unlinked++
		} else {
			c.missed++
		}
	}
	return c
}

// sameEntity applies the benchmark's link rule: QIDs match, or when our
// entity has no QID, its Wikipedia title equals the gold name.
func sameEntity(e *Entity, g elLabel) bool {
	if e.ID != "" {
		return e.ID == g.EntityID
	}
	title := strings.ReplaceAll(e.Wikipedia, "_", " ")
	return title != "" && strings.EqualFold(title, g.Name)
}
