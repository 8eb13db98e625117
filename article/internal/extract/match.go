package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id fragments, matched against lower-cased "class id" strings.
// They follow Mozilla Readability's patterns; plain substring tests keep
// start-up free of regular expressions.
var (
	unlikelyWords = []string{"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
		"community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends",
		"menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
		"social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
		"popup", "yom-remote", "cookie", "consent", "newsletter"}
	// neverContentWords are stripped even on lenient retries: a short
	// article must not give way to the comment thread below it.
	// They are matched as whole parts of a class or id ("comments-area",
	// "disqus_thread"), so that "commented" does not count.
	neverContentWords = []string{"comment", "comments", "disqus", "respond", "cookie", "cookies", "consent", "gdpr"}
	maybeWords        = []string{"and", "article", "body", "column", "content", "main", "mathjax", "shadow"}
	positiveWords     = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main",
		"page", "pagination", "post", "text", "blog", "story"}
	negativeWords = []string{"-ad-", "banner", "combx", "comment", "com-", "contact", "footer",
		"gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
		"shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"}
	bylineWords = []string{"byline", "author", "dateline", "writtenby", "p-author"}
	videoHosts  = []string{"dailymotion.com", "youtube.com", "youtube-nocookie.com",
		"player.vimeo.com", "v.qq.com", "bilibili.com", "archive.org", "upload.wikimedia.org",
		"player.twitch.tv"}
	unlikelyRoles = []string{"menu", "menubar", "complementary", "navigation", "alert",
		"alertdialog", "dialog"}
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether w occurs in s delimited by non-word characters
// (or "_"), like the \b-anchored patterns of Readability.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !isWordByte(s[j-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isNegative: the negative pattern, including the whole word "hid".
func isNegative(s string) bool {
	return containsAny(s, negativeWords) || strings.Contains(s, "hidden") || hasWord(s, "hid")
}

// classWeight scores class and id: -25 for each negative, +25 for each
// positive one.
func classWeight(n *html.Node) int {
	w := 0
	for _, v := range [2]string{attr(n, "class"), attr(n, "id")} {
		if v == "" {
			continue
		}
		v = strings.ToLower(v)
		if isNegative(v) {
			w -= 25
		}
		if containsAny(v, positiveWords) {
			w += 25
		}
	}
	return w
}

// isShare matches share bars: "share" or "sharedaddy" as a word.
func isShare(s string) bool {
	return hasWord(s, "share") || hasWord(s, "sharedaddy") || hasWord(s, "sharing")
}

// isVideoURL reports whether s points at a known video player.
func isVideoURL(s string) bool {
	return containsAny(strings.ToLower(s), videoHosts)
}

// isAdOrLoading reports text that is only an ad label or a loading note.
func isAdOrLoading(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSuffix(s, "…"), "..."), unicode.IsSpace)
	switch s {
	case "ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告",
		"реклама", "anuncio", "loading", "正在加载", "загрузка", "chargement", "cargando":
		return true
	}
	return false
}

// phrasing elements (Readability's PHRASING_ELEMS).
func isPhrasingTag(a atom.Atom) bool {
	switch a {
	case atom.Abbr, atom.Audio, atom.B, atom.Bdo, atom.Br, atom.Button, atom.Cite, atom.Code,
		atom.Data, atom.Datalist, atom.Dfn, atom.Em, atom.Embed, atom.I, atom.Img, atom.Input,
		atom.Kbd, atom.Label, atom.Mark, atom.Math, atom.Meter, atom.Noscript, atom.Object,
		atom.Output, atom.Progress, atom.Q, atom.Ruby, atom.Samp, atom.Script, atom.Select,
		atom.Small, atom.Span, atom.Strong, atom.Sub, atom.Sup, atom.Textarea, atom.Time,
		atom.Var, atom.Wbr, atom.U, atom.S, atom.Font, atom.Tt, atom.Big, atom.Strike:
		return true
	}
	return false
}

// isDivToPBlock: elements whose presence keeps a div from becoming a p.
func isDivToPBlock(a atom.Atom) bool {
	switch a {
	case atom.Blockquote, atom.Dl, atom.Div, atom.Img, atom.Ol, atom.P, atom.Pre, atom.Table, atom.Ul:
		return true
	}
	return false
}

// isHeading reports h1-h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isTextish: elements whose text counts as content in cleaning.
func isTextish(a atom.Atom) bool {
	return a == atom.Span || a == atom.Li || a == atom.Td || isDivToPBlock(a)
}

// isCommaRune matches the commas of many scripts.
func isCommaRune(r rune) bool {
	switch r {
	case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
		return true
	}
	return false
}

// hasPart reports whether a class or id of s, split at spaces, hyphens
// and underscores, is one of words. It splits by bytes, without building
// the parts: the separators are ASCII.
func hasPart(s string, words []string) bool {
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' && s[i] != '-' && s[i] != '_' {
			continue
		}
		if i > start && isOneOf(s[start:i], words) {
			return true
		}
		start = i + 1
	}
	return false
}

func isOneOf(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}
