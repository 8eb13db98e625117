package article_test

import (
	"fmt"
	"strings"

	"github.com/newslens/newslens/article"
	"github.com/newslens/newslens/entities"
)

func ExampleSanitize() {
	dirty := `<p onclick="steal()">Read <a href="https://example.com/story" target="_blank">the story</a>` +
		`<script>alert(1)</script><img src="javascript:alert(2)"></p><iframe src="https://ads.example/"></iframe>`
	fmt.Println(article.Sanitize(dirty))
	// Output:
	// <p>Read <a href="https://example.com/story" rel="nofollow noopener noreferrer">the story</a></p>
}

func ExampleFromText() {
	text := "Storm hits the coast\n" +
		"Waves break over the pier in Miami, Florida. (AP Photo)\n" +
		"\n" +
		"The storm reached Florida on Monday.\n" +
		"\n" +
		"More rain is expected on Tuesday."
	a, err := article.FromText(text, article.WithLinker(nil))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Image.Caption, "|", a.Image.Credit)
	fmt.Printf("%q\n", a.Text)
	fmt.Println(a.HTML)
	// Output:
	// Storm hits the coast
	// Waves break over the pier in Miami, Florida. | AP Photo
	// "The storm reached Florida on Monday.\n\nMore rain is expected on Tuesday."
	// <p>The storm reached Florida on Monday.</p><p>More rain is expected on Tuesday.</p>
}

func ExampleArticle_Highlighted() {
	a, err := article.FromText("Strikes on Kataib Hezbollah in Iraq were reported.", article.WithLinker(nil))
	if err != nil {
		fmt.Println(err)
		return
	}
	// A linker (the default one, or entities.New over a custom knowledge
	// base) fills Mentions; here they are set by hand.
	mention := func(name string, t entities.Type, e *entities.Entity) entities.Mention {
		i := strings.Index(a.Text, name)
		return entities.Mention{Start: i, End: i + len(name), Text: name, Type: t, Entity: e, Score: 1}
	}
	a.Mentions = []entities.Mention{
		mention("Kataib Hezbollah", entities.Organization, &entities.Entity{Wikipedia: "Kata'ib_Hezbollah"}),
		mention("Iraq", entities.Place, &entities.Entity{ID: "Q796", Wikipedia: "Iraq"}),
	}
	fmt.Println(a.Highlighted())
	// Output:
	// <p>Strikes on <mark class="nl-entity nl-organization" data-type="Organization" data-entity="Kata&#39;ib_Hezbollah" data-mention="0">Kataib Hezbollah</mark> in <mark class="nl-entity nl-place" data-type="Place" data-entity="Q796" data-mention="1">Iraq</mark> were reported.</p>
}

func ExampleArticle_JSONLD() {
	a, err := article.FromText("Storm hits Miami\n\nThe storm reached Miami on Monday.",
		article.WithLinker(nil), article.WithURL("https://news.example.com/storm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	// A linker fills Entities; here it is set by hand.
	a.Entities = []entities.Summary{{
		Entity: entities.Entity{ID: "Q8652", Wikipedia: "Miami", Name: "Miami", Type: entities.Place},
		Count:  1, Salience: 0.9,
	}}
	ld, err := a.JSONLD()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(ld))
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "NewsArticle",
	//   "about": [
	//     {
	//       "@type": "Place",
	//       "identifier": "Q8652",
	//       "name": "Miami",
	//       "sameAs": [
	//         "https://www.wikidata.org/wiki/Q8652",
	//         "https://en.wikipedia.org/wiki/Miami"
	//       ]
	//     }
	//   ],
	//   "headline": "Storm hits Miami",
	//   "mentions": [
	//     {
	//       "@type": "Place",
	//       "identifier": "Q8652",
	//       "name": "Miami",
	//       "sameAs": [
	//         "https://www.wikidata.org/wiki/Q8652",
	//         "https://en.wikipedia.org/wiki/Miami"
	//       ]
	//     }
	//   ],
	//   "url": "https://news.example.com/storm"
	// }
}
