package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// contentCandidates returns the elements of the page s that extraction
// could return as content, at most limit of them.
func contentCandidates(s string, limit int) []*html.Node {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil
	}
	var out []*html.Node
	walkTree(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Body, atom.Main, atom.Article, atom.Section, atom.Div, atom.Figure, atom.Blockquote, atom.P:
			if len(out) < limit {
				out = append(out, n)
			}
		}
		return true
	}, func(*html.Node) {})
	return out
}

// checkSanitizeContent compares sanitizeContent of n with the string path
// it stands for and reports whether the tree path was taken.
func checkSanitizeContent(t *testing.T, n *html.Node) bool {
	t.Helper()
	_, _, fast := policyTree(n)
	h, b, err := sanitizeContent(n)
	s, rerr := renderContent(n)
	if rerr != nil {
		if err == nil || fast {
			t.Fatalf("sanitizeContent of an unrenderable tree (%v): tree path %v, error %v", rerr, fast, err)
		}
		return false
	}
	wh, wb, werr := sanitizeBody(s)
	if (err == nil) != (werr == nil) {
		t.Fatalf("sanitizeContent error %v, string path %v, for %q", err, werr, s)
	}
	if err != nil {
		return fast
	}
	if h != wh || b.text != wb.text || len(b.texts) != len(wb.texts) || len(b.segs) != len(wb.segs) {
		t.Fatalf("sanitizeContent(%q) (tree path %v):\n%q\nwant\n%q\ntext %q\nwant %q", s, fast, h, wh, b.text, wb.text)
	}
	if got, want := renderNodes(children(b.root)), renderNodes(children(wb.root)); got != want {
		t.Fatalf("sanitizeContent(%q): tree renders %q, want %q", s, got, want)
	}
	return fast
}

// TestSanitizeContent checks that the tree path of sanitizeContent gives
// what rendering the content and sanitizing the string gives, on
// candidate contents of every test page, and that it is taken.
func TestSanitizeContent(t *testing.T) {
	pages := corpusInputs(t, 0)
	files, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.html"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			pages = append(pages, string(b))
		}
	}
	pages = append(pages, sanitizeContentCases...)
	for _, c := range secLoadCorpora(t) {
		for _, x := range c.Payloads {
			pages = append(pages, "<div><p>a "+x+" b</p>"+x+"</div>")
		}
	}
	limit := 40
	if testing.Short() {
		limit = 4 // WebAssembly runs -short: the native run covers them all
	}
	fast, all := 0, 0
	for _, p := range pages {
		for _, n := range contentCandidates(p, limit) {
			all++
			if checkSanitizeContent(t, n) {
				fast++
			}
		}
	}
	t.Logf("%d of %d contents took the tree path", fast, all)
	if all > 0 && fast == 0 {
		t.Error("no content took the tree path")
	}
}

// sanitizeContentCases are pages whose contents exercise the attribute
// rules and the cases the tree path leaves to the string path.
var sanitizeContentCases = []string{
	`<div><p>a <a href=" HTTPS://x.example/a?b=c#d " title=t onclick="x()">link</a> b</p></div>`,
	`<div><p><a title="t" href="https://x.example/">sorted</a></p></div>`,
	`<div><p><a href="javascript:alert(1)">js</a><a href="/rel">rel</a><a href="mailto:a@b.example">m</a></p></div>`,
	`<div><img src="https://x.example/i.jpg" srcset="https://x.example/i2.jpg 2x" width="10" height="x" alt="a" class="c"><img src="data:x"></div>`,
	`<div><blockquote cite="https://x.example/q">q</blockquote><q cite="ftp://x">q</q><time datetime="2020-01-01">t</time></div>`,
	`<div><p dir="rtl" lang="en-GB" style="color:red" id="i">x</p><p dir="up" lang="1">y</p></div>`,
	`<div><mark class="nl-entity nl-place" data-type="Place" data-entity="Q1" data-mention="3">m</mark><mark title="t">n</mark></div>`,
	`<div><p>a<!-- c -->b</p><font color="red">f</font><span>s</span><custom-el>c</custom-el></div>`,
	`<div><p>x<script>y</script></p><svg><text>z</text></svg><table><tr><td>t</td></tr></table></div>`,
	"<div><p>nul\x00 cr\r tab\t é \u00a0</p><pre>\npre</pre><p><b>b<i>i</b>j</i></p></div>",
	`<div><p>one<p>two<ul><li>a<li>b</ul><h1><h2>h</h2></h1></div>`,
	`<div><a href="https://x.example/">a<div>b</div></a><p><a href="https://x.example/%zz">bad</a></p></div>`,
}

func FuzzSanitizeContent(f *testing.F) {
	for _, s := range sanitizeContentCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range contentCandidates(s, 8) {
			checkSanitizeContent(t, n)
		}
	})
}

// TestPolicyTreeHandBuilt checks the trees only FromNode can be given:
// duplicate attributes and text nodes with children take the string path.
func TestPolicyTreeHandBuilt(t *testing.T) {
	dup := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P,
		Attr: []html.Attribute{{Key: "title", Val: "a"}, {Key: "title", Val: "b"}}}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "x"})
	dup.AppendChild(p)
	odd := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	txt := &html.Node{Type: html.TextNode, Data: "y"}
	txt.AppendChild(&html.Node{Type: html.TextNode, Data: "z"})
	odd.AppendChild(txt)
	for _, n := range []*html.Node{dup, odd} {
		if _, _, ok := policyTree(n); ok {
			t.Errorf("policyTree(%s) took the tree path", renderNodes([]*html.Node{n}))
		}
		checkSanitizeContent(t, n)
	}
}
