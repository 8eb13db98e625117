package extract

import (
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func render(t *testing.T, n *html.Node) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, html.Render(&b, n))
	return b.String()
}

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	return doc
}

var prose = strings.Repeat("The committee met on Monday, and members agreed, after a long debate, to publish the report. ", 4)

func TestExtract(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		page      string
		title     string
		keep      []string
		drop      []string
		wantBylne string
	}{
		{
			name: "article among boilerplate",
			page: `<body><div id="cookie-banner">We use cookies</div><nav><a href="/">Home</a></nav>
<div class="content"><h1>The report</h1><p class="byline">By Ann Lee</p><p>` + prose + `</p><p>` + prose + `</p>
<div class="share-bar"><a href="#">Share</a></div><div class="related"><a href="/x">Related story</a></div></div>
<aside class="sidebar"><p>` + prose + `</p></aside><footer>Footer text</footer></body>`,
			title: "The report", keep: []string{"The committee met"},
			drop:      []string{"cookies", "Home", "The report", "Share", "Related story", "Footer", "By Ann Lee"},
			wantBylne: "By Ann Lee",
		},
		{
			name:  "br chains become paragraphs",
			page:  `<body><div class="post">` + prose + `<br><br>` + prose + `<br><br>Last words of the text here.</div></body>`,
			keep:  []string{"<p>", "Last words"},
			title: "",
		},
		{
			name: "read-more teasers are dropped",
			page: `<body><article><p>` + prose + `</p><p><strong>READ MORE:</strong> <a href="/x">Council cuts bus routes</a></p>` +
				`<p>Read more about <a href="/y">the plan</a> in the council's own report, which was published in full on Monday.</p><p>` + prose + `</p></article></body>`,
			keep: []string{"own report, which was published"}, drop: []string{"Council cuts bus routes"},
		},
		{
			name: "hidden content is dropped",
			page: `<body><article><p>` + prose + `</p><p style="display: none">Hidden words</p><p hidden>Also hidden</p>` +
				`<p aria-hidden="true">Aria hidden</p></article></body>`,
			keep: []string{"The committee met"}, drop: []string{"Hidden words", "Also hidden", "Aria hidden"},
		},
		{
			name: "data table kept, layout table cleaned",
			page: `<body><article><p>` + prose + `</p><table><thead><tr><th>Year</th><th>Votes</th></tr></thead>` +
				`<tbody><tr><td>2020</td><td>12</td></tr></tbody></table><p>` + prose + `</p></article></body>`,
			keep: []string{"<table>", "Votes"},
		},
		{
			name: "math keeps its text",
			page: `<body><article><p>` + prose + ` The formula <math><mi>x</mi><mo>=</mo><mn>2</mn>` +
				`<annotation encoding="TeX">x=2</annotation></math> holds.</p></article></body>`,
			keep: []string{"<span>x=2</span>"}, drop: []string{"<math", "annotation"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			base, _ := url.Parse("https://example.com/a/b.html")
			r := Extract(parse(t, tt.page), Options{Title: tt.title, Base: base})
			require.NotNil(t, r.Content)
			out := render(t, r.Content)
			for _, k := range tt.keep {
				assert.Contains(t, out, k)
			}
			for _, d := range tt.drop {
				assert.NotContains(t, out, d)
			}
			if tt.wantBylne != "" {
				assert.Equal(t, tt.wantBylne, r.Byline)
			}
		})
	}
}

func TestExtractEmpty(t *testing.T) {
	t.Parallel()
	r := Extract(parse(t, "<html><body><div> </div></body></html>"), Options{})
	assert.Nil(t, r.Content)
}

func TestCloneIsDeepAndDetached(t *testing.T) {
	t.Parallel()
	doc := parse(t, `<div id="a"><p class="x">one <b>two</b></p><!-- c --><ul><li>three</li></ul></div>`)
	c := Clone(doc)
	assert.Equal(t, render(t, doc), render(t, c))
	assert.Nil(t, c.Parent)
	setAttr(findBody(c).FirstChild, "id", "changed")
	assert.NotContains(t, render(t, doc), "changed")
}

func TestTextSpan(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		n      int32
		lead   bool
		trail  bool
		commas int
	}{
		{"", 0, false, false, 0},
		{"abc", 3, false, false, 0},
		{"  a  b  ", 5, true, true, 0},
		{"a,b，c", 5, false, false, 2},
		{"\u00a0x", 2, true, false, 0},
	}
	for _, tt := range tests {
		sp, commas := textSpan(tt.in)
		assert.Equal(t, span{n: tt.n, lead: tt.lead, trail: tt.trail}, sp, tt.in)
		assert.Equal(t, int32(tt.commas), commas, tt.in)
	}
	a, _ := textSpan("a ")
	b, _ := textSpan(" b")
	assert.Equal(t, 3, a.concat(b).trimmed(), "joined spaces collapse")
}

func TestTextSimilarity(t *testing.T) {
	t.Parallel()
	assert.InDelta(t, 1.0, TextSimilarity("US widens rifts", "us widens RIFTS"), 1e-9)
	assert.Less(t, TextSimilarity("New Zealand", "New Zealand - Wikipedia"), 0.75)
	assert.Equal(t, 0.0, TextSimilarity("", "x"))
}

func TestResolve(t *testing.T) {
	t.Parallel()
	base, _ := url.Parse("https://example.com/news/story.html")
	assert.Equal(t, "https://example.com/img/a.jpg", Resolve(base, "/img/a.jpg"))
	assert.Equal(t, "https://example.com/news/b.html", Resolve(base, "b.html"))
	assert.Equal(t, "#top", Resolve(base, "#top"))
	assert.Equal(t, "x.html", Resolve(nil, "x.html"))
	assert.Equal(t, "https://example.com/a.jpg 1x, https://example.com/news/b.jpg 2x", resolveSrcset(base, "/a.jpg 1x, b.jpg 2x"))
}

// TestExtractLinear guards against quadratic passes: deeply nested divs
// and long flat pages both finish (time is shown by the benchmarks).
func TestExtractLinear(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("<div>", 400) + "<p>" + prose + "</p>" + strings.Repeat("</div>", 400)
	r := Extract(parse(t, "<body>"+deep+"</body>"), Options{})
	require.NotNil(t, r.Content)
	flat := strings.Repeat("<p>"+prose+"</p>", 5000)
	r = Extract(parse(t, "<body><article>"+flat+"</article></body>"), Options{})
	require.NotNil(t, r.Content)
	assert.Greater(t, r.TextLen, 5000*len(prose)/2)
}

// textSpanReference is textSpan written plainly, rune by rune.
func textSpanReference(s string) (sp span, commas int32) {
	inSpace := false
	for _, r := range s {
		if isCommaRune(r) {
			commas++
		}
		if unicode.IsSpace(r) {
			if !inSpace {
				sp.n++
				if sp.n == 1 {
					sp.lead = true
				}
			}
			inSpace = true
			continue
		}
		sp.n++
		inSpace = false
	}
	sp.trail = inSpace
	return sp, commas
}

func FuzzTextSpan(f *testing.F) {
	for _, s := range []string{"", "abc", "  a  b  ", "a,b，c", "\u00a0x", "\xff\xfe a", "a\x85b\u2028", "é, è\t\n",
		" The committee, after long  talks,with groups ", "        x        ", "abcdefgh ijklmnop  ", "a\tbcdefghijk lmnopqrst,uv"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, commas := textSpan(s)
		wsp, wcommas := textSpanReference(s)
		if sp != wsp || commas != wcommas {
			t.Fatalf("textSpan(%q) = %+v, %d; want %+v, %d", s, sp, commas, wsp, wcommas)
		}
	})
}
