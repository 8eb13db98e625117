package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fixedFragment runs the policy, the parse and fixTree as sanitizeNodes
// does, without the fixed-point loop.
func fixedFragment(t testing.TB, in string) []*html.Node {
	t.Helper()
	nodes, err := parseFragment(articlePolicy().Sanitize(validUTF8(in)))
	if err != nil {
		t.Skip("too deep")
	}
	return fixTree(nodes)
}

// checkFixedPoint fails unless parsing the rendering of nodes and fixing
// it gives back the same tree, node for node.
func checkFixedPoint(t testing.TB, in string, nodes []*html.Node) {
	t.Helper()
	out := renderNodes(nodes)
	again, err := parseFragment(out)
	if err != nil {
		t.Fatalf("%q: reparse: %v", in, err)
	}
	again = fixTree(again)
	if got := renderNodes(again); got != out {
		t.Fatalf("roundTrips accepted %q but it renders\n %q\nthen\n %q", in, out, got)
	}
	if d := treeDiff(nodes, again); d != "" {
		t.Fatalf("roundTrips accepted %q but the reparsed tree differs: %s", in, d)
	}
}

// treeDiff describes the first difference between two fragments, "" for
// none: node types, names, attributes and text, node for node.
func treeDiff(x, y []*html.Node) string {
	var a, b []*html.Node
	for _, n := range x {
		walkTree(n.Parent, func(n *html.Node) bool { a = append(a, n); return true }, func(*html.Node) {})
		break
	}
	for _, n := range y {
		walkTree(n.Parent, func(n *html.Node) bool { b = append(b, n); return true }, func(*html.Node) {})
		break
	}
	if len(a) != len(b) {
		return "node counts differ"
	}
	for i := range a {
		p, q := a[i], b[i]
		depth := func(n *html.Node) (d int) {
			for ; n.Parent != nil; n = n.Parent {
				d++
			}
			return d
		}
		if p.Type != q.Type || p.Data != q.Data || p.DataAtom != q.DataAtom || p.Namespace != q.Namespace ||
			len(p.Attr) != len(q.Attr) || depth(p) != depth(q) {
			return "node " + p.Data + " vs " + q.Data
		}
		for j := range p.Attr {
			if p.Attr[j] != q.Attr[j] {
				return "attributes of " + p.Data
			}
		}
	}
	return ""
}

func TestRoundTrips(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"plain text", true},
		{`<p>One <b>two</b> <a href="https://x.example/">three</a></p><ul><li>a<ul><li>b</li></ul></li></ul>`, true},
		{`<dl><dt>t</dt><dd>d<dl><dt>u</dt></dl></dd></dl>`, true},
		{"<pre>\n\nx</pre><pre><b>y</b></pre>", true},
		{`<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>`, true},
		{`<b title="x" dir="ltr">y</b>`, true},
		{`<p>a<div>b</div></p>`, true}, // parsed as siblings already
		{`<h1>a<h2>b</h2></h1>`, true}, // idem
		{`<table><tr><td>x</td></tr></table>`, false},
		{`<li>a<span><li>b</li></span></li>`, true}, // the parser closed the first li
		{`<a href="https://x.example/"><div><a href="https://y.example/">z</a></div></a>`, true},
		{`<p>x<!-- c --></p>`, true},
	} {
		nodes := fixedFragment(t, tt.in)
		if got := roundTrips(nodes); got != tt.want {
			t.Errorf("roundTrips(%q) = %v, want %v (rendering %q)", tt.in, got, tt.want, renderNodes(nodes))
		}
		if roundTrips(nodes) {
			checkFixedPoint(t, tt.in, nodes)
		}
	}
}

// TestRoundTripsRejects builds trees the parser never builds from their
// rendering, which roundTrips must reject.
func TestRoundTripsRejects(t *testing.T) {
	for _, tt := range []struct{ outer, inner string }{
		{"p", "p"}, {"p", "div"}, {"p", "ul"}, {"p", "h2"}, {"p", "pre"}, {"p", "hr"},
		{"h1", "h2"}, {"li", "li"}, {"dd", "dt"}, {"dt", "dd"}, {"a", "a"}, {"nobr", "nobr"},
	} {
		root := bodyContext()
		o := elem(tt.outer)
		if tt.outer == "a" {
			o.Attr = []html.Attribute{{Key: "href", Val: "https://x.example/"}}
		}
		i := elem(tt.inner)
		if tt.inner == "a" {
			i.Attr = o.Attr
		}
		if tt.inner != "hr" {
			i.AppendChild(&html.Node{Type: html.TextNode, Data: "x"})
		}
		o.AppendChild(i)
		root.AppendChild(o)
		if roundTrips(children(root)) {
			t.Errorf("roundTrips accepted <%s><%s>", tt.outer, tt.inner)
		}
	}
	root := bodyContext()
	root.AppendChild(&html.Node{Type: html.TextNode, Data: "a"})
	root.AppendChild(&html.Node{Type: html.TextNode, Data: "b"})
	if roundTrips(children(root)) {
		t.Error("roundTrips accepted adjacent text nodes")
	}
	pre := elem("pre")
	pre.AppendChild(&html.Node{Type: html.TextNode, Data: "\r\nx"})
	root = bodyContext()
	root.AppendChild(pre)
	if roundTrips(children(root)) {
		t.Error("roundTrips accepted a pre starting with a carriage return")
	}
	b := elem("b")
	b.Attr = []html.Attribute{{Key: "title", Val: "t"}, {Key: "dir", Val: "ltr"}}
	root = bodyContext()
	root.AppendChild(b)
	if roundTrips(children(root)) {
		t.Error("roundTrips accepted unsorted attributes on a formatting element")
	}
}

func elem(name string) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: name, DataAtom: atom.Lookup([]byte(name))}
}

func TestRoundTripsCorpora(t *testing.T) {
	inputs := corpusInputs(t, 0)
	if len(inputs) == 0 {
		t.Skip("no corpora found")
	}
	for _, in := range inputs {
		if nodes := fixedFragment(t, in); roundTrips(nodes) {
			checkFixedPoint(t, clip(in), nodes)
		}
	}
}

// FuzzRoundTrips checks that roundTrips is a sufficient condition: a tree
// it accepts is its own fixed point.
func FuzzRoundTrips(f *testing.F) {
	for _, s := range []string{
		`<p>a<b>b</p>c<table><a>x<td>y`, `<ul><li>a<li>b</ul>`, `<dl><dt>a<dd>b</dl>`, "<pre>\r\nx</pre>",
		`<ruby>a<rt>b<rp>c</ruby>`, `<b><b><b><b>x</b></b></b></b>`, `<h1><span><h2>x`, `<a href="http://a/"><b>x<p>y</a>z`,
		`<nobr>a<nobr>b`, `<p><font title=b dir=ltr>x<p>y`, `<li><div><li>x`, `<li><b><li>x`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		// The sanitized tree, and the tree of the raw input: roundTrips
		// must hold for any tree, not only for what the policy lets by.
		for _, s := range []string{articlePolicy().Sanitize(validUTF8(in)), in} {
			nodes, err := parseFragment(s)
			if err != nil {
				return
			}
			nodes = fixTree(nodes)
			if roundTrips(nodes) && strings.IndexByte(renderNodes(nodes), 0) < 0 {
				checkFixedPoint(t, in, nodes)
			}
		}
	})
}
