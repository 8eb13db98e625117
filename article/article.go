package article

import (
	"time"

	"github.com/newslens/newslens/entities"
)

// Article is the clean model of one news article.
type Article struct {
	Title  string
	Byline string
	// Authors are the individual author names when the page lists them.
	Authors   []string
	Published time.Time
	Modified  time.Time
	SiteName  string
	// Lang is the BCP 47 language tag of the page ("en", "en-US").
	Lang string
	// URL is the canonical URL of the article.
	URL         string
	Description string
	// Image is the lead image, nil when the page has none.
	Image *Image

	// HTML is the sanitized article body (see Sanitize).
	HTML string
	// Text is the plain text of HTML: blocks separated by a blank line,
	// whitespace normalized.
	Text string
	// Mentions are the entity mentions in Text (byte offsets into Text).
	Mentions []entities.Mention
	// Entities summarizes Mentions by entity, most salient first.
	Entities []entities.Summary

	// body is the parsed sanitized tree with the offset map that produced
	// Text; Highlighted reuses it so offsets always agree.
	body *body
}

// Image is a picture with its caption and photo credit.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}
