package article

import "github.com/newslens/newslens/entities"

// finish fills the body-derived fields of a from the unsanitized article
// body HTML: sanitized HTML, text with its offset map, and entities.
func finish(a *Article, bodyHTML string, cfg *config) error {
	h, b, err := sanitizeBody(bodyHTML)
	if err != nil {
		return err
	}
	a.HTML, a.body, a.Text = h, b, b.text
	if cfg.linker != nil && a.Text != "" {
		a.Mentions = cfg.linker.Find(a.Text)
		a.Entities = entities.Summarize(a.Text, a.Mentions)
	}
	return nil
}
