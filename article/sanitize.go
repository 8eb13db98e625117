package article

import (
	"cmp"
	"errors"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Sanitize cleans an HTML fragment with the article policy and returns
// well-formed HTML that is safe to embed in a page.
//
// The article policy keeps what article bodies are made of and nothing that
// can run code, load active content, restyle the host page or break out of
// the element the result is embedded in:
//
//   - Elements kept: p, div, section, article, header, footer, main,
//     address, h1–h6, ul, ol, li, dl, dt, dd, blockquote, figure,
//     figcaption, img, a, em, strong, b, i, u, s,
//     small, big, del, ins, sub, sup, mark, span, font, q, cite, dfn, abbr,
//     time, code, kbd, samp, var, pre, br, wbr, hr, ruby, rt, rp, bdi, bdo,
//     the presentational tt, strike, nobr and center (without attributes)
//     and the table family (table, caption, colgroup, col, thead, tbody,
//     tfoot, tr, th, td).
//   - Removed with their content: script, style, iframe, noscript,
//     noembed, noframes, title, textarea, svg, math, template, object,
//     embed, applet, canvas, audio, video, select, button and datalist.
//     Removed but content kept: form, nav, aside and every other element
//     not listed above (base, meta, link and input have no content); a
//     space is left where such a tag was so that words never run
//     together. Comments and doctypes are dropped.
//   - Attributes: no event handlers, no style, no id, no class (except on
//     highlight marks, below). Links keep only http, https and mailto
//     hrefs and always get rel="nofollow noopener noreferrer"; a link
//     whose href was dropped is unwrapped. Images keep http(s) src only,
//     plus alt, title, numeric width and height, and a srcset whose every
//     candidate is an http(s) URL. title, dir and lang on any kept
//     element but mark; cite on blockquote, q, del, ins as http(s) URLs; datetime
//     on time, del, ins; colspan, rowspan, span, scope, headers on tables.
//     Relative URLs are dropped: resolve them first (Parse does, from
//     WithURL or the canonical URL). A URL holding a javascript:,
//     vbscript: or data: scheme anywhere, even inside an http URL and
//     however encoded, is dropped too.
//   - Highlight marks: <mark> may carry exactly the attributes of
//     Highlighted: class "nl-entity nl-<type>", data-type (an entity
//     type), data-entity (a Wikidata QID or Wikipedia title of safe
//     characters) and data-mention (a number). Anything else on a mark is
//     dropped.
//
// The result is rendered from an HTML5 parse tree, so it is balanced
// (embedding it cannot close or open the host's elements), valid UTF-8
// (invalid bytes become U+FFFD, NUL bytes too) and idempotent:
// Sanitize(Sanitize(x)) == Sanitize(x). Input nested deeper than the HTML
// parser accepts (512 elements) is reduced to its escaped text.
//
// The policy is built once on first use and is safe for concurrent use.
func Sanitize(s string) string {
	_, h, err := sanitizeNodes(s)
	if err != nil {
		return escapedText(s)
	}
	return h
}

// sanitizeNodes runs the policy and returns the cleaned fragment as
// parsed nodes, children of a detached body element, and their rendering.
//
// The policy filters tokens; the result is parsed for the tree-level rules
// and a balanced rendering. Elements removed with their content must end
// where a browser ends them (an unclosed <svg> or <select> must not
// swallow the text after it), which a token filter cannot know: when the
// input has such elements, it is parsed and pruned first. Raw-text
// elements (script, style, iframe, noscript, title...) need no such care:
// the tokenizer already ends them where the parser does.
func sanitizeNodes(s string) ([]*html.Node, string, error) {
	s = validUTF8(s)
	if hasPrunedTag(s) {
		pre, err := parseFragment(s)
		if err != nil {
			return nil, "", err
		}
		s = renderNodes(pruneTree(pre))
	}
	clean := articlePolicy().Sanitize(s)
	nodes, err := parseFragment(clean)
	if err != nil {
		return nil, "", err
	}
	return stableTree(fixTree(nodes), len(clean))
}

// errUnstable reports a tree whose rendering never reparses to itself.
var errUnstable = errors.New("article: sanitized tree does not reach a fixed point")

// stableTree returns a tree that parsing its own rendering gives back.
// Some trees the HTML parser builds from broken markup do not survive a
// render-and-parse round trip (a heading foster-parented into a heading,
// misnested formatting elements); Sanitize must be idempotent, so the
// rendering is parsed again until it no longer changes, unless
// roundTrips proves the tree is a fixed point already. The returned
// nodes are the parse of their own rendering, which is what newBody would
// build from Sanitize's output. The rendering is returned with them.
// size, the length of the markup nodes were parsed from, presizes the
// renderings.
func stableTree(nodes []*html.Node, size int) ([]*html.Node, string, error) {
	out := renderSized(nodes, size)
	if roundTrips(nodes) && strings.IndexByte(out, 0) < 0 {
		return nodes, out, nil
	}
	for range 4 {
		again, err := parseFragment(out)
		if err != nil {
			return nil, "", err
		}
		again = fixTree(again)
		if next := renderSized(again, len(out)); next != out {
			out = next
			continue
		}
		return again, out, nil
	}
	return nil, "", errUnstable
}

// hasPrunedTag reports whether s has a start tag of an element whose
// content is skipped but is not raw text (see isPrunedTag).
func hasPrunedTag(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		j := i + 1
		for j < len(s) && j-i <= 9 && isASCIILetter(s[j]) {
			j++
		}
		if j > i+1 && (j == len(s) || !isASCIILetter(s[j])) && isPrunedTag(s[i+1:j]) {
			return true
		}
		k := strings.IndexByte(s[j:], '<')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isPrunedTag reports whether name, an ASCII tag name of at most nine
// letters in any case, names a skipped element that is not raw text. A
// switch on the lower-cased name, copied to the stack: no allocation and
// no map lookup per tag.
func isPrunedTag(name string) bool {
	var buf [9]byte
	if len(name) < 3 || len(name) > len(buf) {
		return false
	}
	for i := 0; i < len(name); i++ {
		buf[i] = name[i] | 0x20 // ASCII letters only
	}
	switch string(buf[:len(name)]) {
	case "svg", "math", "template", "object", "applet", "canvas",
		"audio", "video", "select", "button", "datalist", "frameset":
		return true
	}
	return false
}

// pruneTree removes the elements whose content is never article text,
// and comments, from a parsed fragment, and returns the fragment.
func pruneTree(nodes []*html.Node) []*html.Node {
	if len(nodes) == 0 {
		return nil
	}
	root := nodes[0].Parent
	for n := root.FirstChild; n != nil; {
		switch {
		case n.Type == html.CommentNode || n.Type == html.DoctypeNode,
			n.Type == html.ElementNode && skipContent(n):
			next := nextNode(root, n, false)
			n.Parent.RemoveChild(n)
			n = next
		default:
			n = nextNode(root, n, true)
		}
	}
	return children(root)
}

// skipContent reports elements removed together with their content.
func skipContent(n *html.Node) bool {
	if n.Namespace != "" {
		return true // SVG and MathML content
	}
	return skipped()[n.Data]
}

// skipped is skippedElements as a set.
var skipped = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(skippedElements))
	for _, e := range skippedElements {
		m[e] = true
	}
	return m
})

// validUTF8 replaces invalid UTF-8 and NUL bytes with U+FFFD: the parser
// would drop NULs in some places and keep them in others, which would
// make the output depend on the number of passes.
func validUTF8(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return s
}

// bodyContext is the context element fragments are parsed in.
func bodyContext() *html.Node {
	return &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
}

// parseFragment parses s as the content of a <body>. The returned nodes
// share a fresh parent so that tree edits (unwrapping, highlighting) work
// on the first and last nodes too.
func parseFragment(s string) ([]*html.Node, error) {
	nodes, err := html.ParseFragment(strings.NewReader(s), bodyContext())
	if err != nil {
		return nil, err
	}
	root := bodyContext()
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return nodes, nil
}

// renderNodes renders a fragment.
func renderNodes(nodes []*html.Node) string { return renderSized(nodes, 0) }

// renderSized renders a fragment whose rendering is expected to take
// about size bytes: one allocation instead of repeated growth.
func renderSized(nodes []*html.Node, size int) string {
	if out, ok := renderFast(nodes, size, nil); ok {
		return out
	}
	var sb strings.Builder
	sb.Grow(size + size/8)
	for _, n := range nodes {
		// Render fails only on a writer error or an invalid tree, and a
		// strings.Builder never fails; a parsed tree is valid.
		_ = html.Render(&sb, n)
	}
	return sb.String()
}

// escapedText is the fallback for input the parser rejects: the text of
// the policy's output, escaped, with no markup at all.
func escapedText(s string) string {
	z := html.NewTokenizer(strings.NewReader(articlePolicy().Sanitize(validUTF8(s))))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.WriteString(html.EscapeString(strings.ReplaceAll(string(z.Text()), "\x00", "")))
		}
	}
}

// relLink is the rel value of every sanitized link.
const relLink = "nofollow noopener noreferrer"

// fixTree applies the tree-level rules the token-level policy cannot
// express, to the children of a detached body element, and returns the
// new children: links get a fixed rel and are unwrapped when they lost
// their href or sit inside another link; images without a src are
// removed. Nested links and nested nobr elements are unwrapped because
// the HTML parser would not rebuild them from the rendering, and
// Sanitize must be idempotent.
func fixTree(nodes []*html.Node) []*html.Node {
	if len(nodes) == 0 {
		return nil
	}
	root := nodes[0].Parent
	edited := false
	for n := root.FirstChild; n != nil; {
		next := nextNode(root, n, true)
		if n.Type == html.ElementNode {
			dropScriptURLs(n)
			switch n.DataAtom {
			case atom.A:
				if hasAttr(n, "href") && !hasAncestor(n, atom.A) {
					setAttr(n, "rel", relLink)
					// The parser sorts the attributes of formatting
					// elements such as a; keep that order so that a
					// second pass renders the same bytes.
					slices.SortFunc(n.Attr, attrCompare)
				} else {
					next = nextNode(root, n, n.FirstChild != nil)
					unwrap(n)
					edited = true
				}
			case atom.Nobr:
				if hasAncestor(n, atom.Nobr) {
					next = nextNode(root, n, n.FirstChild != nil)
					unwrap(n)
					edited = true
				}
			case atom.Img:
				if !hasAttr(n, "src") {
					next = nextNode(root, n, false)
					n.Parent.RemoveChild(n)
					edited = true
				}
			}
		}
		n = next
	}
	if edited {
		mergeText(root)
	}
	return children(root)
}

// mergeText joins adjacent text nodes, as parsing the rendering would.
func mergeText(root *html.Node) {
	for n := root.FirstChild; n != nil; n = nextNode(root, n, true) {
		if n.Type != html.TextNode || n.NextSibling == nil || n.NextSibling.Type != html.TextNode {
			continue
		}
		var sb strings.Builder
		sb.WriteString(n.Data)
		for c := n.NextSibling; c != nil && c.Type == html.TextNode; c = n.NextSibling {
			sb.WriteString(c.Data)
			n.Parent.RemoveChild(c)
		}
		n.Data = sb.String()
	}
}

// hasAncestor reports whether an ancestor of n is an element a.
func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

// nextNode returns the node after n in document order within root,
// descending into n's children when down is true.
func nextNode(root, n *html.Node, down bool) *html.Node {
	if down && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil && n != root; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	p := n.Parent
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		p.InsertBefore(c, n)
	}
	p.RemoveChild(n)
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// attrCompare orders attributes as the HTML parser does.
func attrCompare(a, b html.Attribute) int {
	return cmp.Or(cmp.Compare(a.Namespace, b.Namespace), cmp.Compare(a.Key, b.Key), cmp.Compare(a.Val, b.Val))
}

// setAttr sets key to val, replacing earlier values and keeping one.
func setAttr(n *html.Node, key, val string) {
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != key {
			attrs = append(attrs, a)
		}
	}
	n.Attr = append(attrs, html.Attribute{Key: key, Val: val})
}

// articlePolicy is the one article policy, built on first use.
var articlePolicy = sync.OnceValue(newArticlePolicy)

// newArticlePolicy builds the policy documented on Sanitize.
func newArticlePolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AddSpaceWhenStrippingTag(true)
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(false)
	p.AllowURLSchemes("http", "https", "mailto")
	// The policy skips the content of raw-text elements only, which the
	// tokenizer ends where a browser does; the others are pruned from the
	// parse tree (see sanitizeNodes). frame is void and frameset, object
	// and nostyle are not raw text: counting their tags would go wrong.
	p.AllowElementsContent("frame", "frameset", "object", "nostyle")
	p.SkipElementsContent("textarea")
	p.AllowElements(keptElements...)
	p.AllowElements(presentational...)
	// Every kept element but img may come without attributes; a link
	// without href is unwrapped later by fixTree.
	p.AllowNoAttrs().OnElements(keptElements...)
	p.AllowNoAttrs().OnElements(presentational...)

	for _, r := range articleAttrs() {
		ap := p.AllowAttrs(r.attrs...)
		if r.pattern != nil {
			ap = ap.Matching(r.pattern)
		}
		ap.OnElements(r.elements...)
	}
	return p
}

// attrRule allows attributes on elements, with values matching pattern
// (any value when it is nil).
type attrRule struct {
	attrs    []string
	pattern  *regexp.Regexp
	elements []string
}

// articleAttrs are the attribute rules of the article policy, built once
// and shared by the policy and policyTree, so that the two cannot differ.
// An attribute is allowed on an element by at most one rule.
var articleAttrs = sync.OnceValue(func() []attrRule {
	httpURL := regexp.MustCompile(`(?i)^\s*https?://[^\s]+$`)
	return []attrRule{
		{[]string{"href"}, regexp.MustCompile(`(?i)^\s*(https?://|mailto:)[^\s]+$`), []string{"a"}},
		{[]string{"src"}, httpURL, []string{"img"}},
		{[]string{"srcset"}, srcsetPattern(), []string{"img"}},
		{[]string{"alt"}, nil, []string{"img"}},
		{[]string{"width", "height"}, regexp.MustCompile(`^[0-9]{1,5}$`), []string{"img"}},
		{[]string{"cite"}, httpURL, []string{"blockquote", "q", "del", "ins"}},
		{[]string{"datetime"}, regexp.MustCompile(`^[0-9A-Za-z:+.\- ]{1,64}$`), []string{"time", "del", "ins"}},
		{[]string{"colspan", "rowspan", "span"}, regexp.MustCompile(`^[0-9]{1,4}$`), []string{"td", "th", "col", "colgroup"}},
		{[]string{"scope"}, regexp.MustCompile(`^(row|col|rowgroup|colgroup)$`), []string{"th"}},
		{[]string{"headers"}, regexp.MustCompile(`^[\w\- ]{1,200}$`), []string{"td", "th"}},
		// Not on mark: marks carry exactly the highlight attributes.
		{[]string{"title"}, nil, keptElements},
		{[]string{"dir"}, regexp.MustCompile(`^(ltr|rtl|auto)$`), keptElements},
		{[]string{"lang"}, regexp.MustCompile(`^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`), keptElements},
		{[]string{"class"}, regexp.MustCompile(`^nl-entity nl-(person|organization|place|group|misc)$`), []string{"mark"}},
		{[]string{"data-type"}, regexp.MustCompile(`^(Person|Organization|Place|Group|Misc)$`), []string{"mark"}},
		{[]string{"data-entity"}, entityRefPattern(), []string{"mark"}},
		{[]string{"data-mention"}, regexp.MustCompile(`^[0-9]{1,9}$`), []string{"mark"}},
	}
})

// srcsetPattern matches a srcset whose candidates are all absolute http(s)
// URLs without commas, each with an optional width or density descriptor.
func srcsetPattern() *regexp.Regexp {
	const cand = `https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+;=%]+(\s+[0-9]+(\.[0-9]+)?[wx])?`
	return regexp.MustCompile(`(?i)^\s*` + cand + `(\s*,\s*` + cand + `)*\s*$`)
}

// entityRefMax is the longest data-entity value a mark may carry.
const entityRefMax = 200

// entityRefPattern matches the data-entity values of marks: a Wikidata
// QID or an English Wikipedia title made of letters, digits, marks,
// underscores, spaces and common title punctuation. Quotes, angle
// brackets and backslashes are excluded.
func entityRefPattern() *regexp.Regexp {
	return regexp.MustCompile(`^[\p{L}\p{N}\p{M}_ .,:;'!?&()/+%\-–—]{1,200}$`)
}

// validEntityRef reports whether s may be a mark's data-entity value: it
// is entityRefPattern written out, so that Highlighted needs no regular
// expression (a test keeps the two in step).
func validEntityRef(s string) bool {
	n := 0
	for _, r := range s {
		if n++; n > entityRefMax || r == utf8.RuneError {
			return false
		}
		switch r {
		case '_', ' ', '.', ',', ':', ';', '\'', '!', '?', '&', '(', ')', '/', '+', '%', '-', '–', '—':
			continue
		}
		if r < utf8.RuneSelf {
			// The ASCII letters and digits are the ASCII of L, N and M.
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return false
			}
		} else if !unicode.In(r, unicode.L, unicode.N, unicode.M) {
			return false
		}
	}
	return n > 0
}

// keptElements are the elements of article bodies the policy keeps, with
// their attributes (mark is handled separately).
var keptElements = []string{
	"p", "div", "section", "article", "header", "footer", "main", "address",
	"h1", "h2", "h3", "h4", "h5", "h6",
	"ul", "ol", "li", "dl", "dt", "dd",
	"blockquote", "figure", "figcaption", "img", "a",
	"em", "strong", "b", "i", "u", "s", "small", "del", "ins", "sub", "sup",
	"span", "q", "cite", "dfn", "abbr", "time",
	"code", "kbd", "samp", "var", "pre", "br", "wbr", "hr",
	"ruby", "rt", "rp", "bdi", "bdo",
	"table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
}

// presentational elements are kept bare: harmless, and dropping them
// would leave spaces inside words. mark is kept bare or as a highlight.
var presentational = []string{"mark", "font", "big", "tt", "strike", "nobr", "center"}

// skippedElements are removed together with their content (from the
// parse tree, so an unclosed one ends where a browser ends it). The text
// of xmp and plaintext is kept, as text.
var skippedElements = []string{
	"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
	"svg", "math", "template", "noscript", "noembed", "noframes", "canvas",
	"audio", "video", "select", "textarea", "button", "title", "datalist",
	"head", "input",
}
