package extract

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
