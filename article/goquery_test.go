//go:build !(js && wasm)

package article

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFromDocumentMatchesParse: a goquery document gives the article
// Parse gives, takes its URL from the document, and is left as it was.
func TestFromDocumentMatchesParse(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile(filepath.Join("testdata", "extract", "meta-opengraph.html"))
	require.NoError(t, err)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(src))
	require.NoError(t, err)
	before, err := doc.Html()
	require.NoError(t, err)

	a, err := FromDocument(doc, WithLinker(nil), WithURL("https://daily.example.com/"))
	require.NoError(t, err)
	b, err := Parse(bytes.NewReader(src), WithLinker(nil), WithURL("https://daily.example.com/"))
	require.NoError(t, err)
	assert.Equal(t, b.Title, a.Title)
	assert.Equal(t, b.HTML, a.HTML)
	assert.Equal(t, b.Text, a.Text)
	after, err := doc.Html()
	require.NoError(t, err)
	assert.Equal(t, before, after, "FromDocument must not modify the document")

	_, err = FromDocument(nil)
	assert.ErrorIs(t, err, ErrNoContent)
	_, err = FromDocument(&goquery.Document{})
	assert.ErrorIs(t, err, ErrNoContent)
}

func TestFromDocumentURL(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Links</title></head><body><article><p>` + strings.Repeat("Words in a paragraph. ", 30) +
		`<a href="other.html">other</a></p></article></body></html>`
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	require.NoError(t, err)
	doc.Url, err = url.Parse("https://news.example.org/world/story.html")
	require.NoError(t, err)
	a, err := FromDocument(doc, WithLinker(nil))
	require.NoError(t, err)
	assert.Contains(t, a.HTML, `href="https://news.example.org/world/other.html"`)
}
