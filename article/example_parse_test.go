package article_test

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/article"
)

const examplePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Rail strike halts trains across the north | Example Post</title>
<meta property="og:site_name" content="Example Post">
<meta property="article:published_time" content="2024-05-02T07:30:00Z">
<meta name="author" content="Jane Doe">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Rail strike halts trains across the north</h1>
<figure><img src="/img/station.jpg"><figcaption>An empty platform in Leeds. (AP Photo/John Roe)</figcaption></figure>
<p>Train drivers walked out on Thursday, halting most services across the north of the country as talks over pay broke down late on Wednesday night.</p>
<p>The union said further strikes were planned for next month unless the operators returned with a better offer, while commuters scrambled for buses.</p>
<div class="share">Share: <a href="https://twitter.com/intent/tweet">Twitter</a></div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
</body></html>`

func ExampleParse() {
	a, err := article.Parse(strings.NewReader(examplePage),
		article.WithURL("https://post.example.com/2024/05/02/rail-strike"),
		article.WithLinker(nil)) // metadata and text only, no entities
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Byline, "|", a.SiteName, "|", a.Published.Format("2006-01-02"))
	fmt.Println(a.Image.URL)
	fmt.Println(a.Image.Caption, "/", a.Image.Credit)
	fmt.Println(strings.Contains(a.Text, "Train drivers walked out"), strings.Contains(a.Text, "Most read"))
	// Output:
	// Rail strike halts trains across the north
	// Jane Doe | Example Post | 2024-05-02
	// https://post.example.com/img/station.jpg
	// An empty platform in Leeds. / AP Photo/John Roe
	// true false
}

func ExampleFromNode() {
	doc, err := html.Parse(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The tree may come from a scraper; it is not modified.
	a, err := article.FromNode(doc, article.WithLinker(nil))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(strings.Contains(a.Text, "Train drivers walked out"))
	// Output:
	// Rail strike halts trains across the north
	// true
}
