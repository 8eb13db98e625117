package article

import (
	"encoding/json"
	"time"

	"github.com/newslens/newslens/entities"
)

// articleJSON is the wire form of an Article: the CLI output and what the
// JavaScript API returns.
type articleJSON struct {
	Title       string             `json:"title"`
	Byline      string             `json:"byline"`
	Authors     []string           `json:"authors"`
	Published   string             `json:"published"`
	Modified    string             `json:"modified"`
	SiteName    string             `json:"site_name"`
	Lang        string             `json:"lang"`
	URL         string             `json:"url"`
	Description string             `json:"description"`
	Image       *Image             `json:"image"`
	HTML        string             `json:"html"`
	Highlighted string             `json:"highlighted"`
	Text        string             `json:"text"`
	Mentions    []entities.Mention `json:"mentions"`
	Entities    []entities.Summary `json:"entities"`
}

// MarshalJSON encodes the article with the fields of the command-line
// output: title, byline, authors, published and modified (RFC 3339,
// omitted when unknown), site_name, lang, url, description, image {url,
// caption, credit} (null when there is none), html, highlighted (see
// Highlighted), text, mentions [{start, end, text, type, id, wikipedia,
// score}] with byte offsets into text, and entities [{id, wikipedia, name,
// description, type, kind, count, salience}]. Times are "" and lists are
// [] when empty, never null, so the shape is always the same. It has a
// value receiver so that Article values encode the same way as pointers.
func (a Article) MarshalJSON() ([]byte, error) {
	w := articleJSON{
		Title:       a.Title,
		Byline:      a.Byline,
		Authors:     nonNil(a.Authors),
		Published:   rfc3339(a.Published),
		Modified:    rfc3339(a.Modified),
		SiteName:    a.SiteName,
		Lang:        a.Lang,
		URL:         a.URL,
		Description: a.Description,
		Image:       a.Image,
		HTML:        a.HTML,
		Highlighted: a.Highlighted(),
		Text:        a.Text,
		Mentions:    nonNil(a.Mentions),
		Entities:    nonNil(a.Entities),
	}
	return json.Marshal(w)
}

// rfc3339 formats t, "" when it is zero.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// nonNil returns s, or an empty slice for nil so that it encodes as [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
