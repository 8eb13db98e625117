package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func parseFixture(t *testing.T, name string, opts ...Option) *Article {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "extract", name))
	require.NoError(t, err)
	defer f.Close()
	a, err := Parse(f, append([]Option{WithLinker(nil)}, opts...)...)
	require.NoError(t, err)
	return a
}

func TestParseCharsets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file, title, lang string
		words             []string
	}{
		{"charset-windows-1252.html", "Le café rouvre ses portes", "fr", []string{"café crème", "« C’est une renaissance »", "14 €"}},
		{"charset-late-meta.html", "Le café rouvre ses portes", "en", []string{"café crème", "14 €"}},
		{"charset-iso-8859-1.html", "Neue Pläne für die Straße am Fluss", "de", []string{"Bürgermeister von Großstadt", "äußerten"}},
		{"charset-shift_jis.html", "新しい自転車道の計画", "ja", []string{"東京都は月曜日", "安全で静かな街づくり"}},
		{"charset-gbk.html", "北京公布自行车道建设计划", "zh", []string{"北京市周一公布", "城市更加安全和安静"}},
		{"charset-utf16le-bom.html", "Council backs new bicycle lanes", "en", []string{"bicycle lanes across the old town"}},
		{"charset-utf16be-nobom.html", "Council backs new bicycle lanes", "en", []string{"bicycle lanes across the old town"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			a := parseFixture(t, tt.file)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.lang, a.Lang)
			assert.True(t, utf8.ValidString(a.HTML) && utf8.ValidString(a.Text))
			for _, w := range tt.words {
				assert.Contains(t, a.Text, w)
			}
			assert.NotContains(t, a.Text, "Copyright")
			assert.NotContains(t, a.Text, "Sport")
		})
	}
}

func TestParseMetadata(t *testing.T) {
	t.Parallel()
	ts := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	tests := []struct {
		file string
		url  string
		want Article
		not  []string // text that must not be in the body
	}{
		{file: "meta-jsonld-graph.html", want: Article{
			Title: "Council backs new bicycle lanes", Byline: "Jane Doe, Omar Haddad",
			Authors: []string{"Jane Doe", "Omar Haddad"}, SiteName: "Riverside Gazette", Lang: "en-GB",
			URL: "https://gazette.example.org/2024/03/lanes", Description: "The council voted to expand bicycle lanes.",
			Published: ts("2024-03-05T09:30:00Z"), Modified: ts("2024-03-05T10:00:00Z"),
			Image: &Image{URL: "https://cdn.example.org/lanes.jpg", Caption: "Cyclists on the river road", Credit: "Reuters"},
		}, not: []string{"Most read", "Other story", "Home"}},
		{file: "meta-jsonld-array.html", url: "https://valley.example.net/story", want: Article{
			Title: "Inside the flooded valley", Byline: "Ana Lima", Authors: []string{"Ana Lima"},
			SiteName: "Valley News", Lang: "en", URL: "https://valley.example.net/story",
			Published: ts("2023-11-02T00:00:00Z"),
			Image:     &Image{URL: "https://img.example.net/valley.jpg", Caption: "Water covers the fields near the village.", Credit: "Reuters"},
		}},
		{file: "meta-opengraph.html", url: "https://daily.example.com/x?y=1", want: Article{
			Title: "Council backs new bicycle lanes", Byline: "Lee Park", Authors: []string{"Lee Park"},
			SiteName: "The Daily Example", Lang: "es", URL: "https://daily.example.com/2022/06/01/lanes",
			Description: "Bicycle lanes for the old town.",
			Published:   ts("2022-06-01T12:00:00Z"), Modified: ts("2022-06-02T14:00:00Z"),
			Image: &Image{URL: "https://daily.example.com/img/lanes-og.jpg", Caption: "Cyclists in the old town.", Credit: "AP Photo/Maria Lopez"},
		}, not: []string{"cookies", "Share on Twitter", "Bus routes", "Contact us"}},
		{file: "meta-fallback.html", url: "https://harbour.example.com/news/lanes.html", want: Article{
			Title: "Council backs new bicycle lanes", Byline: "Sam Carter", Authors: []string{"Sam Carter"},
			Lang: "en-AU", URL: "https://harbour.example.com/news/lanes.html",
			Published: ts("2021-02-03T04:05:06Z"),
			Image:     &Image{URL: "https://harbour.example.com/photos/lanes.jpg", Caption: "The river road at dawn.", Credit: "AFP"},
		}, not: []string{"Great news", "Comments", "By Sam Carter"}},
		{file: "meta-twitter.html", want: Article{
			Title: "Council backs new bicycle lanes", Lang: "en", Description: "Lanes.",
			Published: ts("2020-01-02T03:04:05Z"), Image: &Image{URL: "https://pbs.example.com/lanes.png"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			var opts []Option
			if tt.url != "" {
				opts = append(opts, WithURL(tt.url))
			}
			a := parseFixture(t, tt.file, opts...)
			w := tt.want
			assert.Equal(t, w.Title, a.Title, "title")
			assert.Equal(t, w.Byline, a.Byline, "byline")
			assert.Equal(t, w.Authors, a.Authors, "authors")
			assert.Equal(t, w.SiteName, a.SiteName, "site")
			assert.Equal(t, w.Lang, a.Lang, "lang")
			assert.Equal(t, w.URL, a.URL, "url")
			assert.Equal(t, w.Description, a.Description, "description")
			assert.True(t, w.Published.Equal(a.Published), "published %v", a.Published)
			assert.True(t, w.Modified.Equal(a.Modified), "modified %v", a.Modified)
			assert.Equal(t, w.Image, a.Image, "image")
			assert.Contains(t, a.Text, "The city council voted on Tuesday")
			assert.Contains(t, a.Text, "before the end of the month.")
			assert.NotContains(t, a.Text, w.Title, "headline repeated in the body")
			for _, s := range tt.not {
				assert.NotContains(t, a.Text, s)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("<div>", 2000) + "<p>" + strings.Repeat("word ", 200) + "</p>"
	tests := []struct {
		name string
		in   string
		opts []Option
		err  error
	}{
		{"empty", "", nil, ErrNoContent},
		{"blank", " \n\t ", nil, ErrNoContent},
		{"binary png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", nil, ErrNotHTML},
		{"binary zip", "PK\x03\x04\x14\x00\x00\x00\x08\x00", nil, ErrNotHTML},
		{"binary jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", nil, ErrNotHTML},
		{"binary pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 /Filter /FlateDecode >>\nstream\nx\x9c\x03\x00\x00\x00\x00\x01\nendstream", nil, ErrNotHTML},
		{"too large", strings.Repeat("<p>text</p>", 1000), []Option{WithMaxBytes(1000)}, ErrTooLarge},
		{"too deep", deep, []Option{WithMaxDepth(100)}, ErrTooDeep},
		{"too deep unclosed spans", strings.Repeat("<span>x", 5000), []Option{WithMaxDepth(256)}, ErrTooDeep},
		{"no text", "<html><body><div></div></body></html>", nil, ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, err := Parse(strings.NewReader(tt.in), append([]Option{WithLinker(nil)}, tt.opts...)...)
			require.Error(t, err)
			assert.Nil(t, a)
			assert.True(t, errors.Is(err, tt.err), "got %v, want %v", err, tt.err)
		})
	}
}

func TestParseLimitsAllowExactSize(t *testing.T) {
	t.Parallel()
	page := "<p>" + strings.Repeat("Some words of text. ", 40) + "</p>"
	_, err := Parse(strings.NewReader(page), WithLinker(nil), WithMaxBytes(int64(len(page))))
	assert.NoError(t, err)
	_, err = Parse(strings.NewReader(strings.Repeat("<div>", 50)+page), WithLinker(nil), WithMaxDepth(60))
	assert.NoError(t, err)
	_, err = Parse(strings.NewReader(strings.Repeat("<div>", 400)+page), WithLinker(nil), WithMaxDepth(0))
	assert.NoError(t, err, "0 means no limit of ours")
	_, err = Parse(strings.NewReader(strings.Repeat("<div>", 3000)+page), WithLinker(nil), WithMaxDepth(0))
	assert.ErrorIs(t, err, ErrTooDeep, "the parser's own limit")
}

// TestParseTooLargeStopsReading checks that Parse does not read past the
// limit: the reader would fail if asked for more.
func TestParseTooLargeStopsReading(t *testing.T) {
	t.Parallel()
	r := &countingReader{r: bytes.NewReader(bytes.Repeat([]byte("a"), 1<<20))}
	_, err := Parse(r, WithLinker(nil), WithMaxBytes(1000))
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.LessOrEqual(t, r.n, int64(1000+4096), "read %d bytes", r.n)
}

type countingReader struct {
	r interface{ Read([]byte) (int, error) }
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p[:min(len(p), 512)])
	c.n += int64(n)
	return n, err
}

// TestFromNodeMatchesParse: a tree parsed by the caller gives the article
// Parse gives, from any node of the tree, and is left as it was.
func TestFromNodeMatchesParse(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile(filepath.Join("testdata", "extract", "meta-opengraph.html"))
	require.NoError(t, err)
	want, err := Parse(bytes.NewReader(src), WithLinker(nil), WithURL("https://daily.example.com/"))
	require.NoError(t, err)
	doc, err := html.Parse(bytes.NewReader(src))
	require.NoError(t, err)
	before := renderTree(t, doc)

	for name, n := range map[string]*html.Node{"document": doc, "html element": doc.LastChild} {
		a, err := FromNode(n, WithLinker(nil), WithURL("https://daily.example.com/"))
		require.NoError(t, err, name)
		assert.Equal(t, want.Title, a.Title, name)
		assert.Equal(t, want.HTML, a.HTML, name)
		assert.Equal(t, want.Text, a.Text, name)
	}
	assert.Equal(t, before, renderTree(t, doc), "FromNode must not modify the tree")

	_, err = FromNode(nil)
	assert.ErrorIs(t, err, ErrNoContent)
}

func renderTree(t *testing.T, n *html.Node) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, html.Render(&b, n))
	return b.String()
}

func TestParseRelativeURLs(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Links</title></head><body><article><p>` + strings.Repeat("Words in a paragraph. ", 30) +
		`<a href="../other.html">other</a> <a href="#note">note</a> <a href="javascript:alert(1)">js</a></p>
<p><img src="img/a.jpg" srcset="img/a.jpg 1x, /img/a2.jpg 2x"></p></article></body></html>`
	a, err := Parse(strings.NewReader(page), WithLinker(nil), WithURL("https://example.com/news/2024/story.html"))
	require.NoError(t, err)
	assert.Contains(t, a.HTML, `href="https://example.com/news/other.html"`)
	assert.Contains(t, a.HTML, `src="https://example.com/news/2024/img/a.jpg"`)
	assert.NotContains(t, a.HTML, "javascript:")
	assert.Contains(t, a.Text, "js", "the text of a javascript: link stays")
}

func TestImageStem(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"storm-1200x630.jpg": "storm", "storm_800x450.webp": "storm", "Storm.JPG": "storm",
		"storm-scaled.jpg": "storm", "2024-x.png": "2024-x", "a-12x.jpg": "a-12x",
	} {
		assert.Equal(t, want, imageStem(in), in)
	}
}

func TestParsePublishedPrefersArticleTime(t *testing.T) {
	t.Parallel()
	page := `<html><body><aside><ul><li><a href="/a">Old story</a> <time datetime="2019-01-01">Jan 1</time></li></ul></aside>
<article><time datetime="2024-02-03T10:00:00Z">Feb 3</time><p>` + strings.Repeat("Words of the story here. ", 40) + `</p></article></body></html>`
	a, err := Parse(strings.NewReader(page), WithLinker(nil))
	require.NoError(t, err)
	assert.Equal(t, "2024-02-03T10:00:00Z", a.Published.Format(time.RFC3339))
}

// TestParseShortArticleWithComments: a news brief shorter than the
// retry threshold must not give way to the comment thread below it.
func TestParseShortArticleWithComments(t *testing.T) {
	t.Parallel()
	var c strings.Builder
	for i := 0; i < 30; i++ {
		c.WriteString(`<div class="comment"><p>Comment: I strongly disagree with this, because the council never listens to residents, and the lanes will be empty.</p></div>`)
	}
	page := `<html><head><title>Bridge closed after crash | Daily</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Bridge closed after crash</h1><p>The river bridge was closed on Monday after a lorry hit the railing, police said. Repairs will take two days.</p><p>Drivers were told to use the ring road.</p></article>
<section id="comments">` + c.String() + `</section><footer>© Daily</footer></body></html>`
	a, err := Parse(strings.NewReader(page), WithLinker(nil))
	require.NoError(t, err)
	assert.Equal(t, "The river bridge was closed on Monday after a lorry hit the railing, police said. Repairs will take two days.\n\nDrivers were told to use the ring road.", a.Text)
}
