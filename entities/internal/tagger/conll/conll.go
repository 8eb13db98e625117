package conll

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Sentence is one sentence: tokens and their IOB tags ("B-PER", "O"...).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// Doc is one document (the text between -DOCSTART- lines).
type Doc struct {
	Sents []Sentence
}

// Read parses a CoNLL file: one token per line with the tag in the last
// column, blank lines between sentences, -DOCSTART- lines between
// documents.
func Read(r io.Reader) ([]Doc, error) {
	var docs []Doc
	var cur Doc
	var sent Sentence
	flushSent := func() {
		if len(sent.Tokens) > 0 {
			cur.Sents = append(cur.Sents, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sents) > 0 {
			docs = append(docs, cur)
		}
		cur = Doc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			flushDoc()
		case len(f) < 2:
			return nil, fmt.Errorf("conll: line %d: want token and tag", line)
		default:
			sent.Tokens = append(sent.Tokens, f[0])
			sent.Tags = append(sent.Tags, f[len(f)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// Span is a typed name over tokens [Start, End).
type Span struct {
	Start, End int
	Type       string
}

// Spans extracts names from IOB1 or IOB2 tags the way conlleval does: a
// name starts at B-X, or at I-X after a tag of another type or O.
func Spans(tags []string) []Span {
	var out []Span
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		p, ty, _ := strings.Cut(t, "-")
		begin := p == "B" || (p == "I" && ty != typ)
		if start >= 0 && (p == "O" || begin) {
			out = append(out, Span{start, i, typ})
			start, typ = -1, ""
		}
		if begin {
			start, typ = i, ty
		}
	}
	return out
}

// Counts accumulates true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// F1 returns precision, recall and F1.
func (c Counts) F1() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Score holds overall and per-type counts.
type Score struct {
	All    Counts
	ByType map[string]*Counts
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{ByType: map[string]*Counts{}} }

func (s *Score) typ(t string) *Counts {
	c := s.ByType[t]
	if c == nil {
		c = &Counts{}
		s.ByType[t] = c
	}
	return c
}

// Add scores one sentence's predicted spans against its gold spans.
func (s *Score) Add(gold, pred []Span) {
	g := make(map[Span]bool, len(gold))
	for _, sp := range gold {
		g[sp] = true
	}
	for _, sp := range pred {
		if g[sp] {
			s.All.TP++
			s.typ(sp.Type).TP++
			delete(g, sp)
		} else {
			s.All.FP++
			s.typ(sp.Type).FP++
		}
	}
	for _, sp := range gold {
		if g[sp] {
			s.All.FN++
			s.typ(sp.Type).FN++
		}
	}
}

// String formats the score like a short conlleval report.
func (s *Score) String() string {
	var b strings.Builder
	p, r, f := s.All.F1()
	fmt.Fprintf(&b, "overall  P %.4f R %.4f F1 %.4f\n", p, r, f)
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		p, r, f := s.ByType[t].F1()
		fmt.Fprintf(&b, "%-8s P %.4f R %.4f F1 %.4f\n", t, p, r, f)
	}
	return b.String()
}
