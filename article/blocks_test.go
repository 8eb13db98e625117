package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocksOf returns the text of the block elements of an HTML fragment,
// white space normalized, one entry per block: an independent reading of
// the body that does not depend on the text walk.
func blocksOf(t testing.TB, s string) []string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"})
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	var cur strings.Builder
	flush := func() {
		if s := normText(cur.String()); s != "" {
			blocks = append(blocks, s)
		}
		cur.Reset()
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		block := n.Type == html.ElementNode && isBlockTag(n.DataAtom)
		if block {
			flush()
		}
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			cur.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if block {
			flush()
		}
	}
	for _, n := range nodes {
		visit(n)
	}
	flush()
	return blocks
}

// htmlText is the text of an HTML fragment with blocks on their own lines.
func htmlText(t testing.TB, s string) string { return strings.Join(blocksOf(t, s), "\n\n") }

func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Section, atom.Article, atom.Dl, atom.Dt, atom.Dd, atom.Hr, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.Main, atom.Address, atom.Caption, atom.Details, atom.Summary:
		return true
	}
	return false
}
