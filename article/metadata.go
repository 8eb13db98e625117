package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslens/newslens/article/internal/extract"
)

// pageMeta is what one walk over the page collects for metadata.
type pageMeta struct {
	lang      string
	docTitle  string            // text of <title>
	values    map[string]string // <meta> name/property/itemprop -> content, first wins
	canonical string
	base      string   // <base href>
	jsonLD    []string // bodies of application/ld+json scripts
	times     []string // datetime of <time> elements, in order
	// articleTimes are those inside <article> or <main>: the page's own
	// date rather than one in a list of other stories.
	articleTimes []string
	headings     []string // text of h1 elements (the first few)
	h2s          []string // text of h2 elements (the first few)
	figures      []figure
	images       []string // src of the first images
}

// figure is an image with the caption next to it.
type figure struct {
	src, caption, credit string
}

const maxCollected = 16

// collectMeta walks the page once and gathers the metadata sources.
func collectMeta(root *html.Node) *pageMeta {
	m := &pageMeta{values: map[string]string{}}
	extract.Walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		m.addItemprop(n)
		switch n.DataAtom {
		case atom.Html:
			if m.lang == "" {
				m.lang = strings.TrimSpace(getAttr(n, "lang"))
			}
		case atom.Title:
			if m.docTitle == "" && n.Parent != nil && !isSVG(n) {
				m.docTitle = normText(nodeText(n))
			}
			return false
		case atom.Meta:
			m.addMeta(n)
		case atom.Link:
			if hasToken(getAttr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(getAttr(n, "href"))
			}
		case atom.Base:
			if m.base == "" {
				m.base = strings.TrimSpace(getAttr(n, "href"))
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(getAttr(n, "type")), "application/ld+json") {
				m.jsonLD = append(m.jsonLD, nodeText(n))
			}
			return false
		case atom.Time:
			if dt := getAttr(n, "datetime"); dt != "" && len(m.times) < maxCollected {
				if nodeHasAttr(n, "pubdate") {
					m.set("pubdate", dt)
				}
				if inArticle(n) {
					m.articleTimes = append(m.articleTimes, dt)
				}
				m.times = append(m.times, dt)
			}
		case atom.H1:
			if len(m.headings) < maxCollected {
				m.headings = append(m.headings, normText(nodeText(n)))
			}
		case atom.H2:
			if len(m.h2s) < maxCollected {
				m.h2s = append(m.h2s, normText(nodeText(n)))
			}
		case atom.Figure:
			if len(m.figures) < maxCollected {
				if f, ok := readFigure(n); ok {
					m.figures = append(m.figures, f)
				}
			}
		case atom.Img:
			if src := imgSrc(n); src != "" && len(m.images) < maxCollected {
				m.images = append(m.images, src)
			}
		}
		return true
	})
	return m
}

// addMeta records one <meta>: every space-separated property (or, when
// there is none, name or itemprop), lower-cased, "dc.title" spelled
// "dc:title", maps to its content. As in Readability, a later tag
// overrides an earlier one, except for images where the first is the
// lead picture.
func (m *pageMeta) addMeta(n *html.Node) {
	content := strings.TrimSpace(getAttr(n, "content"))
	if content == "" {
		return
	}
	if he := strings.ToLower(getAttr(n, "http-equiv")); he == "content-language" {
		m.set("content-language", content)
	}
	keys := strings.Fields(getAttr(n, "property"))
	if len(keys) == 0 {
		keys = append(strings.Fields(getAttr(n, "name")), strings.Fields(getAttr(n, "itemprop"))...)
	}
	for _, name := range keys {
		name = strings.ToLower(name)
		if strings.HasPrefix(name, "dc.") || strings.HasPrefix(name, "dcterm.") || strings.HasPrefix(name, "dcterms.") {
			name = strings.Replace(name, ".", ":", 1)
		}
		m.set(name, content)
	}
}

// inArticle reports whether n is inside <article> or <main> (looking a
// bounded number of levels up).
func inArticle(n *html.Node) bool {
	for p, d := n.Parent, 0; p != nil && d < 64; p, d = p.Parent, d+1 {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// addItemprop records microdata dates and authors carried by elements
// other than <meta>: <time itemprop="datePublished" datetime="…">.
func (m *pageMeta) addItemprop(n *html.Node) {
	ip := getAttr(n, "itemprop")
	if ip == "" || n.DataAtom == atom.Meta {
		return
	}
	for _, p := range strings.Fields(ip) {
		switch p = strings.ToLower(p); p {
		case "datepublished", "datemodified", "datecreated":
			v := getAttr(n, "datetime")
			if v == "" {
				v = getAttr(n, "content")
			}
			if v != "" {
				if _, ok := m.values[p]; !ok {
					m.values[p] = strings.TrimSpace(v)
				}
			}
		}
	}
}

func (m *pageMeta) set(k, v string) {
	if _, ok := m.values[k]; ok && (strings.Contains(k, "image") || k == "content-language") {
		return
	}
	m.values[k] = v
}

// first returns the first non-empty meta value among keys.
func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.values[k]; v != "" {
			return v
		}
	}
	return ""
}

// readFigure reads the image URL and caption of a <figure>; a credit
// element inside the caption (class "credit", "copyright") is kept apart.
func readFigure(fig *html.Node) (figure, bool) {
	var f figure
	extract.Walk(fig, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch {
		case n.DataAtom == atom.Img && f.src == "" && !isTinyImage(n):
			f.src = imgSrc(n)
		case n.DataAtom == atom.Figcaption && f.caption == "":
			f.caption, f.credit = captionParts(n)
			return false
		}
		return true
	})
	return f, f.src != "" || f.caption != ""
}

// captionParts returns a figcaption's text without, and the text of, its
// credit element when it has one.
func captionParts(fc *html.Node) (caption, credit string) {
	var b strings.Builder
	extract.Walk(fc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n != fc {
			cls := strings.ToLower(getAttr(n, "class") + " " + getAttr(n, "itemprop"))
			if credit == "" && (strings.Contains(cls, "credit") || strings.Contains(cls, "copyright") ||
				strings.Contains(cls, "author") || strings.Contains(cls, "source")) {
				credit = normText(nodeText(n))
				return false
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		return true
	})
	return normText(b.String()), credit
}

// imgSrc returns an image's URL, looking at lazy-loading attributes when
// src is missing or an inline placeholder.
func imgSrc(n *html.Node) string {
	src := strings.TrimSpace(getAttr(n, "src"))
	if src != "" && !strings.HasPrefix(src, "data:") {
		return src
	}
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src"} {
		if v := strings.TrimSpace(getAttr(n, k)); v != "" {
			return v
		}
	}
	if ss := strings.TrimSpace(getAttr(n, "srcset")); ss != "" {
		if f := strings.Fields(ss); len(f) > 0 {
			return strings.TrimSuffix(f[0], ",")
		}
	}
	return ""
}

func isSVG(n *html.Node) bool { return n.Namespace == "svg" }

// nodeHasAttr reports whether n has the attribute key.
func nodeHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// getAttr returns the value of attribute key ("" when absent).
func getAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok
// (case-insensitive).
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// nodeText returns the text of n's subtree.
func nodeText(n *html.Node) string {
	var b strings.Builder
	extract.Walk(n, func(d *html.Node) bool {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
		return true
	})
	return b.String()
}

// normText collapses white space and trims.
func normText(s string) string { return extract.NormSpace(s) }
