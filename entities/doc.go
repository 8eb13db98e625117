// Package entities finds the named entities in plain text (people,
// organizations, places, nationality and political groups) and links each
// to a knowledge-base entry: a Wikidata QID and an English Wikipedia page.
//
// The package knows nothing of HTML: text in, mentions out.
package entities
