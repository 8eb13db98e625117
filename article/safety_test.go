package article

// Structural safety rules for HTML that newslens hands to users, shared by
// the XSS, html5lib, limits and fuzz tests. The rules do not compare with
// any expected output: they parse the output the way a browser would when
// it is inserted into a page (a fragment in a <body>) and reject anything
// that can run script, load active content, submit data or hide a
// javascript:/vbscript:/data: URL.

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslens/newslens/entities"
)

// secViolation is one broken safety rule.
type secViolation struct {
	Rule   string
	Detail string
}

func (v secViolation) String() string { return v.Rule + ": " + v.Detail }

// secActiveElements run script, load documents or plugins, submit data,
// change how the rest of the page is parsed or styled, or switch the
// parser into foreign content (the usual mutation-XSS vehicle).
var secActiveElements = map[string]bool{
	"script": true, "style": true, "iframe": true, "frame": true, "frameset": true,
	"object": true, "embed": true, "applet": true, "param": true, "portal": true,
	"fencedframe": true, "form": true, "input": true, "button": true, "select": true,
	"option": true, "textarea": true, "keygen": true, "isindex": true, "base": true,
	"meta": true, "link": true, "template": true, "noscript": true, "noembed": true,
	"noframes": true, "xmp": true, "plaintext": true, "svg": true, "math": true,
	"title": true, "html": true, "head": true, "body": true, "slot": true,
	"dialog": true,
}

// secForbiddenAttrs are attributes with script, style, document or form
// semantics. on* handlers are matched by prefix in secCheckAttr.
var secForbiddenAttrs = map[string]bool{
	"style": true, "srcdoc": true, "formaction": true, "action": true, "form": true,
	"xmlns": true, "http-equiv": true, "is": true, "behavior": true,
	"autofocus": true, "contenteditable": true, "popover": true,
	"popovertarget": true, "attributename": true, "xml:base": true,
	// id and name let content clobber the host page's DOM globals.
	"id": true, "name": true,
}

// secURLAttrs hold URLs a browser may load or navigate to.
var secURLAttrs = map[string]bool{
	"href": true, "src": true, "srcset": true, "cite": true, "poster": true,
	"background": true, "action": true, "formaction": true, "data": true,
	"codebase": true, "longdesc": true, "usemap": true, "dynsrc": true,
	"lowsrc": true, "profile": true, "manifest": true, "icon": true, "ping": true,
	"classid": true, "archive": true, "itemtype": true, "xml:base": true,
}

// secBadSchemes must not appear anywhere in a URL attribute.
var secBadSchemes = []string{"javascript:", "vbscript:", "data:", "livescript:", "mocha:"}

// secCheckHTML returns every safety rule out breaks. out is what newslens
// returns as HTML (Sanitize, Article.HTML, Article.Highlighted).
func secCheckHTML(out string) []secViolation {
	var vs []secViolation
	add := func(rule, format string, args ...any) {
		vs = append(vs, secViolation{rule, fmt.Sprintf(format, args...)})
	}
	if !utf8.ValidString(out) {
		add("utf8", "output is not valid UTF-8")
	}
	if strings.ContainsRune(out, 0) {
		add("nul", "output contains NUL")
	}
	nodes, err := secParseFragment(out)
	if err != nil {
		add("parse", "%v", err)
		return vs
	}
	for _, n := range nodes {
		secWalk(n, func(n *html.Node) {
			switch n.Type {
			case html.ElementNode:
				vs = append(vs, secCheckElement(n)...)
			case html.CommentNode:
				if strings.Contains(n.Data, "[if") || strings.Contains(n.Data, "<![endif]") {
					add("conditional-comment", "%q", secClip(n.Data))
				}
			case html.DoctypeNode:
				add("doctype", "%q", n.Data)
			}
		})
	}
	if r1, r2, ok := secStable(nodes); !ok {
		add("unstable", "serialization changes when parsed again (mutation XSS risk): %q vs %q",
			secClip(r1), secClip(r2))
	}
	return vs
}

func secCheckElement(n *html.Node) []secViolation {
	var vs []secViolation
	name := strings.ToLower(n.Data)
	if n.Namespace != "" {
		vs = append(vs, secViolation{"foreign-element", n.Namespace + ":" + name})
	}
	if secActiveElements[name] {
		vs = append(vs, secViolation{"active-element", "<" + name + ">"})
	}
	var rel, target string
	for _, a := range n.Attr {
		vs = append(vs, secCheckAttr(name, a)...)
		switch strings.ToLower(a.Key) {
		case "rel":
			rel = strings.ToLower(a.Val)
		case "target":
			target = strings.ToLower(a.Val)
		}
	}
	if target != "" && target != "_self" && !strings.Contains(rel, "noopener") {
		vs = append(vs, secViolation{"target-without-noopener", fmt.Sprintf("<%s target=%q rel=%q>", name, target, rel)})
	}
	return vs
}

func secCheckAttr(elem string, a html.Attribute) []secViolation {
	key := strings.ToLower(a.Key)
	where := fmt.Sprintf("<%s %s=%q>", elem, a.Key, secClip(a.Val))
	switch {
	case a.Namespace != "":
		return []secViolation{{"namespaced-attr", a.Namespace + ":" + where}}
	case strings.HasPrefix(key, "on"):
		return []secViolation{{"event-handler", where}}
	case secForbiddenAttrs[key], strings.HasPrefix(key, "xmlns:"), strings.HasPrefix(key, "xlink:"):
		return []secViolation{{"forbidden-attr", where}}
	case key == "class":
		// Only the highlight classes: content must not borrow the host
		// page's classes to dress itself up as the page (UI redress).
		for _, c := range strings.Fields(a.Val) {
			if !strings.HasPrefix(c, "nl-") {
				return []secViolation{{"foreign-class", where}}
			}
		}
	case secURLAttrs[key]:
		if msg := secCheckURL(key, a.Val); msg != "" {
			return []secViolation{{"url", msg + " in " + where}}
		}
	}
	return nil
}

// secCheckURL returns why v is not a safe URL attribute value, or "".
// The value is entity-decoded again (the parser decoded it once; a second
// pass catches double-encoding), stripped of whitespace, controls and
// invisible format characters, then searched for dangerous schemes
// anywhere, and each URL in it must be relative or http(s)/mailto.
func secCheckURL(key, v string) string {
	d := v
	for range 4 {
		u := html.UnescapeString(d)
		if u == d {
			break
		}
		d = u
	}
	d = strings.ToLower(secStripInvisible(d))
	for _, bad := range secBadSchemes {
		for i := 0; ; {
			j := strings.Index(d[i:], bad)
			if j < 0 {
				break
			}
			j += i
			if j == 0 || !secIsAlnum(d[j-1]) {
				return "dangerous scheme " + strings.TrimSuffix(bad, ":")
			}
			i = j + 1
		}
	}
	urls := []string{strings.TrimSpace(v)}
	if key == "srcset" {
		urls = urls[:0]
		for _, c := range strings.Split(v, ",") {
			if f := strings.Fields(c); len(f) > 0 {
				urls = append(urls, f[0])
			}
		}
	}
	for _, u := range urls {
		if s := secScheme(u); s != "" && s != "http" && s != "https" && s != "mailto" {
			return "scheme " + s
		}
	}
	return ""
}

// secScheme returns the lower-cased scheme of u as a browser's URL parser
// sees it (C0 controls and spaces trimmed, tab and newline removed), ""
// for a relative URL.
func secScheme(u string) string {
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	u = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(u)
	i := strings.IndexAny(u, ":/?#")
	if i <= 0 || u[i] != ':' {
		return ""
	}
	s := u[:i]
	for k := 0; k < len(s); k++ {
		c := s[k] | 0x20
		ok := c >= 'a' && c <= 'z' || k > 0 && (s[k] >= '0' && s[k] <= '9' || s[k] == '+' || s[k] == '-' || s[k] == '.')
		if !ok {
			return ""
		}
	}
	return strings.ToLower(s)
}

func secStripInvisible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
}

func secIsAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// secParseFragment parses s as the content of a <body>, which is how a
// page embeds newslens output.
func secParseFragment(s string) ([]*html.Node, error) {
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	return html.ParseFragment(strings.NewReader(s), ctx)
}

// secStable reports whether rendering the parsed nodes and parsing that
// again gives the same serialization; output that changes meaning on a
// second parse is how mutation XSS slips past sanitizers.
func secStable(nodes []*html.Node) (string, string, bool) {
	r1 := secRender(nodes)
	again, err := secParseFragment(r1)
	if err != nil {
		return r1, err.Error(), false
	}
	r2 := secRender(again)
	return r1, r2, r1 == r2
}

func secRender(nodes []*html.Node) string {
	var b strings.Builder
	for _, n := range nodes {
		_ = html.Render(&b, n)
	}
	return b.String()
}

func secWalk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		secWalk(c, f)
	}
}

// secTextContent is the concatenated text of all text nodes of s parsed
// as a body fragment: what a reader sees, without any block separators.
func secTextContent(s string) string {
	nodes, err := secParseFragment(s)
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, n := range nodes {
		secWalk(n, func(n *html.Node) {
			if n.Type == html.TextNode {
				b.WriteString(n.Data)
			}
		})
	}
	return b.String()
}

func secClip(s string) string {
	const max = 160
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// secTally counts inputs tried and passed for one corpus and function and
// reports the first few violations in full.
type secTally struct {
	t      testing.TB
	name   string
	tried  int
	passed int
	shown  int
}

func newSecTally(t testing.TB, name string) *secTally { return &secTally{t: t, name: name} }

// record counts one input; vs are its violations (none means passed).
func (s *secTally) record(input string, vs []secViolation) {
	s.t.Helper()
	s.tried++
	if len(vs) == 0 {
		s.passed++
		return
	}
	if s.shown < 10 {
		s.shown++
		s.t.Errorf("%s: input %q:\n\t%v", s.name, secClip(input), vs)
	}
}

func (s *secTally) log() {
	s.t.Helper()
	s.t.Logf("%-40s tried %5d  passed %5d", s.name, s.tried, s.passed)
	if s.passed != s.tried {
		s.t.Errorf("%s: %d of %d inputs broke a safety rule", s.name, s.tried-s.passed, s.tried)
	}
}

// secCheckSanitized checks out as Sanitize output: safe, valid UTF-8 and a
// fixed point of Sanitize.
func secCheckSanitized(out string) []secViolation {
	vs := secCheckHTML(out)
	// newslens renders its output from a parse tree, so parsing and
	// rendering it again must give it back byte for byte: a tree the
	// parser cannot reproduce changes meaning when a page embeds it.
	if nodes, err := secParseFragment(out); err == nil {
		if r := secRender(nodes); r != out {
			vs = append(vs, secViolation{"unstable", "parse+render changes the output (mutation XSS risk): " + secDiff(out, r)})
		}
	}
	if again := Sanitize(out); again != out {
		vs = append(vs, secViolation{"idempotence", "Sanitize(out) != out: " + secDiff(out, again)})
	}
	return vs
}

func TestSecCheckerRejects(t *testing.T) {
	bad := []string{
		`<script>alert(1)</script>`,
		`<img src=x onerror=alert(1)>`,
		`<a href="javascript:alert(1)">x</a>`,
		`<a href="jav&#x09;ascript:alert(1)">x</a>`,
		`<a href="&#106;avascript:alert(1)">x</a>`,
		`<a href="  JaVaScRiPt:alert(1)">x</a>`,
		`<a href="java&#0;script:alert(1)">x</a>`,
		`<a href="https://x.example/?u=javascript:alert(1)">x</a>`,
		`<a href="vbscript:msgbox(1)">x</a>`,
		`<img src="data:image/svg+xml;base64,PHN2Zz4=">`,
		`<img srcset="https://a.example/a.png 1x, data:image/png;base64,AA 2x">`,
		`<a href="&amp;#106;avascript:alert(1)">x</a>`,
		`<a href="ftp://a.example/">x</a>`,
		`<p style="color:red">x</p>`,
		`<svg><a xlink:href="https://a.example">x</a></svg>`,
		`<math><mi>x</mi></math>`,
		`<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`,
		`<form action="https://a.example"><button formaction="https://a.example">x</button></form>`,
		`<base href="https://evil.example/">`,
		`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
		`<link rel="stylesheet" href="https://evil.example/x.css">`,
		`<object data="https://evil.example/x.swf"></object>`,
		`<table background="javascript:alert(1)"><tr><td>x</td></tr></table>`,
		`<a href="https://a.example" target="_blank">x</a>`,
		`<p id="location">x</p>`, `<img name="cookie" src="https://a.example/a.png">`,
		`<div class="modal-backdrop">x</div>`,
		`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
		`<template><script>alert(1)</script></template>`,
		"bad \xff utf8",
		`<!--[if IE]><script>alert(1)</script><![endif]-->`,
	}
	for _, s := range bad {
		if len(secCheckHTML(s)) == 0 {
			t.Errorf("checker accepted unsafe %q", s)
		}
	}
}

func TestSecCheckerAccepts(t *testing.T) {
	good := []string{
		`<p>Plain <b>bold</b> &amp; <i>italic</i> text &lt;script&gt;</p>`,
		`<a href="https://news.example/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">link</a>`,
		`<a href="mailto:desk@news.example">mail</a>`,
		`<a href="/relative/path#frag">rel</a>`,
		`<a href="https://news.example/metadata:x">metadata</a>`,
		`<img src="https://img.example/a.jpg" alt="x" srcset="https://img.example/a.jpg 1x, https://img.example/b.jpg 2x">`,
		`<a href="https://a.example" target="_blank" rel="noopener">x</a>`,
		`<figure><img src="https://img.example/a.jpg"><figcaption>Cap (AP Photo)</figcaption></figure>`,
		`<mark class="nl-entity nl-person" data-type="Person" data-entity="Q1" data-mention="0">Ann</mark>`,
		`<table><tbody><tr><td>1</td></tr></tbody></table>`,
		`<blockquote cite="https://a.example/">q</blockquote>`,
	}
	for _, s := range good {
		if vs := secCheckHTML(s); len(vs) != 0 {
			t.Errorf("checker rejected safe %q: %v", s, vs)
		}
	}
}

// secWordSpans returns the byte spans of the letter-and-digit runs of s.
func secWordSpans(s string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}

// secWords returns the letter-and-digit runs of s.
func secWords(s string) []string {
	var ws []string
	for _, sp := range secWordSpans(s) {
		ws = append(ws, s[sp[0]:sp[1]])
	}
	return ws
}

// secLetters keeps only the letters and digits of s, so that text can be
// compared regardless of where whitespace or block breaks were put.
func secLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// secHostileEntity carries markup and script URLs in every free-text field:
// a custom knowledge base is input too.
var secHostileEntity = &entities.Entity{
	ID:          `"><script>alert(1)</script>`,
	Wikipedia:   `javascript:alert(1)//"onmouseover="alert(1)`,
	Name:        `<img src=x onerror=alert(1)>`,
	Description: `</mark><script>alert(1)</script><mark>`,
	Type:        entities.Person,
	Kind:        `' onfocus='alert(1)`,
}

var secEntities = []*entities.Entity{
	nil,
	{ID: "Q42", Wikipedia: "Douglas_Adams", Name: "Douglas Adams", Type: entities.Person},
	secHostileEntity,
	{Wikipedia: "Baghdad", Name: "Baghdad", Type: entities.Place},
}

var secTypes = []entities.Type{
	entities.Person, entities.Organization, entities.Place, entities.Group, entities.Misc,
}

// secMentions makes well-formed synthetic mentions over text: runs of one
// to three words (so some cross element and block boundaries) separated
// by one unmarked word, linked to plain, missing and hostile entities.
func secMentions(text string) []entities.Mention {
	words := secWordSpans(text)
	var ms []entities.Mention
	for i, k := 0, 0; i < len(words); k++ {
		j := min(i+k%3, len(words)-1)
		s, e := words[i][0], words[j][1]
		ms = append(ms, entities.Mention{
			Start: s, End: e, Text: text[s:e],
			Type:   secTypes[k%len(secTypes)],
			Entity: secEntities[k%len(secEntities)],
			Score:  0.5,
		})
		i = j + 2
	}
	return ms
}

// secArticleChecks are the checks of one article's outputs, each with its
// own tally name suffix.
type secArticleResult struct {
	HTML, Highlighted, Marked []secViolation
	Marks                     int
}

// secCheckArticle checks an article's HTML, its Highlighted() output with
// the linker's mentions and again with synthetic mentions, its text and
// its URL metadata.
func secCheckArticle(a *Article) secArticleResult {
	var r secArticleResult
	r.HTML = secCheckSanitized(a.HTML)
	if !utf8.ValidString(a.Text) {
		r.HTML = append(r.HTML, secViolation{"utf8", "Text is not valid UTF-8"})
	}
	r.HTML = append(r.HTML, secCheckMeta(a)...)
	r.Highlighted = secCheckHighlighted(a)
	saved := a.Mentions
	a.Mentions = secMentions(a.Text)
	r.Marked = secCheckHighlighted(a)
	if len(a.Mentions) > 0 {
		r.Marks = strings.Count(a.Highlighted(), "<mark")
	}
	a.Mentions = saved
	return r
}

func secCheckHighlighted(a *Article) []secViolation {
	h := a.Highlighted()
	vs := secCheckSanitized(h)
	if ht, at := secTextContent(h), secTextContent(a.HTML); ht != at {
		vs = append(vs, secViolation{"highlight-text", fmt.Sprintf("text of Highlighted() differs from text of HTML:\n\t%q\n\t%q", secClip(ht), secClip(at))})
	}
	return vs
}

// secCheckMeta checks the metadata a page embeds as URLs or text.
func secCheckMeta(a *Article) []secViolation {
	var vs []secViolation
	urls := map[string]string{"URL": a.URL}
	if a.Image != nil {
		urls["Image.URL"] = a.Image.URL
		for k, v := range map[string]string{"Image.Caption": a.Image.Caption, "Image.Credit": a.Image.Credit} {
			if !utf8.ValidString(v) {
				vs = append(vs, secViolation{"utf8", k})
			}
		}
	}
	for k, u := range urls {
		if s := secScheme(u); s != "" && s != "http" && s != "https" {
			vs = append(vs, secViolation{"meta-url", fmt.Sprintf("%s has scheme %q: %q", k, s, secClip(u))})
		}
	}
	for k, v := range map[string]string{"Title": a.Title, "Byline": a.Byline, "SiteName": a.SiteName, "Description": a.Description, "Lang": a.Lang} {
		if !utf8.ValidString(v) {
			vs = append(vs, secViolation{"utf8", k})
		}
	}
	return vs
}

// secDiff shows a and b around their first difference.
func secDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-60)
	cut := func(s string) string {
		return secClip(strings.ToValidUTF8(s[min(from, len(s)):min(i+100, len(s))], ""))
	}
	return fmt.Sprintf("at byte %d:\n\t  got %q\n\tagain %q", i, cut(a), cut(b))
}
