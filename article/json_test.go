package article

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities"
)

func TestMarshalJSONEmpty(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(&Article{})
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	for _, k := range []string{"title", "byline", "published", "site_name", "lang", "url", "image", "html", "highlighted", "text", "mentions", "entities", "authors", "modified", "description"} {
		assert.Contains(t, got, k)
	}
	assert.Equal(t, []any{}, got["mentions"])
	assert.Equal(t, []any{}, got["entities"])
	assert.Equal(t, []any{}, got["authors"])
	assert.Equal(t, "", got["published"])
	assert.Nil(t, got["image"])
}

func TestMarshalJSON(t *testing.T) {
	t.Parallel()
	a, err := FromText("Storm hits coast\nWaves on the pier. (AP Photo)\n\nThe storm reached Miami on Monday.", WithLinker(nil), WithURL("https://example.com/s"))
	require.NoError(t, err)
	a.Published = time.Date(2020, 9, 28, 10, 15, 0, 0, time.FixedZone("", 3*3600))
	i := len("The storm reached ")
	miami := &entities.Entity{ID: "Q8652", Wikipedia: "Miami", Name: "Miami", Type: entities.Place}
	a.Mentions = []entities.Mention{{Start: i, End: i + 5, Text: "Miami", Type: entities.Place, Entity: miami, Score: 0.9}}
	a.Entities = []entities.Summary{{Entity: *miami, Count: 1, Salience: 1}}
	for _, v := range []any{a, *a} { // pointer and value encode the same
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var got struct {
			Title, URL, Text, Published, Highlighted string
			Image                                    Image
			Mentions                                 []map[string]any
			Entities                                 []map[string]any
		}
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, "Storm hits coast", got.Title)
		assert.Equal(t, "2020-09-28T10:15:00+03:00", got.Published)
		assert.Equal(t, Image{Caption: "Waves on the pier.", Credit: "AP Photo"}, got.Image)
		assert.Equal(t, map[string]any{"start": float64(i), "end": float64(i + 5), "text": "Miami", "type": "Place", "id": "Q8652", "wikipedia": "Miami", "score": 0.9}, got.Mentions[0])
		assert.Equal(t, "Q8652", got.Entities[0]["id"])
		assert.Equal(t, float64(1), got.Entities[0]["count"])
		assert.Contains(t, got.Highlighted, `data-entity="Q8652"`)
	}
}

func TestJSONLD(t *testing.T) {
	t.Parallel()
	a := &Article{
		Title: "Storm hits coast", Byline: "By Jane Doe", URL: "https://example.com/s", SiteName: "Daily Example",
		Published: time.Date(2020, 9, 28, 7, 15, 0, 0, time.UTC),
		Image:     &Image{URL: "https://img.example.com/a.jpg", Caption: "Waves", Credit: "AP Photo"},
		Entities: []entities.Summary{
			{Entity: entities.Entity{ID: "Q8652", Wikipedia: "Miami", Name: "Miami", Type: entities.Place}, Count: 3, Salience: 0.9},
			{Entity: entities.Entity{Wikipedia: "Federal_Emergency_Management_Agency", Name: "FEMA", Type: entities.Organization}, Count: 1, Salience: 0.6},
			{Entity: entities.Entity{Name: "John Smith", Type: entities.Person}, Count: 1, Salience: 0.1},
			{Entity: entities.Entity{Name: "Floridians", Type: entities.Group}, Count: 1, Salience: 0.05},
		},
	}
	b, err := a.JSONLD()
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, "https://schema.org", got["@context"])
	assert.Equal(t, "NewsArticle", got["@type"])
	assert.Equal(t, "Storm hits coast", got["headline"])
	assert.Equal(t, "2020-09-28T07:15:00Z", got["datePublished"])
	assert.Equal(t, []any{map[string]any{"@type": "Person", "name": "Jane Doe"}}, got["author"])
	assert.Equal(t, map[string]any{"@type": "Organization", "name": "Daily Example"}, got["publisher"])
	assert.Equal(t, "https://img.example.com/a.jpg", got["image"].(map[string]any)["url"])
	mentions := got["mentions"].([]any)
	require.Len(t, mentions, 4)
	miami := mentions[0].(map[string]any)
	assert.Equal(t, "Place", miami["@type"])
	assert.Equal(t, []any{"https://www.wikidata.org/wiki/Q8652", "https://en.wikipedia.org/wiki/Miami"}, miami["sameAs"])
	fema := mentions[1].(map[string]any)
	assert.Equal(t, "Organization", fema["@type"])
	assert.Equal(t, []any{"https://en.wikipedia.org/wiki/Federal_Emergency_Management_Agency"}, fema["sameAs"])
	assert.NotContains(t, mentions[2].(map[string]any), "sameAs")
	assert.Equal(t, "Thing", mentions[3].(map[string]any)["@type"])
	about := got["about"].([]any)
	assert.Len(t, about, 2, "the salient entities only")
}

func TestWikipediaURL(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "https://en.wikipedia.org/wiki/Kata%27ib_Hezbollah", WikipediaURL("Kata'ib Hezbollah"))
	assert.Equal(t, "https://en.wikipedia.org/wiki/AC/DC", WikipediaURL("AC/DC"))
	assert.Equal(t, "https://en.wikipedia.org/wiki/S%C3%A3o_Paulo", WikipediaURL("São Paulo"))
}

// articleRef is the reflection-based form MarshalJSON must match byte
// for byte.
type articleRef struct {
	Title       string             `json:"title"`
	Byline      string             `json:"byline"`
	Authors     []string           `json:"authors"`
	Published   string             `json:"published"`
	Modified    string             `json:"modified"`
	SiteName    string             `json:"site_name"`
	Lang        string             `json:"lang"`
	URL         string             `json:"url"`
	Description string             `json:"description"`
	Image       *Image             `json:"image"`
	HTML        string             `json:"html"`
	Highlighted string             `json:"highlighted"`
	Text        string             `json:"text"`
	Mentions    []entities.Mention `json:"mentions"`
	Entities    []entities.Summary `json:"entities"`
}

func refJSON(t *testing.T, a *Article) []byte {
	orEmpty := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	r := articleRef{
		Title: a.Title, Byline: a.Byline, Authors: orEmpty(a.Authors),
		Published: rfc3339(a.Published), Modified: rfc3339(a.Modified),
		SiteName: a.SiteName, Lang: a.Lang, URL: a.URL, Description: a.Description, Image: a.Image,
		HTML: a.HTML, Highlighted: a.Highlighted(), Text: a.Text,
		Mentions: a.Mentions, Entities: a.Entities,
	}
	if r.Mentions == nil {
		r.Mentions = []entities.Mention{}
	}
	if r.Entities == nil {
		r.Entities = []entities.Summary{}
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	return b
}

func TestMarshalJSONMatchesReflection(t *testing.T) {
	t.Parallel()
	pages, err := filepath.Glob(filepath.Join("testdata", "extract", "*.html"))
	require.NoError(t, err)
	pages = append(pages, filepath.Join("..", "..", "shared", "seed", "seed.html"))
	var articles []*Article
	for _, p := range pages {
		src, err := os.ReadFile(p)
		if err != nil {
			continue // ../shared is absent
		}
		a, err := Parse(bytes.NewReader(src), WithURL("https://news.example.com/a"))
		require.NoError(t, err, p)
		articles = append(articles, a)
	}
	odd := &Article{
		Title: "<Tom & \"Jerry\">\u2028", Byline: "bad \xff", Authors: []string{"A", "B\tC"},
		Published: time.Date(2024, 2, 29, 23, 59, 59, 0, time.UTC), Image: &Image{URL: "https://x.example/i.jpg"},
		HTML: "<p>x</p>", Text: "x",
		Entities: []entities.Summary{{Entity: entities.Entity{Name: "X", Type: entities.Misc}, Count: 1, Salience: 1e-9}},
	}
	articles = append(articles, odd, &Article{})
	for _, a := range articles {
		got, err := a.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, string(refJSON(t, a)), string(got), a.Title)
		assert.True(t, json.Valid(got))
	}
}

func TestMarshalJSONError(t *testing.T) {
	t.Parallel()
	a := &Article{Mentions: []entities.Mention{{Text: "x", Score: math.NaN()}}}
	_, err := a.MarshalJSON()
	var uv *json.UnsupportedValueError
	assert.ErrorAs(t, err, &uv)
}
