package article

// SCAFFOLD: replaced by the sanitize/text/highlight work (issues 2 and 6).

import "strings"

// body is the sanitized article tree with the offset map between Text and
// the tree's text nodes.
type body struct {
	text string
}

func newBody(sanitized string) (*body, error) { return &body{text: sanitized}, nil }

// Sanitize cleans HTML with the article policy.
func Sanitize(html string) string { return html }

// FromText builds an article from plain text.
func FromText(s string, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	a := &Article{}
	return a, finish(a, "<p>"+strings.TrimSpace(s)+"</p>", cfg)
}

// Highlighted returns HTML with every mention marked.
func (a *Article) Highlighted() string { return a.HTML }
