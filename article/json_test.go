package article

import (
	"encoding/json"
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
