package article

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslens/newslens/article/internal/swar"
)

// body is the parsed sanitized article together with the offset map
// between Article.Text and the tree's text nodes. It is built once by one
// walk of the tree and never modified afterwards, so Highlighted can read
// it from several goroutines.
//
// Text rules (the walk in textWalker):
//   - Block elements (p, div, headings, li, dt, dd, blockquote, figure,
//     figcaption, pre, table, tr, td, th, caption, hr, ...) are separated
//     by one blank line ("\n\n"), however deeply they nest.
//   - br is a line break ("\n"); two or more br in a row are a blank line.
//   - Runs of white space (HTML white space, no-break and other Unicode
//     spaces) inside and between inline elements become one space; spaces
//     at the start and end of a block are dropped. In pre, a run holding
//     one newline becomes "\n" and a run holding more becomes "\n\n".
//   - Inline elements (a, b, em, span, ...) add nothing, so "<b>Kat</b>aib"
//     reads "Kataib"; an image separates words like a space.
//   - Text inside script, style, template and similar elements is ignored
//     (the article policy removes them anyway).
type body struct {
	// root is a detached <body> element whose children are the fragment.
	root *html.Node
	text string
	// texts are all text nodes of the tree in document order; segments
	// refer to them by index so that a copy of the tree can be matched
	// node for node.
	texts []*html.Node
	// segs map Text back to the text nodes, ordered by start.
	segs []segment
	// html is the rendering of the tree when known ("" otherwise), so
	// that highlighting without marks needs no rendering.
	html string
}

// segment maps text[start:start+tlen] to texts[node].Data[off:off+nlen].
// Either tlen == nlen and the bytes are copied verbatim, or tlen == 1 and
// the node bytes are a white-space run that became one space. Text not
// covered by a segment (block and line breaks) has no source.
type segment struct {
	start, off int
	node       int32
	tlen, nlen int32
}

func (s segment) verbatim() bool { return s.tlen == s.nlen }

// newBody parses sanitized HTML (the output of Sanitize) and computes its
// text and offset map in one linear walk.
func newBody(sanitized string) (*body, error) {
	nodes, err := parseFragment(sanitized)
	if err != nil {
		// The parser's only failure is nesting deeper than it accepts.
		return nil, fmt.Errorf("%w: %v", ErrTooDeep, err)
	}
	return bodyOf(nodes, sanitized), nil
}

// sanitizeBody returns Sanitize(s) and the body of that HTML, the same as
// newBody(Sanitize(s)) but built from the tree Sanitize renders, which
// saves parsing the sanitized HTML again.
func sanitizeBody(s string) (string, *body, error) {
	nodes, h, err := sanitizeNodes(s)
	if err != nil {
		h := escapedText(s)
		b, err := newBody(h)
		return h, b, err
	}
	b := bodyOf(nodes, h)
	b.html = h // sanitizeNodes rendered h from nodes
	return h, b, nil
}

// bodyOf builds the body of a parsed fragment (children of one parent)
// that renders to h. The text is seldom longer than its HTML: reserving
// len(h) once saves the builder's repeated doubling and copying.
func bodyOf(nodes []*html.Node, h string) *body {
	root := bodyContext()
	if len(nodes) > 0 {
		root = nodes[0].Parent
	}
	b := &body{root: root}
	w := textWalker{b: b}
	w.sb.Grow(len(h))
	walkTree(root, w.enter, w.leave)
	b.text = w.sb.String()
	return b
}

// walkTree visits the descendants of root in document order without
// recursion: enter on the way down (return false to skip the children),
// leave on the way up. It is linear in the size of the tree whatever its
// depth.
func walkTree(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root.FirstChild
	for n != nil {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil {
			leave(n)
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
			if n == root {
				n = nil
			}
		}
	}
}

// Pending separators, weakest first; a stronger one replaces a weaker.
const (
	sepNone = iota
	sepSpace
	sepLine
	sepPara
)

// textWalker builds a body's text and segments.
type textWalker struct {
	b  *body
	sb strings.Builder
	// sep is the separator owed before the next word; ws is the
	// white-space run a pending sepSpace stands for (nlen 0: none).
	sep int
	ws  segment
	// skip and pre count open ignored and pre elements.
	skip, pre int
}

func (w *textWalker) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		idx := len(w.b.texts)
		w.b.texts = append(w.b.texts, n)
		if w.skip == 0 {
			w.text(idx, n.Data)
		}
		return false
	case html.ElementNode:
		switch {
		case ignoredElement(n.DataAtom):
			w.skip++
		case n.DataAtom == atom.Br:
			if w.sep >= sepLine {
				w.sep = sepPara
			} else {
				w.sep = sepLine
			}
		case n.DataAtom == atom.Img:
			w.owe(sepSpace, segment{})
		case blockElement(n.DataAtom):
			w.owe(sepPara, segment{})
			if n.DataAtom == atom.Pre || n.DataAtom == atom.Listing {
				w.pre++
			}
		}
		return true
	}
	return false
}

func (w *textWalker) leave(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch {
	case ignoredElement(n.DataAtom):
		w.skip--
	case blockElement(n.DataAtom):
		w.owe(sepPara, segment{})
		if n.DataAtom == atom.Pre || n.DataAtom == atom.Listing {
			w.pre--
		}
	}
}

// owe records a separator; ws is the source of a space.
func (w *textWalker) owe(sep int, ws segment) {
	if sep > w.sep {
		w.sep, w.ws = sep, ws
	}
}

// text splits one text node's data into white-space runs and words.
func (w *textWalker) text(idx int, s string) {
	for i := 0; i < len(s); {
		j := spaceEnd(s, i, true)
		if j > i {
			w.space(idx, i, s[i:j])
			i = j
			continue
		}
		j = wordsEnd(s, i)
		w.word(idx, i, s[i:j])
		i = j
	}
}

// wordsEnd returns the end of the run of words joined by single ASCII
// spaces that starts at s[i]. The run is added as one word: a one-byte
// space maps one to one, so the segments and the text are those the
// words and spaces would give one by one (see add), in one call.
func wordsEnd(s string, i int) int {
	for {
		// Eight bytes at a time while they are printable ASCII with
		// single spaces, none at the end; s[i] is not a space.
		for i+8 <= len(s) {
			x := swar.Load(s, i)
			sp := swar.Equal(x, ' ')
			if !swar.PrintableASCII(x) || sp&(sp<<8) != 0 || sp>>56 != 0 {
				break
			}
			i += 8
		}
		i = spaceEnd(s, i, false)
		if i+1 >= len(s) || s[i] != ' ' {
			return i
		}
		if c := s[i+1]; c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && spaceEnd(s, i+1, true) > i+1 {
			return i
		}
		i++
	}
}

// asciiSpace marks the ASCII white-space bytes isSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\f': true, '\r': true, '\v': true}

// spaceEnd returns the end of the run of white space (space true) or of
// other characters (space false) that starts at s[i].
func spaceEnd(s string, i int, space bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] != space {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) != space {
			break
		}
		i += size
	}
	return i
}

// isSpace reports white space: HTML white space plus Unicode spaces such
// as the no-break space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r', '\v':
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

func (w *textWalker) space(idx, off int, run string) {
	if w.pre > 0 {
		switch strings.Count(run, "\n") {
		case 0:
		case 1:
			w.owe(sepLine, segment{})
			return
		default:
			w.owe(sepPara, segment{})
			return
		}
	}
	w.owe(sepSpace, segment{node: int32(idx), off: off, tlen: 1, nlen: int32(len(run))})
}

func (w *textWalker) word(idx, off int, word string) {
	w.flush()
	w.add(segment{start: w.sb.Len(), node: int32(idx), off: off, tlen: int32(len(word)), nlen: int32(len(word))})
	w.sb.WriteString(word)
}

// flush writes the pending separator, unless nothing precedes it.
func (w *textWalker) flush() {
	sep := w.sep
	w.sep = sepNone
	if w.sb.Len() == 0 {
		return
	}
	switch sep {
	case sepSpace:
		if w.ws.nlen > 0 {
			w.ws.start = w.sb.Len()
			w.add(w.ws)
		}
		w.sb.WriteByte(' ')
	case sepLine:
		w.sb.WriteByte('\n')
	case sepPara:
		w.sb.WriteString("\n\n")
	}
}

// add appends a segment, merging it into the previous one when both are
// verbatim and contiguous in the same node (a text node usually becomes
// one segment). A one-byte white-space run maps one to one and counts as
// verbatim.
func (w *textWalker) add(s segment) {
	segs := w.b.segs
	if k := len(segs) - 1; k >= 0 && s.verbatim() {
		p := &segs[k]
		if p.verbatim() && p.node == s.node && p.start+int(p.tlen) == s.start && p.off+int(p.nlen) == s.off {
			p.tlen += s.tlen
			p.nlen += s.nlen
			return
		}
	}
	w.b.segs = append(segs, s)
}

// piece is a byte range [from, to) of the data of text node texts[node].
type piece struct {
	node     int
	from, to int
}

// pieces appends to dst the text-node ranges that text[start:end) comes
// from, in document order, merging ranges that touch in one node.
func (b *body) pieces(start, end int, dst []piece) []piece {
	i := sort.Search(len(b.segs), func(i int) bool {
		s := b.segs[i]
		return s.start+int(s.tlen) > start
	})
	for ; i < len(b.segs) && b.segs[i].start < end; i++ {
		s := b.segs[i]
		p := piece{node: int(s.node), from: s.off, to: s.off + int(s.nlen)}
		if s.verbatim() {
			p.from = s.off + max(start, s.start) - s.start
			p.to = s.off + min(end, s.start+int(s.tlen)) - s.start
		}
		if k := len(dst) - 1; k >= 0 && dst[k].node == p.node && dst[k].to == p.from {
			dst[k].to = p.to
			continue
		}
		dst = append(dst, p)
	}
	return dst
}

// blockElement reports elements that separate blocks of text.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Menu,
		atom.Blockquote, atom.Figure, atom.Figcaption, atom.Pre, atom.Listing,
		atom.Table, atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th,
		atom.Hr, atom.Section, atom.Article, atom.Aside, atom.Header, atom.Footer,
		atom.Main, atom.Nav, atom.Address, atom.Hgroup, atom.Details, atom.Summary,
		atom.Fieldset, atom.Legend, atom.Form, atom.Center, atom.Body, atom.Html:
		return true
	}
	return false
}

// ignoredElement reports elements whose text is not article text (the
// article policy removes them; this is a second line of defence). Ruby
// annotations are kept: no text of the sanitized HTML is lost.
func ignoredElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Title,
		atom.Textarea, atom.Select, atom.Option, atom.Iframe, atom.Object,
		atom.Svg, atom.Math, atom.Head, atom.Noembed, atom.Noframes:
		return true
	}
	return false
}
