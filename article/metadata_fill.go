package article

import (
	"html"
	"strings"
)

// fillMeta sets the metadata fields of a, each from the first source
// that has it: JSON-LD, then OpenGraph/Twitter and other <meta> tags, then
// <time> elements and the <title> heuristics.
func fillMeta(a *Article, pm *pageMeta, ld *ldArticle) {
	if ld == nil {
		ld = &ldArticle{}
	}
	unescapeLD(ld)
	a.SiteName = firstNonEmpty(ld.siteName, pm.first("og:site_name", "application-name"))
	pageTitle := pm.pageTitle()
	a.Title = firstNonEmpty(pickLDTitle(ld, pageTitle, a.SiteName),
		pm.first("dc:title", "dcterm:title", "dcterms:title", "og:title", "weibo:article:title",
			"weibo:webpage:title", "title", "twitter:title", "parsely-title", "headline"),
		pageTitle)
	a.Title = stripSiteSuffix(a.Title, a.SiteName)
	a.Authors = ld.authors
	a.Byline = strings.Join(ld.authors, ", ")
	if a.Byline == "" {
		a.Byline = metaAuthor(pm)
	}
	a.Published = firstTime(ld.published, pm.first("article:published_time", "parsely-pub-date",
		"og:published_time", "datepublished", "published_time", "pubdate", "publishdate",
		"publish-date", "dc:date", "dcterms:created", "dc:date.issued", "date", "sailthru.date"),
		firstOf(pm.articleTimes), firstOf(pm.times))
	a.Modified = firstTime(ld.modified, pm.first("article:modified_time", "og:updated_time",
		"datemodified", "last-modified", "dcterms:modified"))
	a.Lang = firstNonEmpty(pm.lang, pm.first("content-language"), ld.lang, locale(pm.first("og:locale")))
	a.URL = firstNonEmpty(pm.canonical, pm.first("og:url"), ld.url)
	a.Description = firstNonEmpty(ld.description, pm.first("og:description", "twitter:description",
		"description", "dc:description", "dcterm:description"))
}

// metaAuthor returns the author from <meta>, skipping profile URLs.
func metaAuthor(pm *pageMeta) string {
	for _, k := range []string{"dc:creator", "dcterm:creator", "author", "parsely-author", "article:author", "og:article:author", "sailthru.author"} {
		if v := pm.values[k]; v != "" && !strings.HasPrefix(v, "http") {
			return v
		}
	}
	return ""
}

// cleanByline trims a byline element's text: "By Jane Doe" -> "Jane Doe",
// "Jane Doe • 8h" -> "Jane Doe".
func cleanByline(s string) string {
	s = normText(s)
	for _, sep := range []string{" • ", " | ", " · "} {
		if before, _, ok := strings.Cut(s, sep); ok && before != "" {
			s = before
		}
	}
	for _, p := range []string{"By ", "by ", "BY ", "Par ", "Von ", "Por "} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// splitAuthors splits "A, B and C" into names.
func splitAuthors(byline string) []string {
	s := strings.ReplaceAll(byline, " and ", ", ")
	s = strings.ReplaceAll(s, " & ", ", ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && wordCount(p) <= 5 {
			out = append(out, p)
		}
	}
	return out
}

// locale turns "en_US" into "en-US".
func locale(s string) string { return strings.ReplaceAll(s, "_", "-") }

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// unescapeLD decodes HTML entities some sites leave in JSON-LD strings.
func unescapeLD(ld *ldArticle) {
	for _, p := range []*string{&ld.headline, &ld.name, &ld.siteName, &ld.description} {
		*p = html.UnescapeString(*p)
	}
	for i := range ld.authors {
		ld.authors[i] = html.UnescapeString(ld.authors[i])
	}
}
