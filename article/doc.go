// Package article turns a scraped news page into a clean model of the
// article: metadata, sanitized HTML, plain text and the named entities in
// the text, each linked to a knowledge-base entry.
//
// # Entry points
//
// Parse reads a page from an io.Reader; FromDocument takes a page already
// parsed with goquery and FromNode one parsed with golang.org/x/net/html
// (FromDocument is left out of js/wasm builds, where goquery's net/http
// import would add megabytes); FromText takes plain text laid out as a
// headline, an optional photo caption with a trailing credit, and
// paragraphs:
//
//	a, err := article.Parse(r, article.WithURL("https://example.com/news/1"))
//	if err != nil {
//		return err // test with errors.Is(err, article.ErrTooLarge) etc.
//	}
//	fmt.Println(a.Title, a.Published.Format(time.RFC3339))
//	for _, m := range a.Mentions {
//		fmt.Println(a.Text[m.Start:m.End], m.Type)
//	}
//
// # What Parse does
//
//  1. Decodes the page to UTF-8 from its BOM, <meta charset> or http-equiv
//     declaration (windows-1252, ISO-8859-x, Shift_JIS, GBK, ...); built
//     for js/wasm, it leaves the multi-byte charsets to the host's
//     TextDecoder, which keeps their tables out of the module.
//  2. Reads metadata with a fixed precedence: JSON-LD (NewsArticle, Article,
//     ReportageNewsArticle, also inside @graph) over OpenGraph and Twitter
//     cards over <meta> over <time> and byline elements over heuristics.
//  3. Finds the main content with readability-style scoring in one bottom-up
//     pass, dropping navigation, headers, footers, sidebars, share bars,
//     related links, cookie banners, ads, forms and comments, and makes
//     relative URLs absolute against WithURL or the canonical URL.
//  4. Sanitizes the content with the article policy (see Sanitize) into
//     Article.HTML, and walks that tree once to produce Article.Text and the
//     offset map that Highlighted reuses.
//  5. Finds entity mentions in Text with the linker (entities.Default unless
//     WithLinker says otherwise) and summarizes them into Article.Entities.
//
// The article's JSON form (MarshalJSON) is the one the annotate CLI prints
// and the WebAssembly build returns; JSONLD gives schema.org NewsArticle
// linked data with Wikidata and Wikipedia sameAs links.
//
// # Security
//
// Article.HTML and Highlighted are safe to insert into a page: the article
// policy removes scripts, styles, frames, embedded objects, forms, SVG and
// MathML, event handlers and style attributes, and keeps only http(s) and
// mailto links (with rel="nofollow noopener noreferrer") and http(s)
// images. Output is balanced, valid UTF-8 and a fixed point of Sanitize.
// The policy is tested against the DOMPurify, H5SC and payloadbox XSS
// corpora, structurally and in a real browser.
//
// Hostile input is bounded: WithMaxBytes (default 64 MiB) and WithMaxDepth
// (default 512, the HTML parser's own ceiling) turn oversized or overdeep
// pages into ErrTooLarge and ErrTooDeep; binary input gives ErrNotHTML.
// Every stage runs in time and memory linear in the input, and nothing
// panics across the API.
//
// # Concurrency
//
// Parse, FromDocument, FromText and Sanitize are safe for concurrent use;
// an Article is immutable after it is returned and Highlighted may be
// called from several goroutines.
package article
