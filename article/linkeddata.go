package article

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/newslens/newslens/entities"
)

// aboutMax is the most entities listed under "about".
const aboutMax = 3

// aboutMinSalience is the salience an entity needs to be listed under
// "about" (the most salient entity is always listed).
const aboutMinSalience = 0.5

// JSONLD returns the article as schema.org NewsArticle JSON-LD: headline,
// description, author, datePublished, dateModified, publisher, image, url,
// inLanguage, and the named entities as "mentions" (every entity of
// Entities) and "about" (the few most salient ones). Entity items are
// typed Person, Organization or Place (groups and other names as Thing)
// and carry sameAs
// links to Wikidata (https://www.wikidata.org/wiki/QID) and English
// Wikipedia (https://en.wikipedia.org/wiki/Title) when known. Empty
// fields are left out.
func (a *Article) JSONLD() ([]byte, error) {
	doc := map[string]any{
		"@context": "https://schema.org",
		"@type":    "NewsArticle",
	}
	putString(doc, "headline", a.Title)
	putString(doc, "description", a.Description)
	putString(doc, "url", a.URL)
	putString(doc, "inLanguage", a.Lang)
	putString(doc, "datePublished", rfc3339(a.Published))
	putString(doc, "dateModified", rfc3339(a.Modified))
	if authors := outAuthors(a); len(authors) > 0 {
		doc["author"] = authors
	}
	if a.SiteName != "" {
		doc["publisher"] = map[string]any{"@type": "Organization", "name": a.SiteName}
	}
	if img := outImage(a.Image); img != nil {
		doc["image"] = img
	}
	var mentions, about []map[string]any
	for i, s := range a.Entities {
		item := outEntity(s.Entity)
		mentions = append(mentions, item)
		if i < aboutMax && (i == 0 || s.Salience >= aboutMinSalience) {
			about = append(about, item)
		}
	}
	if len(about) > 0 {
		doc["about"] = about
	}
	if len(mentions) > 0 {
		doc["mentions"] = mentions
	}
	return json.MarshalIndent(doc, "", "  ")
}

// putString sets doc[k] to v unless v is empty.
func putString(doc map[string]any, k, v string) {
	if v != "" {
		doc[k] = v
	}
}

// outAuthors returns Person items for the authors, or the byline.
func outAuthors(a *Article) []map[string]any {
	names := a.Authors
	if len(names) == 0 && a.Byline != "" {
		names = []string{strings.TrimPrefix(a.Byline, "By ")}
	}
	var out []map[string]any
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, map[string]any{"@type": "Person", "name": n})
		}
	}
	return out
}

// outImage returns an ImageObject for img, nil without a URL.
func outImage(img *Image) map[string]any {
	if img == nil || img.URL == "" {
		return nil
	}
	out := map[string]any{"@type": "ImageObject", "url": img.URL}
	putString(out, "caption", img.Caption)
	putString(out, "creditText", img.Credit)
	return out
}

// outEntity returns the schema.org item for an entity.
func outEntity(e entities.Entity) map[string]any {
	item := map[string]any{"@type": outType(e.Type), "name": e.Name}
	if item["name"] == "" {
		item["name"] = strings.ReplaceAll(e.Wikipedia, "_", " ")
	}
	putString(item, "description", e.Description)
	var same []string
	if e.ID != "" {
		item["identifier"] = e.ID
		same = append(same, "https://www.wikidata.org/wiki/"+url.PathEscape(e.ID))
	}
	if e.Wikipedia != "" {
		same = append(same, WikipediaURL(e.Wikipedia))
	}
	if len(same) > 0 {
		item["sameAs"] = same
	}
	return item
}

// outType maps an entity type to a schema.org type.
func outType(t entities.Type) string {
	switch t {
	case entities.Person:
		return "Person"
	case entities.Organization:
		return "Organization"
	case entities.Place:
		return "Place"
	}
	return "Thing"
}

// WikipediaURL returns the English Wikipedia URL of a title such as
// "Mustafa_Al-Kadhimi" (spaces become underscores; other characters are
// percent-encoded as a path segment).
func WikipediaURL(title string) string {
	t := strings.ReplaceAll(strings.TrimSpace(title), " ", "_")
	return "https://en.wikipedia.org/wiki/" + strings.ReplaceAll(url.PathEscape(t), "%2F", "/")
}
