package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prepDocument removes what never belongs to an article (scripts, styles,
// comments, embedded media that the sanitizer drops anyway), turns <font>
// into <span> and <br><br> chains into paragraphs.
func prepDocument(root *html.Node) {
	var brs []*html.Node
	for n := root; n != nil; {
		switch n.Type {
		case html.CommentNode, html.DoctypeNode:
			n = removeIn(n, root)
			continue
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Link, atom.Meta:
				n = removeIn(n, root)
				continue
			case atom.Font:
				setTag(n, atom.Span)
			case atom.Br:
				brs = append(brs, n)
			}
			if n.Namespace == "svg" {
				n = removeIn(n, root)
				continue
			}
			if n.Namespace == "math" && n.Data == "math" {
				// Formulas keep their text: the sanitizer drops MathML.
				n = mathToText(n, root)
				continue
			}
		}
		n = nextIn(n, root, false)
	}
	for _, br := range brs {
		replaceBrChain(br)
	}
}

// replaceBrChain turns a chain of two or more <br> starting at br into a
// paragraph holding the phrasing content that follows, as Readability does:
// "a<br><br>b<br><br>c" becomes "a<p>b</p><p>c</p>".
func replaceBrChain(br *html.Node) {
	if br.Parent == nil {
		return // removed as part of an earlier chain
	}
	replaced := false
	nx := nextElem(br.NextSibling)
	for nx != nil && isElem(nx, atom.Br) {
		replaced = true
		after := nx.NextSibling
		detach(nx)
		nx = nextElem(after)
	}
	if !replaced {
		return
	}
	p := newElem(atom.P)
	replace(br, p)
	for nx = p.NextSibling; nx != nil; {
		if isElem(nx, atom.Br) {
			if n2 := nextElem(nx.NextSibling); n2 != nil && isElem(n2, atom.Br) {
				break
			}
		}
		if !isPhrasing(nx) {
			break
		}
		after := nx.NextSibling
		detach(nx)
		p.AppendChild(nx)
		nx = after
	}
	for p.LastChild != nil && isWhitespaceNode(p.LastChild) {
		p.RemoveChild(p.LastChild)
	}
	if isElem(p.Parent, atom.P) {
		setTag(p.Parent, atom.Div)
	}
}

// isPhrasing reports phrasing content (text, inline elements, and links
// holding only phrasing content). Used where no stats exist yet.
func isPhrasing(n *html.Node) bool { return isPhrasingDepth(n, 0) }

func isPhrasingDepth(n *html.Node, depth int) bool {
	if n.Type == html.TextNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	if isPhrasingTag(n.DataAtom) {
		return true
	}
	if n.DataAtom != atom.A && n.DataAtom != atom.Del && n.DataAtom != atom.Ins {
		return false
	}
	if depth > 8 {
		return false // bounded: nested links are not real text flow
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !isPhrasingDepth(c, depth+1) {
			return false
		}
	}
	return true
}

// isVisible is false for elements hidden by style, hidden or aria-hidden.
func isVisible(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return false
	}
	if s := attr(n, "style"); s != "" {
		s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return false
		}
	}
	if attr(n, "aria-hidden") == "true" && !strings.Contains(attr(n, "class"), "fallback-image") {
		return false
	}
	return true
}

// mathToText replaces a MathML formula by a span with its text (without
// annotations such as the TeX source) and returns the node after it.
func mathToText(m, root *html.Node) *html.Node {
	var b strings.Builder
	Walk(m, func(n *html.Node) bool {
		if n.Type == html.ElementNode && strings.HasPrefix(n.Data, "annotation") {
			return false
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		return true
	})
	span := newElem(atom.Span)
	span.AppendChild(&html.Node{Type: html.TextNode, Data: b.String()})
	m.Parent.InsertBefore(span, m)
	return removeIn(m, root)
}
