package article

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/article/internal/swar"
)

// htmlWriter renders trees byte for byte as html.Render does, for the
// nodes sanitized and extracted trees are made of: text and HTML
// elements whose text is escaped. It is a cheaper path (no interface
// calls per piece, no map lookup per element, a table-driven escape) and
// can wrap pieces of text nodes in highlight marks without copying the
// tree. Anything else (comments, doctypes, foreign or raw-text elements,
// a void element with children) makes it report failure, and the caller
// falls back to html.Render.
type htmlWriter struct {
	sb strings.Builder
	// marks, ordered by node then offset, wrap pieces of text nodes,
	// numbered in document order from 0 (see cloneTree); k is the next
	// mark and texts counts the text nodes seen.
	marks    []markPiece
	k, texts int
}

// renderFast renders nodes, presized for about size bytes; ok is false
// when a node needs html.Render.
func renderFast(nodes []*html.Node, size int, marks []markPiece) (string, bool) {
	w := htmlWriter{marks: marks}
	w.sb.Grow(size + size/8)
	for _, n := range nodes {
		if !w.node(n) {
			return "", false
		}
	}
	return w.sb.String(), true
}

// node renders n and its subtree.
func (w *htmlWriter) node(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return true
	case html.ElementNode:
	default:
		return false
	}
	if n.Namespace != "" || literalText(n.Data) {
		return false
	}
	w.startTag(n.Data, n.Attr)
	if voidElement(n.Data) {
		if n.FirstChild != nil {
			return false
		}
		w.sb.WriteString("/>")
		return true
	}
	w.sb.WriteByte('>')
	if c := n.FirstChild; c != nil && c.Type == html.TextNode && strings.HasPrefix(c.Data, "\n") && !w.markAtStart() {
		switch n.Data {
		case "pre", "listing", "textarea":
			w.sb.WriteByte('\n')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !w.node(c) {
			return false
		}
	}
	w.sb.WriteString("</")
	w.sb.WriteString(n.Data)
	w.sb.WriteByte('>')
	return true
}

// startTag writes "<name" and the attributes, without the closing '>'.
func (w *htmlWriter) startTag(name string, attrs []html.Attribute) {
	w.sb.WriteByte('<')
	w.sb.WriteString(name)
	for _, a := range attrs {
		w.sb.WriteByte(' ')
		if a.Namespace != "" {
			w.sb.WriteString(a.Namespace)
			w.sb.WriteByte(':')
		}
		w.sb.WriteString(a.Key)
		w.sb.WriteString(`="`)
		w.escape(a.Val)
		w.sb.WriteByte('"')
	}
}

// markAtStart reports whether the next text node starts with a mark:
// it then renders as a mark element, not as text, which matters for the
// newline html.Render adds after <pre> whose first child is text.
func (w *htmlWriter) markAtStart() bool {
	return w.k < len(w.marks) && w.marks[w.k].node == w.texts && w.marks[w.k].from == 0
}

// text renders one text node, wrapping its marked pieces as splitText
// and html.Render would: the text before, between and after the marks
// as text, each marked piece in a mark element.
func (w *htmlWriter) text(data string) {
	idx := w.texts
	w.texts++
	at := 0
	for ; w.k < len(w.marks) && w.marks[w.k].node == idx; w.k++ {
		p := w.marks[w.k]
		w.escape(data[at:p.from])
		w.startTag("mark", p.attrs)
		w.sb.WriteByte('>')
		w.escape(data[p.from:p.to])
		w.sb.WriteString("</mark>")
		at = p.to
	}
	w.escape(data[at:])
}

// escapeByte marks the bytes html.Render escapes.
var escapeByte = [256]bool{'&': true, '\'': true, '<': true, '>': true, '"': true, '\r': true}

// escape writes s escaped exactly as html.Render escapes text and
// attribute values.
func (w *htmlWriter) escape(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		for i+8 <= len(s) && !needsEscape(swar.Load(s, i)) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if !escapeByte[c] {
			continue
		}
		w.sb.WriteString(s[last:i])
		last = i + 1
		switch c {
		case '&':
			w.sb.WriteString("&amp;")
		case '\'':
			w.sb.WriteString("&#39;")
		case '<':
			w.sb.WriteString("&lt;")
		case '>':
			w.sb.WriteString("&gt;")
		case '"':
			w.sb.WriteString("&#34;")
		case '\r':
			w.sb.WriteString("&#13;")
		}
	}
	w.sb.WriteString(s[last:])
}

// needsEscape reports whether a byte of x is one escape replaces.
func needsEscape(x uint64) bool {
	return swar.HasByte(x, '&') || swar.HasByte(x, '\'') || swar.HasByte(x, '<') || swar.HasByte(x, '>') || swar.HasByte(x, '"') || swar.HasByte(x, '\r')
}

// voidElement reports the elements html.Render writes as "<name/>".
func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input",
		"keygen", "link", "meta", "param", "source", "track", "wbr":
		return true
	}
	return false
}

// literalText reports the elements whose text html.Render may write
// unescaped.
func literalText(name string) bool {
	switch name {
	case "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "xmp":
		return true
	}
	return false
}
