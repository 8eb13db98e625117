package article

// SCAFFOLD: replaced by the extraction work (issue 2). Signatures are the contract.

import (
	"io"

	"github.com/PuerkitoBio/goquery"
)

// Parse reads an HTML page and returns its article.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, err
	}
	return FromDocument(doc, opts...)
}

// FromDocument returns the article of an already parsed page.
func FromDocument(doc *goquery.Document, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	a := &Article{}
	h, _ := doc.Find("article").Html()
	return a, finish(a, h, cfg)
}
