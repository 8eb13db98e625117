package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// scriptSchemes are URL schemes that run code or embed a document.
var scriptSchemes = [...]string{"javascript:", "vbscript:", "data:", "livescript:", "mocha:"}

// hidesScript reports whether a URL attribute value contains a script
// scheme anywhere, not only at its start: "https://x/?next=javascript:…"
// is harmless as a link but is what a redirect or a careless consumer
// turns into script, so the article policy keeps no such URL. The value
// is entity-decoded until stable (double encoding), and white space,
// control and invisible format characters are removed first, as browsers
// ignore some of them inside schemes. A scheme counts only at the start
// or after a character other than a letter or digit ("metadata:" is not
// "data:").
func hidesScript(v string) bool {
	if !plainASCII(v) {
		v = normalizeURLValue(v)
	}
	return hasScriptScheme(strings.ToLower(v))
}

// plainASCII reports a value of printable ASCII without '&': nothing to
// decode and nothing to remove, so normalizeURLValue would return it.
func plainASCII(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c <= ' ' || c >= 0x7f || c == '&' {
			return false
		}
	}
	return true
}

// normalizeURLValue decodes entities until stable and drops white space,
// control and format characters and invalid bytes.
func normalizeURLValue(v string) string {
	for range 4 {
		u := html.UnescapeString(v)
		if u == v {
			break
		}
		v = u
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, v)
}

// hasScriptScheme reports a script scheme in v, lower-cased, at its start
// or after a character other than a letter or digit.
func hasScriptScheme(v string) bool {
	for _, s := range scriptSchemes {
		for i := 0; ; {
			j := strings.Index(v[i:], s)
			if j < 0 {
				break
			}
			j += i
			if j == 0 || !isAlnumByte(v[j-1]) {
				return true
			}
			i = j + 1
		}
	}
	return false
}

func isAlnumByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// dropScriptURLs removes the URL attributes of n that hide a script
// scheme (see hidesScript) or that the policy's URL rewriting left without
// an address: it turns href="http://#" into "http:", which the policy
// itself refuses, so keeping it would make Sanitize not idempotent.
func dropScriptURLs(n *html.Node) {
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		switch a.Key {
		case "href", "src", "cite":
			if hidesScript(a.Val) || !hasAddress(a.Key, a.Val) {
				continue
			}
		case "srcset":
			if hidesScript(a.Val) {
				continue
			}
		}
		attrs = append(attrs, a)
	}
	n.Attr = attrs
}

// hasAddress reports whether v is an http(s) URL with something after
// "//" (or, for href, a mailto URL with an address), as the policy's
// attribute patterns require.
func hasAddress(key, v string) bool {
	v = strings.TrimSpace(v)
	return hasPrefixFold(v, "http://") || hasPrefixFold(v, "https://") ||
		key == "href" && hasPrefixFold(v, "mailto:")
}

// hasPrefixFold reports whether v is longer than p and starts with p,
// ignoring case.
func hasPrefixFold(v, p string) bool {
	return len(v) > len(p) && strings.EqualFold(v[:len(p)], p)
}
