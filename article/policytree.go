package article

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslens/newslens/article/internal/extract"
)

// sanitizeContent is sanitizeBody of the rendering of n's children, the
// extracted content. Most contents need neither the token filter nor the
// parse of its output: when policyTree can apply the policy to a copy of
// the tree, that copy is what parsing the filtered rendering would have
// built, so only the tree steps of sanitizeNodes run on it. Otherwise the
// content is rendered and sanitized as a string.
func sanitizeContent(n *html.Node) (string, *body, error) {
	if nodes, size, ok := policyTree(n); ok {
		if nodes, h, err := stableTree(fixTree(nodes), size); err == nil {
			b := bodyOf(nodes, h)
			b.html = h
			return h, b, nil
		}
	}
	s, err := renderContent(n)
	if err != nil {
		return "", nil, err
	}
	return sanitizeBody(s)
}

// policyTree returns a copy of n's children, the children of a detached
// body element, with the article policy applied, and about how long their
// rendering is. It reports false unless the copy is certain to be the
// parse of the policy's output for their rendering (sanitizeNodes):
//
//   - every element is one the policy keeps (its tag is neither dropped
//     nor skipped with its content) and every attribute has a plain name,
//     so the rendering's tokens are the tree's and the policy only drops
//     attributes and rewrites URLs, as policyAttrs does;
//   - no text or attribute holds a NUL, a carriage return or invalid
//     UTF-8, which sanitizeNodes and the tokenizer would replace;
//   - comments (which the policy drops) and empty texts are removed and
//     the texts then adjacent merged, as the parse of the rendering
//     would, except inside a pre (whose first newline the parser drops);
//   - the filtered copy passes roundTrips: parsing its rendering builds
//     it again.
func policyTree(n *html.Node) ([]*html.Node, int, bool) {
	root := extract.Clone(n)
	root.Type, root.DataAtom, root.Data, root.Namespace, root.Attr = html.ElementNode, atom.Body, "body", "", nil
	size, merge := 0, false
	for c := root.FirstChild; c != nil; {
		next := nextNode(root, c, true)
		if c.Type != html.ElementNode && c.FirstChild != nil {
			return nil, 0, false // only a tree built by hand has these
		}
		switch {
		case c.Type == html.CommentNode || c.Type == html.TextNode && c.Data == "":
			// Neither renders to a token the parse keeps; the texts
			// around them then parse as one.
			if c.Parent.DataAtom == atom.Pre {
				return nil, 0, false // the first newline of a pre
			}
			next = nextNode(root, c, false)
			c.Parent.RemoveChild(c)
			merge = true
		case c.Type == html.TextNode:
			if !plainValue(c.Data) {
				return nil, 0, false
			}
			merge = merge || c.PrevSibling != nil && c.PrevSibling.Type == html.TextNode
			size += len(c.Data)
		case c.Type == html.ElementNode:
			if c.Namespace != "" || !policyAttrs(c) {
				return nil, 0, false
			}
			size += 2*len(c.Data) + 5
			for _, a := range c.Attr {
				size += len(a.Key) + len(a.Val) + 4
			}
		default:
			return nil, 0, false
		}
		c = next
	}
	if merge {
		mergeText(root)
	}
	nodes := children(root)
	if !roundTrips(nodes) {
		return nil, 0, false
	}
	return nodes, size, true
}

// plainValue reports text the rendering and tokenizing steps give back
// unchanged: valid UTF-8 without NUL bytes or carriage returns.
func plainValue(s string) bool {
	return strings.IndexByte(s, 0) < 0 && strings.IndexByte(s, '\r') < 0 && utf8.ValidString(s)
}

// policyAttrs filters the attributes of element n as the policy filters
// those of its start tag: each is kept when a rule allows it on n and its
// value matches, and a URL the policy checks is kept as url.Parse writes
// it back. It reports false when the policy does not keep n, or an
// attribute is not plain or has the name of one kept before it.
func policyAttrs(n *html.Node) bool {
	rules, ok := policyRules()[n.Data]
	if !ok {
		return false
	}
	kept := n.Attr[:0] // n is a copy with its own attributes
	for _, a := range n.Attr {
		if !plainAttr(a) || !plainValue(a.Val) || hasKey(kept, a.Key) {
			return false // the parse would keep only the first of a name
		}
		re, ok := rules[a.Key]
		if !ok || re != nil && !re.MatchString(a.Val) {
			continue
		}
		if policyURLAttr(n.Data, a.Key) {
			u, ok := policyURL(a.Val)
			if !ok {
				continue
			}
			a.Val = u
		}
		kept = append(kept, a)
	}
	n.Attr = kept
	return true
}

// hasKey reports whether an attribute in attrs is named key.
func hasKey(attrs []html.Attribute, key string) bool {
	for _, a := range attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// policyRules maps each element the policy keeps to its allowed
// attributes and their patterns (nil: any value), from articleAttrs.
var policyRules = sync.OnceValue(func() map[string]map[string]*regexp.Regexp {
	m := map[string]map[string]*regexp.Regexp{}
	for _, e := range append(keptElements[:len(keptElements):len(keptElements)], presentational...) {
		m[e] = map[string]*regexp.Regexp{}
	}
	for _, r := range articleAttrs() {
		for _, e := range r.elements {
			for _, a := range r.attrs {
				if _, dup := m[e][a]; dup {
					panic("article: two rules for attribute " + a + " on " + e)
				}
				m[e][a] = r.pattern
			}
		}
	}
	return m
})

// policyURLAttr reports the attributes whose URLs the policy parses
// (RequireParseableURLs) among those it allows.
func policyURLAttr(elem, key string) bool {
	switch elem {
	case "a":
		return key == "href"
	case "img":
		return key == "src"
	case "blockquote", "del", "ins", "q":
		return key == "cite"
	}
	return false
}

// policyURL is the policy's URL check: the trimmed URL, without white
// space, parsed, with an http, https or mailto scheme (no relative URLs),
// written back by url.URL.String.
func policyURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if strings.ContainsAny(raw, " \t\n") {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch u.Scheme {
	case "http", "https", "mailto":
		return u.String(), true
	}
	return "", false
}
