//go:build !(js && wasm)

package article_test

import (
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/newslens/newslens/article"
)

func ExampleFromDocument() {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The document may come from a scraper; it is not modified.
	a, err := article.FromDocument(doc, article.WithLinker(nil))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(doc.Find("nav").Length())
	// Output:
	// Rail strike halts trains across the north
	// 1
}
