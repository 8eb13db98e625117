// Package entities finds the named entities in plain text (people,
// organizations, places, nationality and political groups) and links each
// to a knowledge-base entry: a Wikidata QID and an English Wikipedia page.
//
// The package knows nothing of HTML: text in, mentions out.
//
// # Knowledge base
//
// DefaultKB is a knowledge base of over 200,000 entities embedded in the
// package and decoded on first use: countries and territories with their
// names in many spellings and their nationality words ("Iraqi" and
// "Iraqis" name Iraq as a Group), first-level regions, cities (GeoNames
// places of 1,000 people or more, ranked by population), heads of state
// and government, US legislators and presidents, political parties, armed
// groups, international organizations, news agencies and media, companies,
// and popular Wikipedia titles. Each entity has a Wikidata QID where a
// source gives one, an English Wikipedia title, a type, a finer kind
// ("city", "head of government", "news agency"), a country and a prior
// (popularity) that ranks the entities sharing an alias.
//
// Aliases are matched on normalized tokens: case, accents, apostrophes and
// periods are ignored and a hyphen joining two words is optional, so
// "al-Kadhemi", "Al Kadhemi" and "al-Kadhemi's" find the same entity and
// "Tehran-backed" finds Tehran. Capitalization still counts where it
// separates names from words: "US" needs capitals (not the pronoun "us"),
// and "Mobile" or "Nice" need their capital letter.
//
// LoadKB reads a knowledge base from a documented tab-separated text
// format (see KB), and KB.Merge adds one to another, so applications can
// extend the default knowledge base with their own entities or replace it:
//
//	extra, err := entities.LoadKB(strings.NewReader(
//		"\t\tAcme Widgets\tOrganization\tcompany\tUS\t\t150\t\tAcme\n"))
//	if err != nil { ... }
//	kb, err := entities.DefaultKB().Merge(extra)
//	if err != nil { ... }
//	linker := entities.New(kb)
//
// The embedded knowledge base is derived from ODbL, CC BY 4.0, CC0 and MIT
// licensed data sets and is offered under the Open Database License; see
// the NOTICE file for attribution.
package entities
