package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prepArticle removes the boilerplate left inside the chosen content and
// returns the length of the text that remains.
func (g *grabber) prepArticle(content *html.Node) int {
	tables := markDataTables(content)
	fixLazyImages(content)
	g.cleanConditionally(content, tables, atom.Form, atom.Fieldset)
	removeTags(content, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Object, atom.Embed, atom.Footer, atom.Aside, atom.Nav, atom.Iframe,
			atom.Input, atom.Textarea, atom.Select, atom.Button, atom.Dialog:
			return true
		case atom.H1, atom.H2:
			return g.flags&flagWeightClasses != 0 && classWeight(n) < 0
		}
		return false
	})
	removeShareBars(content)
	g.cleanConditionally(content, tables, atom.Table)
	g.cleanConditionally(content, tables, atom.Ul, atom.Ol)
	tl, ok := g.cleanConditionally(content, tables, atom.Div, atom.Section)
	if !ok {
		tl = measure(content, nil)[content].textLen()
	}
	finalTouches(content) // changes no text
	return tl
}

// removeTags removes every element of root's subtree (root excluded) for
// which drop is true.
func removeTags(root *html.Node, drop func(*html.Node) bool) {
	for n := nextIn(root, root, false); n != nil; {
		if n.Type == html.ElementNode && drop(n) {
			n = removeIn(n, root)
			continue
		}
		n = nextIn(n, root, false)
	}
}

// removeShareBars drops short share/social blocks below the top-level
// children of content.
func removeShareBars(content *html.Node) {
	for top := content.FirstChild; top != nil; top = top.NextSibling {
		if top.Type != html.ElementNode {
			continue
		}
		var st stats
		removeTags(top, func(n *html.Node) bool {
			if !isShare(matchString(n)) {
				return false
			}
			if st == nil {
				st = measure(top, nil)
			}
			s := st[n]
			return s != nil && s.textLen() < 500
		})
	}
}

// cleanConditionally removes elements with the given tags that look like
// boilerplate: link lists, image galleries without prose, forms, embeds.
// One post-order pass keeps measures current while nodes are removed.
// It returns the text length of root after cleaning, ok false when the
// pass did not run.
func (g *grabber) cleanConditionally(root *html.Node, tables map[*html.Node]bool, tags ...atom.Atom) (textLen int, ok bool) {
	if g.flags&flagCleanConditionally == 0 || !hasDescendant(root, tags...) {
		return 0, false
	}
	inData := insideDataTables(root, tables)
	st := measureThen(root, tables, func(n *html.Node, s *stat) {
		if n != root && hasTag(n, tags) && g.shouldRemove(n, s, tags, inData) {
			detach(n)
		}
	})
	return st[root].textLen(), true
}

func hasTag(n *html.Node, tags []atom.Atom) bool {
	for _, t := range tags {
		if n.DataAtom == t {
			return true
		}
	}
	return false
}

// shouldRemove applies Readability's checks to one element.
func (g *grabber) shouldRemove(n *html.Node, s *stat, tags []atom.Atom, inData map[*html.Node]bool) bool {
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	tl := s.textLen()
	if !isList && tl > 0 && float64(s.listLen)/float64(tl) > 0.9 {
		isList = true
	}
	if inData[n] || hasAncestor(n, atom.Code, 3) || s.dataTable {
		return false
	}
	weight := 0
	if g.flags&flagWeightClasses != 0 {
		weight = classWeight(n)
	}
	if weight < 0 {
		return true
	}
	if s.commas >= 10 {
		return false
	}
	p, img, li, input := s.p, s.img, s.li-100, s.input
	if isAdOrLoading(textContentShort(n, tl)) {
		return true
	}
	ld := s.linkDensity()
	headingDensity := 0.0
	if tl > 0 {
		headingDensity = float64(s.headingLen) / float64(tl)
	}
	figureChild := hasAncestor(n, atom.Figure, 3)
	embeds := s.embeds
	remove := false
	switch {
	case !figureChild && img > 1 && float64(p)/float64(img) < 0.5:
		remove = true
	case !isList && li > p:
		remove = true
	case input > p/3:
		remove = true
	case !isList && !figureChild && headingDensity < 0.9 && tl < 25 && (img == 0 || img > 2) && ld > 0:
		remove = true
	case !isList && weight < 25 && ld > 0.2:
		remove = true
	case weight >= 25 && ld > 0.5:
		remove = true
	case embeds == 1 && tl < 75 || embeds > 1:
		remove = true
	case img == 0 && (tl == 0 || !s.textish && tl < 25):
		remove = true
	}
	if isList && remove {
		// A list of images stays when every item holds just an image.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && elemChildren(c) > 1 {
				return true
			}
		}
		if img == s.li {
			return false
		}
	}
	return remove
}

// textContentShort returns n's text when it is short enough to be an ad
// label; longer text cannot match and is not built.
func textContentShort(n *html.Node, tl int) string {
	if tl > 40 {
		return ""
	}
	return textContent(n)
}

// finalTouches renames h1 to h2, removes empty paragraphs and <br> before
// paragraphs, and unwraps single-cell tables.
func finalTouches(content *html.Node) {
	var ps, brs, tables []*html.Node
	Walk(content, func(n *html.Node) bool {
		switch {
		case isElem(n, atom.H1):
			setTag(n, atom.H2)
		case isElem(n, atom.P):
			ps = append(ps, n)
		case isElem(n, atom.Br):
			brs = append(brs, n)
		case isElem(n, atom.Table):
			tables = append(tables, n)
		}
		return true
	})
	for i := len(ps) - 1; i >= 0; i-- {
		if isEmptyP(ps[i]) || isReadMore(ps[i]) {
			detach(ps[i])
		}
	}
	for _, br := range brs {
		if nx := nextElem(br.NextSibling); nx != nil && isElem(nx, atom.P) {
			detach(br)
		}
	}
	for _, t := range tables {
		unwrapSingleCell(t)
	}
}

func isEmptyP(p *html.Node) bool {
	empty := true
	Walk(p, func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode && !isSpace(n.Data):
			empty = false
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Img, atom.Embed, atom.Object, atom.Iframe, atom.Picture, atom.Video, atom.Audio:
				empty = false
			}
		}
		return empty
	})
	return empty
}

// readMorePrefixes open the in-article teasers that link to other stories.
var readMorePrefixes = []string{"read more", "read also", "also read", "related:", "related article",
	"related story", "see also", "more on this", "recommended:", "watch:", "listen:", "sign up",
	"subscribe to", "click here"}

// isReadMore reports a paragraph that is mostly a link to another story
// ("READ MORE: ...", "Related: ...").
func isReadMore(p *html.Node) bool {
	if !startsReadMore(p) {
		return false
	}
	var text, link strings.Builder
	Walk(p, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
			for a := n.Parent; a != nil && a != p; a = a.Parent {
				if isElem(a, atom.A) {
					link.WriteString(n.Data)
					break
				}
			}
		}
		return text.Len() < 400
	})
	t := strings.ToLower(NormSpace(text.String()))
	if t == "" || len(t) >= 300 {
		return false
	}
	if len(NormSpace(link.String()))*2 < len(t) {
		return false
	}
	for _, pre := range readMorePrefixes {
		if strings.HasPrefix(t, pre) {
			return true
		}
	}
	return false
}

// startsReadMore checks the first words of p against readMorePrefixes
// without building its whole text.
func startsReadMore(p *html.Node) bool {
	var head []byte
	Walk(p, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			for i := 0; i < len(n.Data) && len(head) < 24; i++ {
				c := n.Data[i]
				if isSpace(n.Data[i : i+1]) {
					if len(head) == 0 || head[len(head)-1] == ' ' {
						continue
					}
					c = ' '
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				head = append(head, c)
			}
		}
		return len(head) < 24
	})
	for _, pre := range readMorePrefixes {
		n := min(len(pre), len(head))
		if n > 0 && string(head[:n]) == pre[:n] {
			return true
		}
	}
	return false
}
