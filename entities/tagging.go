package entities

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// tagSpan is a tagger name span over document token indices.
type tagSpan struct {
	start, end int
	label      tagger.Label
	score      float64
}

// defaultTagger returns the embedded tagger model.
func defaultTagger() *tagger.Model { return tagger.Default() }

// tagDoc runs the tagger over d's sentences, with gazetteer features from
// the knowledge-base matches, and returns its spans in document token
// indices. The tagger was trained on text that keeps hyphenated words
// whole ("al-Kadhimi", "Tehran-backed"), so such runs are joined into
// one tagger token and its spans are mapped back.
func tagDoc(m *tagger.Model, d *doc, gaz []tagger.Gaz) []tagSpan {
	tb := tagBufPool.Get().(*tagBufs)
	defer tb.release()
	buf := tb.toks[:0]
	first := tb.first[:0] // first document token of each tagger token
	sents := append(tb.sents[:0], make([][]tagger.Token, len(d.sents))...)
	sentFirst := append(tb.sentFirst[:0], make([]int, len(d.sents))...)
	defer func() { tb.toks, tb.first, tb.sents, tb.sentFirst = buf, first, sents, sentFirst }()
	for si, s := range d.sents {
		sentFirst[si] = len(buf)
		for i := s.Start; i < s.End; {
			j := joinEnd(d, i, s.End)
			var g tagger.Gaz
			for k := i; k < j; k++ {
				g |= gaz[k]
			}
			buf = append(buf, tagger.Token{Text: visibleText(d.text[d.toks[i].Start:d.toks[j-1].End]), Gaz: g})
			first = append(first, int32(i))
			i = j
		}
		sents[si] = buf[sentFirst[si]:len(buf):len(buf)]
	}
	first = append(first, int32(len(d.toks)))
	tb.spans, tb.ends = m.AppendTags(tb.spans[:0], tb.ends[:0], sents)
	out := make([]tagSpan, 0, len(tb.spans))
	start := int32(0)
	for si, end := range tb.ends {
		base := sentFirst[si]
		spans := tb.spans[start:end]
		start = end
		for _, s := range spans {
			a, b := base+s.Start, base+s.End
			if s.Start < 0 || s.End <= s.Start || b >= len(first) {
				continue
			}
			out = append(out, tagSpan{start: int(first[a]), end: int(first[b]), label: s.Label, score: s.Score})
		}
	}
	return out
}

// tagBufs are tagDoc's buffers, pooled across calls: a document's tagger
// input is as long as the document.
type tagBufs struct {
	toks      []tagger.Token
	first     []int32
	sents     [][]tagger.Token
	sentFirst []int
	spans     []tagger.Span // the tagger's spans, sentence after sentence
	ends      []int32       // end of each sentence's spans in spans
}

var tagBufPool = sync.Pool{New: func() any { return new(tagBufs) }}

// release returns b to the pool without keeping the caller's text alive.
func (b *tagBufs) release() {
	clear(b.toks)
	clear(b.sents)
	tagBufPool.Put(b)
}

// joinEnd returns the end of the hyphenated run of words starting at
// token i (i+1 when the token stands alone): words joined by hyphens
// with no space on either side.
func joinEnd(d *doc, i, end int) int {
	j := i + 1
	if d.toks[i].Kind != token.Word {
		return j
	}
	for j+1 < end && d.toks[j].Kind == token.Hyphen && !d.toks[j].SpaceBefore &&
		!d.toks[j+1].SpaceBefore && d.toks[j+1].Kind == token.Word {
		j += 2
	}
	return j
}

// gazetteer returns the gazetteer bits of every token of d from the
// knowledge-base matches, computed the way the tagger was trained.
func (l *Linker) gazetteer(d *doc, raw []kb.Match) []tagger.Gaz {
	if l.kbx == nil {
		return make([]tagger.Gaz, len(d.toks))
	}
	return d.scr.gaz.KBGaz(l.kbx, raw, len(d.toks))
}

// labelType maps a tagger label to a mention type; MISC is refined by
// the caller.
func labelType(l tagger.Label) Type {
	switch l {
	case tagger.PER:
		return Person
	case tagger.ORG:
		return Organization
	case tagger.LOC:
		return Place
	}
	return Misc
}

// visibleText returns s without the invisible format characters a word
// may hold ("Vladi\u00admir" with a soft hyphen): the tagger learned
// words as they are seen.
func visibleText(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if strings.IndexFunc(s[i:], token.Invisible) < 0 {
				return s
			}
			return strings.Map(func(r rune) rune {
				if token.Invisible(r) {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}
