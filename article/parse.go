package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/newslens/newslens/article/internal/extract"
)

// Parse reads an HTML page and returns its article.
//
// The page is decoded from the charset its byte-order mark or <meta>
// declares (UTF-8 and windows-1252 guessed otherwise), parsed, and its
// metadata and main content extracted; the content is sanitized, turned
// into text and, unless WithLinker(nil) is given, searched for entities.
//
// Errors: ErrTooLarge beyond WithMaxBytes (checked while reading),
// ErrTooDeep beyond WithMaxDepth, ErrNotHTML for binary data,
// ErrNoContent for empty pages or pages without text.
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

// FromDocument returns the article of an already parsed page. The
// document is not modified.
func FromDocument(doc *goquery.Document, opts ...Option) (*Article, error) {
	if doc == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return nil, errEmpty
	}
	cfg := newConfig(opts)
	if cfg.url == "" && doc.Url != nil {
		cfg.url = doc.Url.String()
	}
	root := doc.Nodes[0]
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
	var b strings.Builder
	for c := res.Content.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&b, c); err != nil {
			return nil, err
		}
	}
	if err := finish(a, b.String(), cfg); err != nil {
		return nil, err
	}
	return a, nil
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

// leadImage picks the lead image: JSON-LD, then OpenGraph/Twitter, then
// the first image of the content. Its caption and credit come from the
// page's figure showing the same picture.
func leadImage(ld *ldArticle, pm *pageMeta, content *html.Node, base *url.URL) *Image {
	var img Image
	if ld != nil && ld.image != nil {
		img = *ld.image
	}
	if img.URL == "" {
		img.URL = pm.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src", "thumbnailurl")
	}
	figs := pm.figures
	if img.URL == "" {
		cf := contentFigures(content)
		if len(cf) == 0 {
			return nil
		}
		img.URL = cf[0].src
		figs = cf
	}
	img.URL = webURL(extract.Resolve(base, img.URL))
	if img.URL == "" {
		return nil // relative without a base, or not http(s)
	}
	if img.Caption == "" {
		if f, ok := matchFigure(img.URL, figs, base); ok {
			img.Caption, img.Credit = f.caption, f.credit
		}
	}
	if img.Credit == "" {
		img.Caption, img.Credit = splitCredit(img.Caption)
	}
	img.Caption = html.UnescapeString(img.Caption)
	return &img
}

// contentFigures lists the images of the extracted content with their
// captions.
func contentFigures(content *html.Node) []figure {
	var out []figure
	walkNodes(content, func(n *html.Node) bool {
		if n.Type != html.ElementNode || len(out) >= maxCollected {
			return false
		}
		switch n.Data {
		case "figure":
			if f, ok := readFigure(n); ok && f.src != "" {
				out = append(out, f)
			}
			return false
		case "img":
			if src := imgSrc(n); src != "" {
				out = append(out, figure{src: src})
			}
		}
		return true
	})
	return out
}

// matchFigure finds the figure showing the image at u: same URL, or the
// same file name (sites serve one picture from several hosts and sizes).
func matchFigure(u string, figs []figure, base *url.URL) (figure, bool) {
	name := fileName(u)
	for _, f := range figs {
		if f.caption == "" {
			continue
		}
		fu := extract.Resolve(base, f.src)
		if fu == u || name != "" && fileName(fu) == name {
			return f, true
		}
	}
	return figure{}, false
}

func fileName(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	base := path.Base(p.Path)
	if base == "." || base == "/" {
		return ""
	}
	return base
}
