package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flags switch off heuristics on retries, from the strictest attempt to
// the most lenient one.
type flags uint8

const (
	flagStripUnlikely flags = 1 << iota
	flagWeightClasses
	flagCleanConditionally
	flagsAll = flagStripUnlikely | flagWeightClasses | flagCleanConditionally
)

// grabber runs one extraction attempt over a copy of the page body.
type grabber struct {
	title       string
	flags       flags
	byline      string
	titleHeader bool // a heading duplicating the title was removed
}

// grab returns the article container built from body and the length of
// its text.
func (g *grabber) grab(body *html.Node) (*html.Node, int) {
	toScore := g.Walk(body)
	st := measure(body, nil)
	cands := g.score(toScore, st)
	top, created := g.pickTop(body, cands, st)
	content := g.gatherSiblings(top, st)
	if created {
		content = top
		detach(top)
	}
	return content, g.prepArticle(content)
}

// walk is the first pass: drop hidden and unlikely nodes, the byline and
// a heading repeating the title, turn text-only divs into paragraphs, and
// collect the elements to score.
func (g *grabber) Walk(body *html.Node) []*html.Node {
	st0 := measure(body, nil)
	var toScore []*html.Node
	for n := body; n != nil; {
		if n.Type != html.ElementNode {
			n = nextIn(n, body, false)
			continue
		}
		if n != body && g.drop(n, st0) {
			n = removeIn(n, body)
			continue
		}
		switch n.DataAtom {
		case atom.Section, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Td, atom.Pre:
			toScore = append(toScore, n)
		case atom.Div:
			var scored bool
			n, scored = g.divToP(n, st0)
			if scored {
				toScore = append(toScore, n)
			}
		}
		n = nextIn(n, body, false)
	}
	return toScore
}

// drop reports whether the walk removes n.
func (g *grabber) drop(n *html.Node, st0 stats) bool {
	s := st0[n]
	if !isVisible(n) {
		return true
	}
	if attr(n, "aria-modal") == "true" && attr(n, "role") == "dialog" {
		return true
	}
	ms := matchString(n)
	named := ms != noClassOrID // else no word test below can match
	if g.byline == "" && s != nil && g.isByline(n, ms, s) {
		return true
	}
	if !g.titleHeader && s != nil && g.duplicatesTitle(n, s) {
		g.titleHeader = true
		return true
	}
	if named && hasPart(ms, neverContentWords) && !containsAny(ms, maybeWords) && n.DataAtom != atom.Body {
		return true // comment threads and consent banners, on every attempt
	}
	if g.flags&flagStripUnlikely != 0 {
		if named && containsAny(ms, unlikelyWords) && !containsAny(ms, maybeWords) &&
			!hasAncestor(n, atom.Table, 3) && !hasAncestor(n, atom.Code, 3) &&
			n.DataAtom != atom.Body && n.DataAtom != atom.A {
			return true
		}
		role := attr(n, "role")
		for _, r := range unlikelyRoles {
			if role == r {
				return true
			}
		}
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Header, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if s != nil && s.textLen() == 0 && s.other == 0 {
			return true // no text, only <br> and <hr> at most
		}
	}
	return false
}

// isByline recognizes the author line and records it.
func (g *grabber) isByline(n *html.Node, ms string, s *stat) bool {
	if !(attr(n, "rel") == "author" || strings.Contains(attr(n, "itemprop"), "author") ||
		containsAny(ms, bylineWords)) {
		return false
	}
	if l := s.textLen(); l == 0 || l >= 100 {
		return false
	}
	src := n
	Walk(n, func(d *html.Node) bool {
		if d != n && d.Type == html.ElementNode && strings.Contains(attr(d, "itemprop"), "name") {
			src = d
			return false
		}
		return src == n
	})
	g.byline = NormSpace(textContent(src))
	return g.byline != ""
}

// duplicatesTitle: an h1 or h2 whose text is the title.
func (g *grabber) duplicatesTitle(n *html.Node, s *stat) bool {
	if n.DataAtom != atom.H1 && n.DataAtom != atom.H2 || g.title == "" || s.textLen() > 4*len(g.title)+64 {
		return false
	}
	return TextSimilarity(g.title, textContent(n)) > 0.75
}

// hasAncestor reports whether an ancestor within max levels is a.
func hasAncestor(n *html.Node, a atom.Atom, max int) bool {
	for p, d := n.Parent, 0; p != nil && (max <= 0 || d < max); p, d = p.Parent, d+1 {
		if isElem(p, a) {
			return true
		}
	}
	return false
}

// divToP wraps a div's runs of phrasing content in paragraphs, and turns
// a div holding a single paragraph, or no block at all, into a paragraph.
// It returns the node that now stands where div stood and whether to score
// it.
func (g *grabber) divToP(div *html.Node, st0 stats) (*html.Node, bool) {
	var p *html.Node
	madeP := false
	for c := div.FirstChild; c != nil; {
		nx := c.NextSibling
		if phrasingIn(c, st0) {
			if p != nil {
				div.RemoveChild(c)
				p.AppendChild(c)
			} else if !isWhitespaceNode(c) {
				p = newElem(atom.P)
				div.InsertBefore(p, c)
				div.RemoveChild(c)
				p.AppendChild(c)
				madeP = true
			}
		} else if p != nil {
			for p.LastChild != nil && isWhitespaceNode(p.LastChild) {
				p.RemoveChild(p.LastChild)
			}
			p = nil
		}
		c = nx
	}
	if only := singleChild(div, atom.P); only != nil && st0[div] != nil && st0[div].linkDensity() < 0.25 {
		replace(div, only)
		return only, true
	}
	if !madeP && !hasBlockChild(div, st0) {
		setTag(div, atom.P)
		return div, true
	}
	return div, false
}

func phrasingIn(c *html.Node, st0 stats) bool {
	if c.Type == html.TextNode {
		return true
	}
	if c.Type != html.ElementNode {
		return false
	}
	if s := st0[c]; s != nil {
		return s.phrasing
	}
	return isPhrasing(c)
}

// singleChild returns the only element child of n when it has atom a and
// n holds no other text; nil otherwise.
func singleChild(n *html.Node, a atom.Atom) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if !isSpace(c.Data) {
				return nil
			}
		}
	}
	if only != nil && only.DataAtom == a {
		return only
	}
	return nil
}

func hasBlockChild(n *html.Node, st0 stats) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isDivToPBlock(c.DataAtom) {
			return true
		}
		if s := st0[c]; s == nil || s.blockDesc {
			return true
		}
	}
	return false
}
