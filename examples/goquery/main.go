//go:build !(js && wasm)

package main

import (
	"fmt"
	"io"
	"os"

	"github.com/PuerkitoBio/goquery"

	"github.com/newslens/newslens/article"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "goquery:", err)
		os.Exit(1)
	}
}

// run reads the page named by args (or stdin), scrapes it and prints
// the article's title and entities.
func run(args []string, stdin io.Reader, out io.Writer) error {
	r := stdin
	if len(args) > 0 {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return err
	}

	// Scraping: whatever the site-specific code needs, from the same tree.
	canonical, _ := doc.Find(`link[rel="canonical"]`).Attr("href")
	fmt.Fprintf(out, "links on the page: %d\n", doc.Find("a[href]").Length())

	a, err := article.FromDocument(doc, article.WithURL(canonical))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "title: %s\n", a.Title)
	for _, e := range a.Entities {
		fmt.Fprintf(out, "%-13s %-30s %3d  %s\n", e.Type, e.Name, e.Count, e.ID)
	}
	return nil
}
