package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/entities"
)

// renderReference renders nodes with html.Render.
func renderReference(nodes []*html.Node) string {
	var sb strings.Builder
	for _, n := range nodes {
		_ = html.Render(&sb, n)
	}
	return sb.String()
}

// highlightReference is highlight done by copying the tree, splitting
// its text nodes and rendering it with html.Render.
func highlightReference(b *body, marks []markPiece) string {
	return renderReference(children(markedCopy(b, marks)))
}

// checkRenderFast fails when renderFast accepts the fragment parsed from
// s but renders it differently from html.Render, or when highlighting
// with random word mentions differs from the tree-copying path.
func checkRenderFast(t *testing.T, s string, r *rand.Rand) {
	t.Helper()
	nodes, err := parseFragment(s)
	if err != nil {
		return
	}
	want := renderReference(nodes)
	if got, ok := renderFast(nodes, 0, nil); ok && got != want {
		t.Fatalf("renderFast(%q):\n got %q\nwant %q", clip(s), clip(got), clip(want))
	}
	b := bodyOf(nodes, want)
	marks := markPieces(b, wordMentions(b.text, r))
	if got, ok := renderFast(children(b.root), 0, marks); ok {
		if want := highlightReference(b, marks); got != want {
			t.Fatalf("highlighted %q:\n got %q\nwant %q", clip(s), clip(got), clip(want))
		}
	}
}

func TestRenderFast(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 8))
	inputs := []string{
		"", "a & b < c > d \" e ' f \r g", `<p title="a&quot;b'c&amp;">x</p>`, "<pre>\nx</pre><pre>\n</pre><listing>\n\ny</listing>",
		"<textarea>\nz</textarea>", "<br><img src=x><hr><wbr>", "<!-- c --><p>y</p>", "<script>a<b</script><style>x</style>",
		"<svg><title>t</title></svg><math><mi>x</mi></math>", "<xmp>a<b</xmp><noscript><b>x</b></noscript>",
		`<p xml:lang="en" foo:bar="1">x</p>`, "<pre>\nKataib Hezbollah</pre>", "<table><tr><td>a</td></tr></table>",
	}
	for range 500 {
		inputs = append(inputs, randomHTML(r))
	}
	for _, in := range inputs {
		checkRenderFast(t, in, r)
		checkRenderFast(t, Sanitize(in), r)
	}
	for _, in := range corpusInputs(t, 0) {
		checkRenderFast(t, in, r)
		checkRenderFast(t, Sanitize(in), r)
	}
}

// TestRenderFastPreMark covers a mark at the start of a pre whose text
// starts with a newline: the renderer must not add the newline then.
func TestRenderFastPreMark(t *testing.T) {
	t.Parallel()
	nodes, err := parseFragment("<pre>\n\nKataib x</pre>")
	if err != nil {
		t.Fatal(err)
	}
	b := bodyOf(nodes, "")
	for _, from := range []int{0, 1, 2} {
		marks := []markPiece{{piece: piece{node: 0, from: from, to: from + 6}, attrs: []html.Attribute{{Key: "class", Val: "c"}}}}
		got, ok := renderFast(children(b.root), 0, marks)
		if want := highlightReference(b, marks); !ok || got != want {
			t.Errorf("from %d: got %q, want %q", from, got, want)
		}
	}
}

func FuzzRenderFast(f *testing.F) {
	for _, s := range []string{"<pre>\nx</pre>", `<p a="&amp;'">b</p>`, "<svg><p>x</svg>", "<b>a<i>b</b>c</i>"} {
		f.Add(s, uint64(1))
	}
	f.Fuzz(func(t *testing.T, in string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 2))
		checkRenderFast(t, in, r)
		checkRenderFast(t, Sanitize(in), r)
	})
}

func TestMarkClass(t *testing.T) {
	for _, typ := range []entities.Type{entities.Person, entities.Organization, entities.Place, entities.Group, entities.Misc, "Other"} {
		if got, want := markClass(typ), "nl-entity nl-"+strings.ToLower(string(typ)); got != want {
			t.Errorf("markClass(%s) = %q, want %q", typ, got, want)
		}
	}
}

// TestHighlightedNoMentions checks the shortcut for an article without
// mentions: the stored rendering is the rendering of the tree.
func TestHighlightedNoMentions(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(9, 9))
	for range 300 {
		a := &Article{}
		if err := finish(a, randomHTML(r), newConfig([]Option{WithLinker(nil)})); err != nil {
			t.Fatal(err)
		}
		if got, want := a.Highlighted(), renderReference(children(a.body.root)); got != want || got != a.HTML {
			t.Fatalf("Highlighted() = %q, want %q (HTML %q)", got, want, a.HTML)
		}
	}
}
