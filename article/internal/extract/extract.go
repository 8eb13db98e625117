package extract

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options configure Extract.
type Options struct {
	// Title is the article's title; a heading repeating it is dropped.
	Title string
	// Base resolves relative URLs; nil leaves them as they are.
	Base *url.URL
}

// Result is the outcome of Extract.
type Result struct {
	// Content is a detached <div> holding the article body, nil when the
	// page has no text at all.
	Content *html.Node
	// Byline is the author line found (and removed) in the page, if any.
	Byline string
	// TextLen is the length in characters of Content's normalized text.
	TextLen int
}

// minText is the text length below which an attempt is retried with
// more lenient flags.
const minText = 500

// Extract finds the main content of doc, a parsed page. It modifies doc:
// pass a tree the caller does not need anymore (or a copy).
func Extract(doc *html.Node, o Options) Result {
	body := findBody(doc)
	prepDocument(body)
	var best Result
	attempts := []flags{flagsAll, flagsAll &^ flagStripUnlikely,
		flagsAll &^ (flagStripUnlikely | flagWeightClasses), 0}
	for i, f := range attempts {
		page := body
		if i < len(attempts)-1 {
			page = cloneInPage(body)
		}
		g := &grabber{title: o.Title, flags: f}
		content, tl := g.grab(page)
		r := Result{Content: content, Byline: g.byline, TextLen: tl}
		if r.TextLen >= minText {
			best = r
			break
		}
		if r.TextLen > best.TextLen || best.Content == nil {
			best = r
		}
	}
	if best.Content == nil || best.TextLen == 0 {
		return Result{Byline: best.Byline}
	}
	postProcess(best.Content, o.Base)
	return best
}

// findBody returns the <body> of doc, or doc itself.
func findBody(doc *html.Node) *html.Node {
	var body *html.Node
	Walk(doc, func(n *html.Node) bool {
		if body != nil {
			return false
		}
		if isElem(n, atom.Body) {
			body = n
			return false
		}
		return n.Type == html.DocumentNode || isElem(n, atom.Html)
	})
	if body == nil {
		return doc
	}
	return body
}

// cloneInPage copies body under a fresh <html> in a fresh document, so
// that the copy has the ancestors scoring expects.
func cloneInPage(body *html.Node) *html.Node {
	c := Clone(body)
	root := newElem(atom.Html)
	doc := &html.Node{Type: html.DocumentNode}
	doc.AppendChild(root)
	root.AppendChild(c)
	return c
}

// Clone returns a deep copy of n's subtree, detached, built without
// recursion. The nodes and attributes are allocated in two blocks, sized
// by a first walk: two allocations instead of one or two per node.
func Clone(n *html.Node) *html.Node {
	var c cloner
	nodes, attrs := 1, len(n.Attr)
	for d := n.FirstChild; d != nil; d = nextIn(d, n, false) {
		nodes++
		attrs += len(d.Attr)
	}
	c.nodes = make([]html.Node, 0, nodes)
	c.attrs = make([]html.Attribute, 0, attrs)
	root := c.node(n)
	src, dst := n, root
	for {
		if src.FirstChild != nil {
			src = src.FirstChild
			d := c.node(src)
			dst.AppendChild(d)
			dst = d
			continue
		}
		for src != n && src.NextSibling == nil {
			src, dst = src.Parent, dst.Parent
		}
		if src == n {
			return root
		}
		src = src.NextSibling
		d := c.node(src)
		dst.Parent.AppendChild(d)
		dst = d
	}
}

// cloner hands out copies of nodes from preallocated blocks.
type cloner struct {
	nodes []html.Node
	attrs []html.Attribute
}

// node copies n without its links to other nodes. The attribute slice
// is capped so that appending to it never writes into another node's.
func (c *cloner) node(n *html.Node) *html.Node {
	c.nodes = append(c.nodes, html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace})
	d := &c.nodes[len(c.nodes)-1]
	if k := len(n.Attr); k > 0 {
		at := len(c.attrs)
		c.attrs = append(c.attrs, n.Attr...)
		d.Attr = c.attrs[at : at+k : at+k]
	}
	return d
}

// TextSimilarity returns how much of b's words also occur in a, from 0
// to 1, weighting words by length (Readability's textSimilarity).
func TextSimilarity(a, b string) float64 {
	ta, tb := words(a), words(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	in := make(map[string]bool, len(ta))
	for _, w := range ta {
		in[w] = true
	}
	total, uniq := -1, -1
	for _, w := range tb {
		total += len(w) + 1
		if !in[w] {
			uniq += len(w) + 1
		}
	}
	if uniq < 0 {
		uniq = 0
	}
	return 1 - float64(uniq)/float64(total)
}

// words splits s into lower-cased letter/digit runs.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}
