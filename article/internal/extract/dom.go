package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of the attribute key of n ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// setAttr sets the attribute key of n to val.
func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// isElem reports whether n is an element with atom a.
func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// nextIn is next limited to root's subtree: nil after its last node.
func nextIn(n, root *html.Node, skip bool) *html.Node {
	if !skip && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil && n != root; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// removeIn detaches n and returns the node that followed it within root.
func removeIn(n, root *html.Node) *html.Node {
	nx := nextIn(n, root, true)
	detach(n)
	return nx
}

// detach removes n from its parent if it has one.
func detach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// newElem returns a new element with atom a.
func newElem(a atom.Atom) *html.Node {
	return &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
}

// setTag renames element n in place, keeping attributes and children.
func setTag(n *html.Node, a atom.Atom) {
	n.DataAtom, n.Data = a, a.String()
}

// replace puts nw in old's place.
func replace(old, nw *html.Node) {
	detach(nw)
	old.Parent.InsertBefore(nw, old)
	old.Parent.RemoveChild(old)
}

// moveChildren appends every child of from to to.
func moveChildren(from, to *html.Node) {
	for c := from.FirstChild; c != nil; {
		nx := c.NextSibling
		from.RemoveChild(c)
		to.AppendChild(c)
		c = nx
	}
}

// isSpace reports whether s has only white space.
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}

// isWhitespaceNode: a blank text node or a <br>.
func isWhitespaceNode(n *html.Node) bool {
	return (n.Type == html.TextNode && isSpace(n.Data)) || isElem(n, atom.Br)
}

// nextElem skips blank text nodes starting at n and returns the first
// other node.
func nextElem(n *html.Node) *html.Node {
	for n != nil && n.Type != html.ElementNode && (n.Type != html.TextNode || isSpace(n.Data)) {
		n = n.NextSibling
	}
	return n
}

// textContent returns the concatenated text of n's subtree.
func textContent(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	Walk(n, func(d *html.Node) bool {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
		return true
	})
	return b.String()
}

// Walk calls f on every node of root's subtree (root included) in
// document order, without recursion. f returns false to skip children.
func Walk(root *html.Node, f func(*html.Node) bool) {
	n := root
	for n != nil {
		descend := f(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// countElems counts the elements of root's subtree (root included).
func countElems(root *html.Node) int {
	k := 0
	for n := root; n != nil; n = nextIn(n, root, false) {
		if n.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// Elements are measured children before parents, last child first: the
// reverse of document order, walked without recursion or a node list.

// lastLeaf follows last children down from n.
func lastLeaf(n *html.Node) *html.Node {
	for n.LastChild != nil {
		n = n.LastChild
	}
	return n
}

// prevPostOrder returns the node visited after n, nil after root.
func prevPostOrder(n, root *html.Node) *html.Node {
	switch {
	case n == root:
		return nil
	case n.PrevSibling != nil:
		return lastLeaf(n.PrevSibling)
	}
	return n.Parent
}

// NormSpace collapses white-space runs to one space and trims.
func NormSpace(s string) string {
	if spaceNormal(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaceNormal reports ASCII text that strings.Fields and a join with
// single spaces would give back as it is: words separated by one space,
// none at either end, no other white space.
func spaceNormal(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// noClassOrID is the matchString of the many elements with neither: no
// allocation, and no word to look for in it.
const noClassOrID = " "

// matchString is the class and id of n, lower-cased.
func matchString(n *html.Node) string {
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return noClassOrID
	}
	return strings.ToLower(class + " " + id)
}
