//go:build !(js && wasm)

// Command goquery shows scraping and parsing with one parsed page: the
// page is loaded once into a goquery.Document, the scraper selects what it
// needs with goquery, and article.FromDocument turns the same document
// into an article with its entities, without parsing the HTML again.
//
// Usage:
//
//	go run ./examples/goquery [FILE]
//
// It reads FILE, or standard input without one. In real use the page
// would come from an HTTP response: pass resp.Body (from net/http) to
// goquery.NewDocumentFromReader and the page's URL to article.WithURL.
// This example stays offline.
//
// It is not built for js/wasm, where article.FromDocument is left out.
package main
