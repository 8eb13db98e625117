package article

import (
	"golang.org/x/net/html"

	"github.com/newslens/newslens/entities"
)

// finish fills the body-derived fields of a from the unsanitized article
// body HTML: sanitized HTML, text with its offset map, and entities.
func finish(a *Article, bodyHTML string, cfg *config) error {
	h, b, err := sanitizeBody(bodyHTML)
	if err != nil {
		return err
	}
	fillBody(a, h, b, cfg)
	return nil
}

// finishContent is finish for the body HTML that n's children render to,
// without rendering it when it can (see sanitizeContent).
func finishContent(a *Article, n *html.Node, cfg *config) error {
	h, b, err := sanitizeContent(n)
	if err != nil {
		return err
	}
	fillBody(a, h, b, cfg)
	return nil
}

// fillBody sets the sanitized HTML h, its body b and text, and the
// entities found in the text.
func fillBody(a *Article, h string, b *body, cfg *config) {
	a.HTML, a.body, a.Text = h, b, b.text
	if cfg.linker != nil && a.Text != "" {
		a.Mentions = cfg.linker.Find(a.Text)
		a.Entities = entities.Summarize(a.Text, a.Mentions)
	}
}
