package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// postProcess makes URLs absolute and unwraps javascript: links.
func postProcess(content *html.Node, base *url.URL) {
	var jsLinks []*html.Node
	Walk(content, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.A:
			h := strings.TrimSpace(attr(n, "href"))
			if strings.HasPrefix(strings.ToLower(h), "javascript:") {
				jsLinks = append(jsLinks, n)
			} else if hasAttr(n, "href") {
				setAttr(n, "href", Resolve(base, h))
			}
		case atom.Img, atom.Source, atom.Video, atom.Audio, atom.Track:
			for _, k := range [...]string{"src", "poster"} {
				if hasAttr(n, k) {
					setAttr(n, k, Resolve(base, attr(n, k)))
				}
			}
			if hasAttr(n, "srcset") {
				setAttr(n, "srcset", resolveSrcset(base, attr(n, "srcset")))
			}
		}
		return true
	})
	for _, a := range jsLinks {
		unwrapLink(a)
	}
}

// unwrapLink replaces a by its children (a lone text becomes a span-less
// text node).
func unwrapLink(a *html.Node) {
	if a.Parent == nil {
		return
	}
	for c := a.FirstChild; c != nil; {
		nx := c.NextSibling
		a.RemoveChild(c)
		a.Parent.InsertBefore(c, a)
		c = nx
	}
	detach(a)
}

// Resolve makes ref absolute against base. Fragment-only references and
// unparsable ones are kept as they are.
func Resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if base == nil || ref == "" || ref[0] == '#' {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}

// resolveSrcset resolves every URL of a srcset list.
func resolveSrcset(base *url.URL, set string) string {
	if base == nil {
		return set
	}
	parts := strings.Split(set, ",")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) == 0 {
			continue
		}
		f[0] = Resolve(base, f[0])
		out = append(out, strings.Join(f, " "))
	}
	return strings.Join(out, ", ")
}
