package extract

import (
	"sort"
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
	toScore := g.walk(body)
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
func (g *grabber) walk(body *html.Node) []*html.Node {
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
	if g.byline == "" && s != nil && g.isByline(n, ms, s) {
		return true
	}
	if !g.titleHeader && s != nil && g.duplicatesTitle(n, s) {
		g.titleHeader = true
		return true
	}
	if g.flags&flagStripUnlikely != 0 {
		if containsAny(ms, unlikelyWords) && !containsAny(ms, maybeWords) &&
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
	walk(n, func(d *html.Node) bool {
		if d != n && d.Type == html.ElementNode && strings.Contains(attr(d, "itemprop"), "name") {
			src = d
			return false
		}
		return src == n
	})
	g.byline = normSpace(textContent(src))
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

// singleChild returns the only element child of n if it is an a and n
// has no other text.
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

// score gives every scorable element's score to its ancestors and returns
// the candidates (scored ancestors).
func (g *grabber) score(toScore []*html.Node, st stats) []*html.Node {
	var cands []*html.Node
	for _, e := range toScore {
		s := st[e]
		if s == nil || e.Parent == nil || e.Parent.Type != html.ElementNode {
			continue
		}
		l := s.textLen()
		if l < 25 {
			continue
		}
		points := 1 + float64(s.commas+1) + float64(min(l/100, 3))
		level := 0
		for a := e.Parent; a != nil && level < 5; a, level = a.Parent, level+1 {
			if a.Type != html.ElementNode || a.Parent == nil || a.Parent.Type != html.ElementNode {
				break
			}
			as := st[a]
			if as == nil {
				break
			}
			if !as.scored {
				g.initScore(a, as)
				cands = append(cands, a)
			}
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level * 3)
			}
			as.score += points / div
		}
	}
	for _, c := range cands {
		s := st[c]
		s.score *= 1 - s.linkDensity()
	}
	return cands
}

// initScore starts an element's score from its tag and class.
func (g *grabber) initScore(n *html.Node, s *stat) {
	s.scored = true
	switch n.DataAtom {
	case atom.Div:
		s.score += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s.score += 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s.score -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s.score -= 5
	}
	if g.flags&flagWeightClasses != 0 {
		s.score += float64(classWeight(n))
	}
}

// pickTop chooses the best candidate; created reports a new container
// holding the whole body when no candidate fits.
func (g *grabber) pickTop(body *html.Node, cands []*html.Node, st stats) (*html.Node, bool) {
	sort.SliceStable(cands, func(i, j int) bool { return st[cands[i]].score > st[cands[j]].score })
	if len(cands) > 5 {
		cands = cands[:5]
	}
	if len(cands) == 0 || cands[0] == body {
		div := newElem(atom.Div)
		moveChildren(body, div)
		body.AppendChild(div)
		s := &stat{}
		st[div] = s
		g.initScore(div, s)
		return div, true
	}
	top := cands[0]
	top = commonAncestor(top, cands, st)
	top = climbWhileScoreRises(top, st)
	for p := top.Parent; p != nil && p != body && p.Type == html.ElementNode && elemChildren(p) == 1; p = top.Parent {
		top = p
	}
	if s := st[top]; s == nil {
		st[top] = &stat{}
		g.initScore(top, st[top])
	} else if !s.scored {
		g.initScore(top, s)
	}
	return top, false
}

// commonAncestor moves up to an ancestor shared by at least three other
// near-best candidates: content split across sibling containers.
func commonAncestor(top *html.Node, cands []*html.Node, st stats) *html.Node {
	var alts [][]*html.Node
	ts := st[top].score
	for _, c := range cands[1:] {
		if ts != 0 && st[c].score/ts >= 0.75 {
			var anc []*html.Node
			for p := c.Parent; p != nil; p = p.Parent {
				anc = append(anc, p)
			}
			alts = append(alts, anc)
		}
	}
	if len(alts) < 3 {
		return top
	}
	for p := top.Parent; p != nil && p.DataAtom != atom.Body && p.Type == html.ElementNode; p = p.Parent {
		count := 0
		for _, anc := range alts {
			for _, a := range anc {
				if a == p {
					count++
					break
				}
			}
		}
		if count >= 3 {
			return p
		}
	}
	return top
}

// climbWhileScoreRises moves to a parent whose score beats the child's:
// a sign that more content lives beside the candidate.
func climbWhileScoreRises(top *html.Node, st stats) *html.Node {
	last := st[top].score
	threshold := last / 3
	for p := top.Parent; p != nil && p.DataAtom != atom.Body && p.Type == html.ElementNode; p = p.Parent {
		ps := st[p]
		if ps == nil || !ps.scored {
			continue
		}
		if ps.score < threshold {
			break
		}
		if ps.score > last {
			return p
		}
		last = ps.score
	}
	return top
}

func elemChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// gatherSiblings builds the article container from top and those of its
// siblings that look related (similar class, good score, or prose).
func (g *grabber) gatherSiblings(top *html.Node, st stats) *html.Node {
	content := newElem(atom.Div)
	ts := st[top].score
	threshold := max(10, ts*0.2)
	parent := top.Parent
	if parent == nil {
		content.AppendChild(top)
		return content
	}
	class := attr(top, "class")
	for c := parent.FirstChild; c != nil; {
		nx := c.NextSibling
		if c.Type == html.ElementNode && (c == top || g.relatedSibling(c, class, ts, threshold, st)) {
			switch c.DataAtom {
			case atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Li, atom.Dd, atom.Dt:
				setTag(c, atom.Div)
			}
			parent.RemoveChild(c)
			content.AppendChild(c)
		}
		c = nx
	}
	return content
}

func (g *grabber) relatedSibling(c *html.Node, class string, ts, threshold float64, st stats) bool {
	s := st[c]
	if s == nil {
		return false
	}
	bonus := 0.0
	if class != "" && attr(c, "class") == class {
		bonus = ts * 0.2
	}
	if s.scored && s.score+bonus >= threshold {
		return true
	}
	if c.DataAtom != atom.P {
		return false
	}
	l, ld := s.textLen(), s.linkDensity()
	if l > 80 && ld < 0.25 {
		return true
	}
	if l < 80 && l > 0 && ld == 0 {
		t := textContent(c)
		return strings.Contains(t, ". ") || strings.HasSuffix(strings.TrimRight(t, " \t\n\r"), ".")
	}
	return false
}
