package main

import (
	"bytes"
	"html/template"
	"strings"
	"sync"

	"github.com/newslens/newslens/article"
	"github.com/newslens/newslens/entities"
)

// pageTemplate is the standalone page of -format html: inline styles, no
// scripts. html/template escapes every value; only the highlighted body
// is passed as template.HTML, because article.Sanitize made it safe.
const pageTemplate = `<!DOCTYPE html>
<html lang="{{with .A.Lang}}{{.}}{{else}}en{{end}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.A.Title}}</title>
<style>
body { font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
header .meta { color: #555; font-size: .9rem; }
figure { margin: 1rem 0; } figure img { max-width: 100%; } figcaption { color: #555; font-size: .9rem; }
.credit { font-style: italic; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0; font: .85rem/1.4 system-ui, sans-serif; }
mark.nl-entity { padding: 0 .1em; border-radius: .2em; color: inherit; }
mark.nl-entity::after { font: 600 .6em/1 system-ui, sans-serif; vertical-align: super; margin-left: .15em; }
mark.nl-person { background: #ffe3a3; border-bottom: 2px solid #b7791f; } mark.nl-person::after { content: "PER"; }
mark.nl-organization { background: #c6e6ff; border-bottom: 2px dashed #2b6cb0; } mark.nl-organization::after { content: "ORG"; }
mark.nl-place { background: #c8f2cf; border-bottom: 2px dotted #2f855a; } mark.nl-place::after { content: "PLACE"; }
mark.nl-group { background: #ead7ff; border-bottom: 2px double #6b46c1; } mark.nl-group::after { content: "GROUP"; }
mark.nl-misc { background: #e2e2e2; border-bottom: 2px solid #4a5568; } mark.nl-misc::after { content: "MISC"; }
table { border-collapse: collapse; font: .85rem/1.4 system-ui, sans-serif; width: 100%; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
</style>
</head>
<body>
<header>
<h1>{{.A.Title}}</h1>
<p class="meta">{{with .A.Byline}}{{.}} · {{end}}{{with .Published}}<time datetime="{{.}}">{{.}}</time> · {{end}}{{with .A.SiteName}}{{.}}{{end}}{{with .A.URL}} · <a href="{{.}}" rel="nofollow noopener noreferrer">source</a>{{end}}</p>
</header>
{{with .Lead}}<figure>{{with .URL}}<img src="{{.}}" alt="">{{end}}{{if or .Caption .Credit}}<figcaption>{{.Caption}} {{with .Credit}}<span class="credit">({{.}})</span>{{end}}</figcaption>{{end}}</figure>{{end}}
<section aria-label="Legend">
<ul class="legend">{{range .Legend}}<li><mark class="nl-entity nl-{{.Class}}">{{.Label}}</mark> {{.Count}} mention{{if ne .Count 1}}s{{end}}</li>{{end}}</ul>
</section>
<div class="article">
{{.Body}}
</div>
{{if .A.Entities}}<section>
<h2>Entities</h2>
<table>
<thead><tr><th>Name</th><th>Type</th><th>Mentions</th><th>Links</th></tr></thead>
<tbody>{{range .A.Entities}}<tr><td>{{.Name}}{{with .Description}}<br><small>{{.}}</small>{{end}}</td><td>{{.Type}}</td><td>{{.Count}}</td><td>{{with .ID}}<a href="https://www.wikidata.org/wiki/{{.}}" rel="nofollow noopener noreferrer">{{.}}</a> {{end}}{{with .Wikipedia}}<a href="{{wikipedia .}}" rel="nofollow noopener noreferrer">Wikipedia</a>{{end}}</td></tr>{{end}}</tbody>
</table>
</section>{{end}}
</body>
</html>
`

// tmpl is pageTemplate parsed once.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{"wikipedia": article.WikipediaURL}).Parse(pageTemplate))
})

// legendItem is one entity type of the legend.
type legendItem struct {
	Class, Label string
	Count        int
}

// pageData is what the page template shows.
type pageData struct {
	A *article.Article
	// Lead is the lead image, shown when the body has no image of its own.
	Lead      *article.Image
	Published string
	Legend    []legendItem
	Body      template.HTML
}

// page renders the standalone HTML page of a.
func page(a *article.Article) ([]byte, error) {
	d := pageData{A: a, Legend: legend(a.Mentions)}
	if a.Image != nil && !strings.Contains(a.HTML, "<img") {
		d.Lead = a.Image
	}
	if !a.Published.IsZero() {
		d.Published = a.Published.Format("2006-01-02 15:04 MST")
	}
	// Highlighted is sanitized HTML (it passes article.Sanitize unchanged),
	// which is what makes it safe to insert without escaping.
	d.Body = template.HTML(a.Highlighted())
	var buf bytes.Buffer
	if err := tmpl().Execute(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// legend lists every entity type with its number of mentions.
func legend(ms []entities.Mention) []legendItem {
	types := []entities.Type{entities.Person, entities.Organization, entities.Place, entities.Group, entities.Misc}
	count := map[entities.Type]int{}
	for _, m := range ms {
		count[m.Type]++
	}
	out := make([]legendItem, 0, len(types))
	for _, t := range types {
		out = append(out, legendItem{Class: strings.ToLower(string(t)), Label: string(t), Count: count[t]})
	}
	return out
}
