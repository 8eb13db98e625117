package article

import "strings"

// ldArticle is what the page's JSON-LD says about the article.
type ldArticle struct {
	title, headline, name string
	authors               []string
	published, modified   string
	siteName              string
	description           string
	lang                  string
	url                   string
	image                 *Image
}

// parseJSONLD returns the first article object found in the scripts:
// NewsArticle, Article, ReportageNewsArticle and the other article types,
// at top level, in arrays or in an @graph.
func parseJSONLD(scripts []string) *ldArticle {
	for _, s := range scripts {
		v, ok := decodeJSON(cleanJSON(s))
		if !ok {
			continue
		}
		if obj := findArticle(v, 0); obj != nil {
			return readLD(obj)
		}
	}
	return nil
}

// cleanJSON strips what pages wrap JSON-LD in (CDATA, HTML comments).
func cleanJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"//<![CDATA[", "//]]>"}} {
		if strings.HasPrefix(s, p[0]) {
			s = strings.TrimSuffix(strings.TrimPrefix(s, p[0]), p[1])
		}
	}
	return strings.TrimSuffix(strings.TrimSpace(s), ";")
}

// findArticle searches v breadth-first (bounded) for an article object.
func findArticle(v any, depth int) map[string]any {
	if depth > 4 {
		return nil
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if o := findArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(t["@type"]) {
			return t
		}
		if g, ok := t["@graph"]; ok {
			return findArticle(g, depth+1)
		}
		if me, ok := t["mainEntity"]; ok {
			return findArticle(me, depth+1)
		}
	}
	return nil
}

// articleTypes are the schema.org types that describe an article.
var articleTypes = []string{"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
	"OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
	"AdvertiserContentArticle", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle",
	"Report", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
	"TechArticle", "APIReference"}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		v = strings.TrimPrefix(strings.TrimPrefix(v, "http://schema.org/"), "https://schema.org/")
		for _, a := range articleTypes {
			if v == a {
				return true
			}
		}
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func readLD(o map[string]any) *ldArticle {
	a := &ldArticle{
		headline:    ldString(o["headline"]),
		name:        ldString(o["name"]),
		published:   ldString(o["datePublished"]),
		modified:    ldString(o["dateModified"]),
		description: ldString(o["description"]),
		lang:        ldString(o["inLanguage"]),
		url:         ldString(o["url"]),
		authors:     ldNames(o["author"], 0),
	}
	if a.published == "" {
		a.published = ldString(o["dateCreated"])
	}
	a.siteName = firstOf(ldNames(o["publisher"], 0))
	if a.url == "" {
		if me, ok := o["mainEntityOfPage"].(map[string]any); ok {
			a.url = ldString(me["@id"])
		} else {
			a.url = ldString(o["mainEntityOfPage"])
		}
	}
	a.image = ldImage(o["image"], 0)
	if a.image == nil {
		a.image = ldImage(o["thumbnailUrl"], 0)
	}
	return a
}

// ldString returns a string value, or the @value / first element of one.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return normText(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["@value"])
	}
	return ""
}

// ldNames returns the names in a Person/Organization value: a string, an
// object with "name", or an array of those.
func ldNames(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		if s := normText(t); s != "" && !strings.HasPrefix(s, "http") {
			return []string{s}
		}
	case map[string]any:
		if n := ldString(t["name"]); n != "" {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e, depth+1)...)
		}
		return out
	}
	return nil
}

// ldImage reads an ImageObject, a URL or an array of them.
func ldImage(v any, depth int) *Image {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(t); s != "" {
			return &Image{URL: s}
		}
	case map[string]any:
		u := ldString(t["url"])
		if u == "" {
			u = ldString(t["contentUrl"])
		}
		if u == "" {
			return nil
		}
		img := &Image{URL: u, Caption: ldString(t["caption"])}
		img.Credit = ldString(t["creditText"])
		if img.Credit == "" {
			img.Credit = firstOf(ldNames(t["copyrightHolder"], 0))
		}
		return img
	case []any:
		for _, e := range t {
			if img := ldImage(e, depth+1); img != nil {
				return img
			}
		}
	}
	return nil
}

func firstOf(s []string) string {
	if len(s) > 0 {
		return s[0]
	}
	return ""
}
