package main

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shingleF1 is the multiset F1 of the 4-word shingles of got and want,
// over lower-cased letter/digit tokens.
func shingleF1(got, want string) float64 {
	g, w := shingles(got), shingles(want)
	if len(g) == 0 && len(w) == 0 {
		return 1
	}
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	counts := make(map[string]int, len(w))
	for _, s := range w {
		counts[s]++
	}
	common := 0
	for _, s := range g {
		if counts[s] > 0 {
			counts[s]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(g))
	r := float64(common) / float64(len(w))
	return 2 * p * r / (p + r)
}

func shingles(s string) []string {
	toks := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	n := min(4, len(toks))
	if n == 0 {
		return nil
	}
	out := make([]string, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+n], " "))
	}
	return out
}

// htmlText returns the text of an HTML fragment, blocks on their own
// lines, white space normalized.
func htmlText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"})
	if err != nil {
		return ""
	}
	var blocks []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			blocks = append(blocks, t)
		}
		cur.Reset()
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
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
	return strings.Join(blocks, "\n\n")
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Section, atom.Article, atom.Dl, atom.Dt, atom.Dd, atom.Hr, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.Main, atom.Address, atom.Caption, atom.Details, atom.Summary:
		return true
	}
	return false
}
