// Package article turns a scraped news page into a clean model of the
// article: metadata, sanitized HTML, plain text and the named entities in
// the text, each linked to a knowledge-base entry.
package article
