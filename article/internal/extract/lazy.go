package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fixLazyImages copies image URLs from lazy-loading attributes into src
// or srcset, and drops tiny inline placeholders.
func fixLazyImages(root *html.Node) {
	Walk(root, func(n *html.Node) bool {
		if isElem(n, atom.Img) || isElem(n, atom.Picture) || isElem(n, atom.Figure) {
			fixLazy(n)
		}
		return true
	})
}

func fixLazy(n *html.Node) {
	src := attr(n, "src")
	if strings.HasPrefix(src, "data:") && !strings.HasPrefix(src, "data:image/svg+xml") {
		other := false
		for _, a := range n.Attr {
			if a.Key != "src" && imageURLKind(a.Val) != "" {
				other = true
			}
		}
		if i := strings.Index(src, "base64,"); other && i >= 0 && len(src)-i-7 < 133 {
			removeAttr(n, "src")
			src = ""
		}
	}
	srcset := attr(n, "srcset")
	if (src != "" || srcset != "" && srcset != "null") && !strings.Contains(strings.ToLower(attr(n, "class")), "lazy") {
		return
	}
	for _, a := range n.Attr {
		if a.Key == "src" || a.Key == "srcset" || a.Key == "alt" {
			continue
		}
		to := imageURLKind(a.Val)
		if to == "" {
			continue
		}
		switch {
		case n.DataAtom == atom.Img || n.DataAtom == atom.Picture:
			setAttr(n, to, a.Val)
		case n.DataAtom == atom.Figure && !hasDescendant(n, atom.Img, atom.Picture):
			img := newElem(atom.Img)
			img.Attr = []html.Attribute{{Key: to, Val: a.Val}}
			n.AppendChild(img)
		}
	}
}

// imageURLKind returns "src" for a single image URL, "srcset" for a
// srcset-like list, "" otherwise.
func imageURLKind(v string) string {
	l := strings.ToLower(strings.TrimSpace(v))
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".webp"} {
		i := strings.Index(l, ext)
		if i < 0 {
			continue
		}
		rest := l[i+len(ext):]
		if !strings.ContainsAny(l, " \t\n") {
			return "src"
		}
		r := strings.TrimLeft(rest, " \t\n")
		if len(r) < len(rest) && r != "" && r[0] >= '0' && r[0] <= '9' {
			return "srcset"
		}
	}
	return ""
}

func hasDescendant(n *html.Node, as ...atom.Atom) bool {
	found := false
	Walk(n, func(d *html.Node) bool {
		if d != n && d.Type == html.ElementNode && hasTag(d, as) {
			found = true
		}
		return !found
	})
	return found
}

func removeAttr(n *html.Node, key string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			return
		}
	}
}
