// Command annotate turns news articles into the newslens JSON model.
//
// Usage:
//
//	annotate [-format json|html|jsonld] [-url U] FILE|DIR|-
//	annotate -entities FILE|-
//
// The first form reads an HTML page (a ".txt" file is read as plain text
// with article.FromText; on standard input, text that does not start with
// "<" is plain text too) and writes one JSON object per input on standard
// output: title, byline, published, site_name, lang, url, image, html,
// highlighted, text, mentions and entities (see article.Article's
// MarshalJSON). A directory is walked recursively for .html, .htm and .txt
// files, in sorted order, and each file becomes one JSON line with an
// extra "file" field; a progress bar is drawn on standard error when it is
// a terminal.
//
// -format html writes a standalone page (inline styles, no scripts) with
// the highlighted article, its metadata, a legend of entity types (each
// with its name and its own underline style, not only a colour) and a
// table of the entities with their Wikidata and Wikipedia links; it takes
// a single input. -format jsonld writes schema.org NewsArticle JSON-LD
// (one compact line per file for a directory). -url gives the page's
// address, used to resolve relative links.
//
// The second form reads plain text and writes {"mentions": [...]} with
// byte offsets into the input exactly as given.
//
// Errors go to standard error; the exit status is 1 when an input failed
// and 2 for a usage error.
package main
