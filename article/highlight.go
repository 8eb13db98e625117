package article

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslens/newslens/entities"
)

// Highlighted returns the article's sanitized HTML with every mention in
// Mentions wrapped in a mark element:
//
//	<mark class="nl-entity nl-person" data-type="Person"
//	      data-entity="Q7747" data-mention="3">…</mark>
//
// data-mention is the mention's index in Mentions; data-entity is the
// linked entity's Wikidata QID, else its Wikipedia title, and is omitted
// for unlinked names (and for titles with characters the article policy
// does not allow in the attribute). A mention that crosses element
// boundaries ("<b>Kataib</b> Hezbollah", a link inside a name) becomes
// several marks with the same data-mention; pieces that cross blocks are
// marked in each block. White space directly inside tables and lists is
// never wrapped, and existing elements are never moved or dropped.
//
// Mentions are matched to the tree through the offset map that produced
// Text, so offsets always agree. Mentions with offsets outside Text, empty
// ones and ones overlapping an earlier mention are skipped; offsets inside
// a UTF-8 sequence are widened to whole characters. An unknown Type is
// marked as Misc.
//
// The marks are nodes inserted into a copy of the parsed body, rendered by
// the HTML renderer (attribute values are escaped by it), so the result
// has the text content of HTML, passes Sanitize unchanged and Highlighted
// may be called repeatedly and concurrently. For an Article not made by
// Parse, FromDocument or FromText, HTML is parsed on each call and marks
// are added only if its text equals Text.
func (a *Article) Highlighted() string {
	b := a.body
	if b == nil {
		var err error
		if b, err = newBody(Sanitize(a.HTML)); err != nil {
			return Sanitize(a.HTML)
		}
		if b.text != a.Text {
			return renderNodes(children(b.root))
		}
	}
	return highlight(b, a.Mentions)
}

// highlight renders b's tree with the mentions marked.
func highlight(b *body, mentions []entities.Mention) string {
	marks := markPieces(b, mentions)
	if len(marks) == 0 {
		if b.html != "" {
			return b.html
		}
		return renderNodes(children(b.root))
	}
	if out, ok := renderFast(children(b.root), 2*len(b.text)+96*len(marks), marks); ok {
		return out
	}
	return highlightCopy(b, marks)
}

// highlightCopy renders a copy of b's tree with marks inserted as
// elements: the general path, for trees renderFast does not handle.
func highlightCopy(b *body, marks []markPiece) string {
	return renderNodes(children(markedCopy(b, marks)))
}

// markedCopy returns a copy of b's tree with marks inserted as elements.
func markedCopy(b *body, marks []markPiece) *html.Node {
	k := 0
	return cloneTree(b.root, func(idx int, n *html.Node) {
		i := k
		for k < len(marks) && marks[k].node == idx {
			k++
		}
		if i < k {
			splitText(n, marks[i:k])
		}
	})
}

// children returns the child nodes of n.
func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}

// markPiece is a piece of a text node to wrap for mention index m, with
// the attributes of its marks (shared by the pieces of one mention; the
// renderer only reads them).
type markPiece struct {
	piece
	m     int
	attrs []html.Attribute
}

// markPieces maps the usable mentions to text-node pieces, ordered by
// node and offset.
func markPieces(b *body, mentions []entities.Mention) []markPiece {
	order := make([]int, 0, len(mentions))
	for i := range mentions {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(mentions[x].Start, mentions[y].Start) })
	var (
		out   = make([]markPiece, 0, len(mentions)+len(mentions)/4)
		buf   []piece
		arena = make([]html.Attribute, 0, 4*len(mentions))
		last  = 0
	)
	for _, i := range order {
		start, end, ok := clampMention(b.text, mentions[i].Start, mentions[i].End)
		if !ok || start < last {
			continue
		}
		last = end
		buf = b.pieces(start, end, buf[:0])
		var attrs []html.Attribute
		for _, p := range buf {
			if wrappable(b.texts[p.node], p) {
				if attrs == nil {
					attrs = markAttrs(mentions[i], i, &arena)
				}
				out = append(out, markPiece{p, i, attrs})
			}
		}
	}
	// Mentions are disjoint and taken in text order, which is document
	// order, so out is sorted by node then offset already.
	return out
}

// clampMention validates a mention's offsets against text and widens
// them to whole UTF-8 characters.
func clampMention(text string, start, end int) (int, int, bool) {
	if start < 0 || end > len(text) || start >= end {
		return 0, 0, false
	}
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end, true
}

// wrappable reports whether a mark may wrap p: not white space that sits
// directly in a table or list structure, where a mark is not allowed.
func wrappable(n *html.Node, p piece) bool {
	if p.from >= p.to {
		return false
	}
	if strings.TrimLeft(n.Data[p.from:p.to], " \t\n\f\r") != "" || n.Parent == nil {
		return true
	}
	switch n.Parent.DataAtom {
	case atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Colgroup,
		atom.Ul, atom.Ol, atom.Dl, atom.Menu:
		return false
	}
	return true
}

// splitText replaces the copied text node n by its pieces, the marked
// ones wrapped in marks. ps are n's pieces in order.
func splitText(n *html.Node, ps []markPiece) {
	parent, data, at := n.Parent, n.Data, 0
	for _, p := range ps {
		if p.from > at {
			parent.InsertBefore(textNode(data[at:p.from]), n)
		}
		mark := &html.Node{Type: html.ElementNode, Data: "mark", DataAtom: atom.Mark, Attr: p.attrs}
		mark.AppendChild(textNode(data[p.from:p.to]))
		parent.InsertBefore(mark, n)
		at = p.to
	}
	if at < len(data) {
		parent.InsertBefore(textNode(data[at:]), n)
	}
	parent.RemoveChild(n)
}

func textNode(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }

// markAttrs returns the attributes of the marks of mention m, index i,
// carved from the spare capacity of arena (grown when it has too little):
// one allocation for the marks of many mentions.
func markAttrs(m entities.Mention, i int, arena *[]html.Attribute) []html.Attribute {
	typ := markType(m.Type)
	if cap(*arena)-len(*arena) < 4 {
		*arena = make([]html.Attribute, 0, 64)
	}
	attrs := (*arena)[len(*arena):len(*arena)]
	attrs = append(attrs,
		html.Attribute{Key: "class", Val: markClass(typ)},
		html.Attribute{Key: "data-type", Val: string(typ)})
	if ref := entityRef(m.Entity); ref != "" {
		attrs = append(attrs, html.Attribute{Key: "data-entity", Val: ref})
	}
	attrs = append(attrs, html.Attribute{Key: "data-mention", Val: strconv.Itoa(i)})
	*arena = (*arena)[:len(*arena)+len(attrs)]
	return attrs[:len(attrs):len(attrs)]
}

// markClass is the class of the marks of type t (one of the types).
func markClass(t entities.Type) string {
	switch t {
	case entities.Person:
		return "nl-entity nl-person"
	case entities.Organization:
		return "nl-entity nl-organization"
	case entities.Place:
		return "nl-entity nl-place"
	case entities.Group:
		return "nl-entity nl-group"
	case entities.Misc:
		return "nl-entity nl-misc"
	}
	return "nl-entity nl-" + strings.ToLower(string(t))
}

// markType returns t if it is one of the entity types, else Misc.
func markType(t entities.Type) entities.Type {
	switch t {
	case entities.Person, entities.Organization, entities.Place, entities.Group, entities.Misc:
		return t
	}
	return entities.Misc
}

// isQID reports a Wikidata item identifier: Q and up to 12 digits, the
// first not 0.
func isQID(s string) bool {
	if len(s) < 2 || len(s) > 13 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// entityRef is the data-entity value for e: its QID, else its Wikipedia
// title, else "" (also for a title the policy would not keep).
func entityRef(e *entities.Entity) string {
	switch {
	case e == nil:
		return ""
	case isQID(e.ID):
		return e.ID
	case e.Wikipedia != "" && validEntityRef(e.Wikipedia):
		return e.Wikipedia
	}
	return ""
}

// cloneTree returns a deep copy of root. Text nodes are numbered in
// document order, as in newBody, and each copied text node is passed to
// text with its number, in order, after the copy is complete, so text may
// replace it. Attribute slices are shared: nothing modifies them.
func cloneTree(root *html.Node, text func(int, *html.Node)) *html.Node {
	out := shallowCopy(root)
	cur := out // the copy of the node whose children are being copied
	var texts []*html.Node
	walkTree(root, func(n *html.Node) bool {
		c := shallowCopy(n)
		cur.AppendChild(c)
		if n.Type == html.TextNode {
			texts = append(texts, c)
		} else if n.FirstChild != nil {
			cur = c
		}
		return true
	}, func(n *html.Node) {
		if n.Type != html.TextNode && n.FirstChild != nil {
			cur = cur.Parent
		}
	})
	for i, c := range texts {
		text(i, c)
	}
	return out
}

// shallowCopy copies n without its links to other nodes.
func shallowCopy(n *html.Node) *html.Node {
	return &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: n.Attr}
}
