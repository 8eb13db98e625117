package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/article/internal/extract"
)

// Parse reads an HTML page and returns its article.
//
// The bytes are decoded to UTF-8: a byte-order mark decides; else input
// that is valid UTF-8 is UTF-8; else the <meta charset> or http-equiv
// declaration names the charset (windows-1252, ISO-8859-x, Shift_JIS, GBK
// and every other WHATWG encoding); else windows-1252. Invalid sequences
// become U+FFFD. The page is then parsed, its metadata and main content
// extracted, the content sanitized and turned into text and, unless
// WithLinker(nil) is given, searched for entities.
//
// Errors (test with errors.Is): ErrTooLarge beyond WithMaxBytes, detected
// while reading so that at most the limit plus one byte is buffered;
// ErrTooDeep beyond WithMaxDepth, and whatever the option beyond the 512
// open elements the HTML parser accepts; ErrNotHTML for binary data;
// ErrNoContent for empty input or a page without text.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	b, err := readLimited(r, cfg.maxBytes)
	if err != nil {
		return nil, err
	}
	b, err = decode(b)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements") {
			// The parser itself refuses more than 512 open elements.
			return nil, fmt.Errorf("%w: %v", ErrTooDeep, err)
		}
		return nil, fmt.Errorf("article: parsing HTML: %w", err)
	}
	if err := checkDepth(root, cfg.maxDepth); err != nil {
		return nil, err
	}
	return fromNode(root, cfg)
}

// FromNode returns the article of a page already parsed with
// golang.org/x/net/html: n is the document or any node in it (the whole
// tree it belongs to is used). The tree is not modified (extraction works
// on a copy). Errors are those of Parse, except ErrTooLarge and
// ErrNotHTML. FromNode is also the way to pass a goquery document in
// js/wasm builds, where FromDocument is left out: doc.Nodes[0].
func FromNode(n *html.Node, opts ...Option) (*Article, error) {
	return fromTree(n, newConfig(opts))
}

// fromTree checks the depth of the tree holding n and extracts from a
// copy of it.
func fromTree(n *html.Node, cfg *config) (*Article, error) {
	if n == nil {
		return nil, errEmpty
	}
	root := n
	for root.Parent != nil {
		root = root.Parent
	}
	if err := checkDepth(root, cfg.maxDepth); err != nil {
		return nil, err
	}
	return fromNode(extract.Clone(root), cfg)
}

var errEmpty = errors.Join(ErrNoContent, errors.New("article: empty document"))

// fromNode builds the article from a tree it may modify.
func fromNode(root *html.Node, cfg *config) (*Article, error) {
	pm := collectMeta(root)
	ld := parseJSONLD(pm.jsonLD)
	a := &Article{}
	fillMeta(a, pm, ld)
	base := baseURL(cfg.url, a, pm)
	if a.URL != "" {
		a.URL = webURL(extract.Resolve(base, a.URL))
	}
	if a.URL == "" {
		a.URL = webURL(cfg.url)
	}
	res := extract.Extract(root, extract.Options{Title: a.Title, Base: base})
	if a.Byline == "" {
		a.Byline = cleanByline(res.Byline)
	}
	if len(a.Authors) == 0 && a.Byline != "" {
		a.Authors = splitAuthors(a.Byline)
	}
	if res.Content == nil {
		return nil, errors.Join(ErrNoContent, errors.New("article: no text found in the page"))
	}
	a.Image = leadImage(ld, pm, res.Content, base)
	if err := finishContent(a, res.Content, cfg); err != nil {
		return nil, err
	}
	return a, nil
}

// renderContent renders the children of the extracted content.
func renderContent(n *html.Node) (string, error) {
	nodes := children(n)
	if out, ok := renderFast(nodes, 0, nil); ok {
		return out, nil
	}
	var b strings.Builder
	for _, c := range nodes {
		if err := html.Render(&b, c); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

// baseURL resolves the base for relative links: the page URL given by
// WithURL, else the canonical URL; a <base href> applies on top.
func baseURL(page string, a *Article, pm *pageMeta) *url.URL {
	var base *url.URL
	for _, s := range []string{page, a.URL} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && isWebURL(u) {
			base = u
			break
		}
	}
	if pm.base != "" {
		if u, err := url.Parse(pm.base); err == nil {
			if base != nil {
				u = base.ResolveReference(u)
			}
			if isWebURL(u) {
				base = u
			}
		}
	}
	return base
}

// isWebURL reports an absolute http or https URL.
func isWebURL(u *url.URL) bool {
	return u != nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// webURL returns s when it is an absolute http(s) URL, else "".
func webURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || !isWebURL(u) {
		return ""
	}
	return s
}
