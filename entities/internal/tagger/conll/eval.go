package conll

import (
	"unicode"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// Prep turns CoNLL sentences into what the tagger sees at run time:
// each CoNLL token is re-tokenized with package token (so "Tehran-backed"
// becomes "Tehran", "-", "backed"), and, when KB is set, gazetteer bits
// come from its alias matches exactly as at run time.
type Prep struct {
	KB *kb.KB
	m  kb.Matcher
	ms []kb.Match
}

// Sentence returns the tagger tokens of s and, for each, the index of the
// CoNLL token it came from.
func (p *Prep) Sentence(s Sentence) ([]tagger.Token, []int) {
	var toks []token.Token
	var orig []int
	off := 0
	for i, w := range s.Tokens {
		parts := token.Tokenize(w)
		if len(parts) == 0 {
			parts = []token.Token{{Start: 0, End: len(w), Text: w, Kind: token.Punct}}
		}
		for j, t := range parts {
			t.Start += off
			t.End += off
			t.SpaceBefore = j == 0 || t.SpaceBefore
			toks = append(toks, t)
			orig = append(orig, i)
		}
		off += len(w) + 1
	}
	out := make([]tagger.Token, len(toks))
	for i, t := range toks {
		out[i] = tagger.Token{Text: t.Text}
	}
	if p != nil && p.KB != nil {
		p.ms = p.m.Match(p.KB, toks, p.ms[:0])
		for i, g := range tagger.KBGaz(p.KB, p.ms, len(toks)) {
			out[i].Gaz = g
		}
	}
	return out, orig
}

// TrainDocs converts documents to training input. A name covers every
// piece of its tokens.
func (p *Prep) TrainDocs(docs []Doc) []tagger.TrainDoc {
	out := make([]tagger.TrainDoc, len(docs))
	for i, d := range docs {
		var td tagger.TrainDoc
		for _, s := range d.Sents {
			toks, orig := p.Sentence(s)
			first := make([]int, len(s.Tokens)+1) // first piece of each token
			for j := len(orig) - 1; j >= 0; j-- {
				first[orig[j]] = j
			}
			first[len(s.Tokens)] = len(orig)
			var gold []tagger.Span
			for _, g := range Spans(s.Tags) {
				sp := tagger.Span{Start: first[g.Start], End: first[g.End], Label: tagger.ParseLabel(g.Type)}
				gold = append(gold, sp)
			}
			td.Sents = append(td.Sents, toks)
			td.Gold = append(td.Gold, gold)
		}
		out[i] = td
	}
	return out
}

// Predicted is a sentence with predicted IOB2 tags beside the gold ones.
type Predicted struct {
	Sentence
	Pred []string
}

// Predict tags one document and returns its sentences with predictions
// on the original CoNLL tokens.
func (p *Prep) Predict(m *tagger.Model, d Doc) []Predicted {
	out := make([]Predicted, len(d.Sents))
	for i, sp := range p.predictSpans(m, d) {
		pr := make([]string, len(d.Sents[i].Tokens))
		for j := range pr {
			pr[j] = "O"
		}
		for _, s := range sp {
			for j := s.Start; j < s.End; j++ {
				pr[j] = "I-" + s.Type
			}
			pr[s.Start] = "B-" + s.Type
		}
		out[i] = Predicted{d.Sents[i], pr}
	}
	return out
}

// predictSpans tags d and projects spans onto the CoNLL tokens.
func (p *Prep) predictSpans(m *tagger.Model, d Doc) [][]Span {
	origs := make([][]int, len(d.Sents))
	in := make([][]tagger.Token, len(d.Sents))
	for i, s := range d.Sents {
		in[i], origs[i] = p.Sentence(s)
	}
	out := make([][]Span, len(d.Sents))
	for i, ss := range m.Tag(in) {
		for _, sp := range ss {
			typ := sp.Label.String()
			if affixed(in[i], origs[i], sp.End) {
				typ = "MISC" // CoNLL: "Toronto-based" is MISC as a whole
			}
			out[i] = append(out[i], Span{origs[i][sp.Start], origs[i][sp.End-1] + 1, typ})
		}
	}
	return out
}

// affixed reports whether the CoNLL token holding piece end-1 goes on
// past it with a hyphenated lower-case affix: the tagger reports "Toronto"
// in "Toronto-based", which CoNLL scores as one MISC token.
func affixed(toks []tagger.Token, orig []int, end int) bool {
	if end+1 >= len(toks) || orig[end] != orig[end-1] || toks[end].Text != "-" {
		return false
	}
	for j := end + 1; j < len(toks) && orig[j] == orig[end-1]; j++ {
		if !isLowerWord(toks[j].Text) {
			return false
		}
	}
	return true
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// Evaluate tags docs with m, projects the spans back onto the original
// CoNLL tokens and scores them with the conlleval rules.
func (p *Prep) Evaluate(m *tagger.Model, docs []Doc) *Score {
	sc := NewScore()
	for _, d := range docs {
		for i, pred := range p.predictSpans(m, d) {
			sc.Add(Spans(d.Sents[i].Tags), pred)
		}
	}
	return sc
}
