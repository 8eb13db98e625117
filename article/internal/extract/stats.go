package extract

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslens/newslens/article/internal/swar"
)

// span measures normalized text: runes after collapsing white-space runs,
// with flags for leading and trailing space so concatenation stays exact.
type span struct {
	n           int32
	lead, trail bool
}

// Byte classes for textSpan.
const (
	byteWord = iota
	byteSpace
	byteComma
	byteMulti // the first byte of a multi-byte UTF-8 sequence, or a stray one
)

// byteClass classifies bytes for textSpan: one table lookup per byte
// instead of a chain of comparisons.
var byteClass = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = byteMulti
	}
	for _, c := range " \n\t\r\f\v" {
		t[c] = byteSpace
	}
	t[','] = byteComma
	return t
}()

// textSpan measures one text node; commas counts its commas. Runs of
// printable ASCII are measured eight bytes at a time: their only white
// space is ' ', so a word's count is its non-space bytes plus the space
// runs that start in it.
func textSpan(s string) (sp span, commas int32) {
	inSpace := false
	wordFrom := 0 // where the next word-at-a-time attempt may start
	for i := 0; i < len(s); {
		if i >= wordFrom && i+8 <= len(s) {
			if x := swar.Load(s, i); swar.PrintableASCII(x) {
				spaces := swar.Equal(x, ' ')
				prev := uint64(0)
				if inSpace {
					prev = 0x80
				}
				starts := spaces &^ (spaces<<8 | prev)
				if i == 0 && spaces&0x80 != 0 {
					sp.lead = true
				}
				sp.n += int32(8 - bits.OnesCount64(spaces) + bits.OnesCount64(starts))
				commas += int32(bits.OnesCount64(swar.Equal(x, ',')))
				inSpace = spaces>>56 != 0
				i += 8
				continue
			}
			wordFrom = i + 8
		}
		space := false
		switch byteClass[s[i]] {
		case byteWord:
			// A run of ASCII word bytes counts one each.
			j := i + 1
			for j < len(s) && byteClass[s[j]] == byteWord {
				j++
			}
			sp.n += int32(j - i)
			inSpace = false
			i = j
			continue
		case byteSpace:
			space = true
			i++
		case byteComma:
			commas++
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			if isCommaRune(r) {
				commas++
			}
			i += size
		}
		if space {
			if !inSpace {
				sp.n++
				if sp.n == 1 {
					sp.lead = true
				}
			}
			inSpace = true
			continue
		}
		sp.n++
		inSpace = false
	}
	sp.trail = inSpace
	return sp, commas
}

func (a span) concat(b span) span {
	switch {
	case a.n == 0:
		return b
	case b.n == 0:
		return a
	}
	n := a.n + b.n
	if a.trail && b.lead {
		n--
	}
	return span{n: n, lead: a.lead, trail: b.trail}
}

// trimmed is the length after trimming, as Readability's getInnerText.
func (a span) trimmed() int {
	n := int(a.n)
	if a.lead {
		n--
	}
	if a.trail {
		n--
	}
	if n < 0 {
		return 0
	}
	return n
}

// stat holds the subtree measures of one element.
// Counts are int32 to keep the per-element record small: one is
// allocated and cleared for every element on every pass.
type stat struct {
	text       span
	linkLen    float32 // text inside links; "#" links weigh 0.3
	headingLen int32   // text inside h1-h6
	listLen    int32   // text inside ul/ol
	commas     int32
	p, img, li int32
	input      int32
	embeds     int32
	other      int32   // elements other than br and hr
	score      float64 // content score, for candidates
	textish    bool    // some textish descendant has text
	blockDesc  bool    // a DIV_TO_P block element below
	phrasing   bool    // the element is phrasing content
	dataTable  bool    // a data table is at or below this element
	scored     bool    // score initialized (a candidate)
}

func (s *stat) textLen() int { return s.text.trimmed() }

// linkDensity is the share of text inside links.
func (s *stat) linkDensity() float64 {
	t := s.textLen()
	if t == 0 {
		return 0
	}
	return float64(s.linkLen) / float64(t)
}

// stats maps elements to their measures.
type stats map[*html.Node]*stat

// measure computes stat bottom-up for every element of root's subtree in
// one pass; dataTables marks tables found to hold data.
func measure(root *html.Node, dataTables map[*html.Node]bool) stats {
	return measureThen(root, dataTables, nil)
}

// measureThen is measure calling after, when not nil, on each element as
// soon as its measures are final (children first). after may detach the
// element: its parent, measured later, then no longer counts it.
func measureThen(root *html.Node, dataTables map[*html.Node]bool, after func(*html.Node, *stat)) stats {
	k := countElems(root)
	st := make(stats, k)
	pool := make([]stat, k)
	for n, i := lastLeaf(root), 0; n != nil; {
		next := prevPostOrder(n, root) // before after may detach n
		if n.Type == html.ElementNode {
			s := &pool[i]
			i++
			st[n] = s
			measureElem(n, s, st)
			if dataTables[n] {
				s.dataTable = true
			}
			if after != nil {
				after(n, s)
			}
		}
		n = next
	}
	return st
}

// measureElem computes the measures of element n from its text and the
// final measures of its child elements.
func measureElem(n *html.Node, s *stat, st stats) {
	s.phrasing = isPhrasingTag(n.DataAtom)
	linkish := n.DataAtom == atom.A || n.DataAtom == atom.Del || n.DataAtom == atom.Ins
	if linkish {
		s.phrasing = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sp, commas := textSpan(c.Data)
			s.text = s.text.concat(sp)
			s.commas += commas
		case html.ElementNode:
			cs := st[c]
			s.add(cs, c)
			if linkish && !cs.phrasing {
				s.phrasing = false
			}
		}
	}
}

// add folds child c's measures into s.
func (s *stat) add(cs *stat, c *html.Node) {
	s.text = s.text.concat(cs.text)
	s.commas += cs.commas
	s.p += cs.p
	s.img += cs.img
	s.li += cs.li
	s.input += cs.input
	s.embeds += cs.embeds
	s.other += cs.other
	s.textish = s.textish || cs.textish
	s.blockDesc = s.blockDesc || cs.blockDesc
	s.dataTable = s.dataTable || cs.dataTable
	a := c.DataAtom
	switch {
	case a == atom.A:
		coef := 1.0
		if h := attr(c, "href"); len(h) > 1 && h[0] == '#' {
			coef = 0.3
		}
		s.linkLen += float32(float64(cs.textLen()) * coef)
	default:
		s.linkLen += cs.linkLen
	}
	if isHeading(a) {
		s.headingLen += int32(cs.textLen())
	} else {
		s.headingLen += cs.headingLen
	}
	if a == atom.Ul || a == atom.Ol {
		s.listLen += int32(cs.textLen())
	} else {
		s.listLen += cs.listLen
	}
	switch a {
	case atom.P:
		s.p++
	case atom.Img:
		s.img++
	case atom.Li:
		s.li++
	case atom.Input:
		s.input++
	case atom.Object, atom.Embed, atom.Iframe:
		s.embeds++
	}
	if a != atom.Br && a != atom.Hr {
		s.other++
	}
	if isTextish(a) && cs.textLen() > 0 {
		s.textish = true
	}
	if isDivToPBlock(a) {
		s.blockDesc = true
	}
}
