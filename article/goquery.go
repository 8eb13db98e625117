//go:build !(js && wasm)

package article

// FromDocument is left out of js/wasm builds: goquery imports net/http,
// whose initialization links about 1.6 MB of networking and TLS code into
// the WebAssembly module, which JavaScript callers never use. Go programs
// built for js/wasm pass doc.Nodes[0] to FromNode instead.

import "github.com/PuerkitoBio/goquery"

// FromDocument returns the article of an already parsed page, for
// callers that scraped it with goquery. The document is not modified
// (extraction works on a copy); its Url, when set, stands in for WithURL.
// Errors are those of Parse, except ErrTooLarge and ErrNotHTML.
//
// FromDocument is not part of js/wasm builds; use FromNode(doc.Nodes[0])
// there.
func FromDocument(doc *goquery.Document, opts ...Option) (*Article, error) {
	if doc == nil || doc.Selection == nil || len(doc.Nodes) == 0 {
		return nil, errEmpty
	}
	cfg := newConfig(opts)
	if cfg.url == "" && doc.Url != nil {
		cfg.url = doc.Url.String()
	}
	return fromTree(doc.Nodes[0], cfg)
}
