package article

import (
	"net/url"
	"path"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/article/internal/extract"
)

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
	extract.Walk(content, func(n *html.Node) bool {
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
			if src := imgSrc(n); src != "" && !isTinyImage(n) {
				out = append(out, figure{src: src})
			}
		}
		return true
	})
	return out
}

// isTinyImage reports icons and tracking pixels by their declared size.
func isTinyImage(n *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		v := strings.TrimSuffix(strings.TrimSpace(getAttr(n, k)), "px")
		if px, err := strconv.Atoi(v); err == nil && px < 100 {
			return true
		}
	}
	return false
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
		if fu == u || name != "" && imageStem(fileName(fu)) == imageStem(name) {
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

// imageStem strips what CMSs add to one picture's file name per rendition:
// the extension and size suffixes ("-1200x630", "_800x450", "-scaled").
func imageStem(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	name = strings.TrimSuffix(name, "-scaled")
	if i := strings.LastIndexAny(name, "-_"); i > 0 && isSize(name[i+1:]) {
		name = name[:i]
	}
	return strings.ToLower(name)
}

// isSize reports "800x450"-like strings.
func isSize(s string) bool {
	w, h, ok := strings.Cut(s, "x")
	return ok && isDigits(w) && isDigits(h)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
