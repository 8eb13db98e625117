package article

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// roundTrips reports whether parsing the rendering of a fixed fragment
// (the children of one parent, as fixTree returns them) is certain to
// build the same tree again, on which fixTree then changes nothing: then
// the tree is its own fixed point and stableTree need not parse it again.
//
// It is a sufficient condition, checked in one walk, for the common case
// of a sanitized article body. Parsing a rendering gives the tree back
// when every start tag the parser meets is inserted as a child of the
// current node without closing, reopening or moving anything, every end
// tag closes exactly the current node, and every text node becomes one
// text node. That holds for the elements below, in the HTML namespace,
// under these rules of the HTML parser's "in body" insertion mode (the
// mode of a fragment parsed in a <body>, which none of them leaves):
//
//   - a start tag of a block that closes an open p (div, p, ul, headings,
//     pre, li, dd, dt, hr...) must not meet one: no p ancestor (none of
//     the allowed elements limits the scope of that search);
//   - a heading must not be the child of a heading;
//   - li, dd and dt must not find an li (a dd or dt) before a special
//     element other than address, div and p among their ancestors;
//   - a and nobr must not be inside another a or nobr; formatting
//     elements have their attributes sorted, as the parser sorts them;
//   - rt and rp inside a ruby must not be the children of elements whose
//     end tags are implied (p, li, dd, dt, rt, rp);
//   - text nodes are not empty and not adjacent (the parser merges them),
//     and the first text of a pre must not start with a carriage return
//     (the parser drops a newline there; the renderer adds one for "\n").
//
// No element from the list ever becomes an active formatting element that
// is not open, so the parser never reconstructs formatting elements, and
// end tags (including the adoption agency's) pop just the current node.
// Tables, forms, raw-text and foreign elements, comments and anything
// else make it return false. The caller checks for NUL bytes, which the
// parser drops. fixTree's rules hold too: links have an href and images a
// src.
func roundTrips(nodes []*html.Node) bool {
	if len(nodes) == 0 {
		return true
	}
	root := nodes[0].Parent
	var c rtCounts
	ok := true
	walkTree(root, func(n *html.Node) bool {
		if ok = ok && c.enter(root, n); !ok {
			return false
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			c.count(n.DataAtom, -1)
		}
	})
	return ok
}

// rtCounts counts the open elements that matter to roundTrips.
type rtCounts struct {
	p, a, nobr, ruby int
}

func (c *rtCounts) count(a atom.Atom, d int) {
	switch a {
	case atom.P:
		c.p += d
	case atom.A:
		c.a += d
	case atom.Nobr:
		c.nobr += d
	case atom.Ruby:
		c.ruby += d
	}
}

// enter checks n, a node about to be inserted under its parent, and
// counts it when it is an element.
func (c *rtCounts) enter(root, n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		if n.Data == "" || n.PrevSibling != nil && n.PrevSibling.Type == html.TextNode {
			return false
		}
		if p := n.Parent; p != root && p.DataAtom == atom.Pre && p.FirstChild == n && n.Data[0] == '\r' {
			return false
		}
		return true
	case html.ElementNode:
	default:
		return false
	}
	a := n.DataAtom
	if n.Namespace != "" || a == 0 || a.String() != n.Data || !plainAttrs(n.Attr) || !c.startOK(root, n) {
		return false
	}
	c.count(a, 1)
	return true
}

// startOK checks the start tag of element n against the rules above.
func (c *rtCounts) startOK(root, n *html.Node) bool {
	a := n.DataAtom
	switch a {
	case atom.Address, atom.Article, atom.Blockquote, atom.Center, atom.Div, atom.Dl,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Main, atom.Ol,
		atom.P, atom.Section, atom.Ul, atom.Pre:
		return c.p == 0
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return c.p == 0 && (n.Parent == root || !headingAtom(n.Parent.DataAtom))
	case atom.Li:
		return c.p == 0 && !openItem(root, n, atom.Li, atom.Li)
	case atom.Dd, atom.Dt:
		return c.p == 0 && !openItem(root, n, atom.Dd, atom.Dt)
	case atom.Hr:
		return c.p == 0 && n.FirstChild == nil
	case atom.Br, atom.Wbr:
		return n.FirstChild == nil
	case atom.Img:
		return n.FirstChild == nil && hasAttr(n, "src")
	case atom.A:
		return c.a == 0 && hasAttr(n, "href") && sortedAttrs(n)
	case atom.Nobr:
		return c.nobr == 0 && sortedAttrs(n)
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small,
		atom.Strike, atom.Strong, atom.Tt, atom.U:
		return sortedAttrs(n)
	case atom.Rt, atom.Rp:
		if c.ruby == 0 || n.Parent == root {
			return true
		}
		switch n.Parent.DataAtom {
		case atom.P, atom.Li, atom.Dd, atom.Dt, atom.Rt, atom.Rp:
			return false
		}
		return true
	case atom.Span, atom.Mark, atom.Q, atom.Cite, atom.Dfn, atom.Abbr, atom.Time,
		atom.Kbd, atom.Samp, atom.Var, atom.Sub, atom.Sup, atom.Del, atom.Ins,
		atom.Bdi, atom.Bdo, atom.Ruby:
		return true
	}
	return false
}

// openItem reports whether the parser, at the start tag of n (an li, dd
// or dt), would close an open x or y: one is found among n's ancestors
// before a special element other than address, div and p.
func openItem(root, n *html.Node, x, y atom.Atom) bool {
	for p := n.Parent; p != root; p = p.Parent {
		switch p.DataAtom {
		case x, y:
			return true
		case atom.Address, atom.Div, atom.P:
			continue
		}
		if specialElement(p.DataAtom) {
			return false
		}
	}
	return false
}

// specialElement reports the special elements (in the HTML parser's
// sense) among those roundTrips accepts as ancestors.
func specialElement(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Blockquote, atom.Center, atom.Dd, atom.Div,
		atom.Dl, atom.Dt, atom.Figcaption, atom.Figure, atom.Footer,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Li, atom.Main, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Ul:
		return true
	}
	return false
}

// sortedAttrs reports attributes in the order the parser sorts those of
// formatting elements into.
func sortedAttrs(n *html.Node) bool {
	return len(n.Attr) < 2 || slices.IsSortedFunc(n.Attr, attrCompare)
}

// headingAtom reports h1 to h6.
func headingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// plainAttrs reports attributes the tokenizer reads back as they are
// (see plainAttr).
func plainAttrs(attrs []html.Attribute) bool {
	for _, a := range attrs {
		if !plainAttr(a) {
			return false
		}
	}
	return true
}

// plainAttr reports an attribute without namespace whose name is made of
// lower-case letters, digits and hyphens.
func plainAttr(a html.Attribute) bool {
	if a.Namespace != "" || a.Key == "" {
		return false
	}
	for i := 0; i < len(a.Key); i++ {
		if c := a.Key[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
