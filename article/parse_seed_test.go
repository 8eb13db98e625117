package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractionShared returns ../shared/<sub...> relative to the repository
// root, skipping the test when it is absent.
func extractionShared(t testing.TB, sub ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "shared"}, sub...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available (%s): %v", p, err)
	}
	return p
}

func TestParseSeed(t *testing.T) {
	dir := extractionShared(t, "seed")
	src, err := os.ReadFile(filepath.Join(dir, "seed.html"))
	require.NoError(t, err)
	txt, err := os.ReadFile(filepath.Join(dir, "seed.txt"))
	require.NoError(t, err)

	a, err := Parse(strings.NewReader(string(src)), WithLinker(nil))
	require.NoError(t, err)

	lines := strings.Split(string(txt), "\n")
	assert.Equal(t, lines[0], a.Title)
	assert.Equal(t, "Staff and wire reports", a.Byline)
	assert.Equal(t, []string{"Staff and wire reports"}, a.Authors)
	assert.Equal(t, "The Example Weekly", a.SiteName)
	assert.Equal(t, "en", a.Lang)
	assert.Equal(t, "https://news.example.com/2020/09/28/us-widens-rifts-with-iraq", a.URL)
	want := time.Date(2020, 9, 28, 7, 15, 0, 0, time.UTC)
	assert.True(t, a.Published.Equal(want), "published %v", a.Published)
	assert.True(t, a.Modified.Equal(want.Add(145*time.Minute)), "modified %v", a.Modified)
	require.NotNil(t, a.Image)
	assert.Equal(t, "https://img.example.com/2020/09/green-zone-bridge.jpg", a.Image.URL)
	caption, _ := splitCredit(lines[1])
	assert.Equal(t, caption, a.Image.Caption)
	assert.Equal(t, "AP Photo", a.Image.Credit)

	// The body holds the figure (its caption) and the paragraphs, nothing
	// else: no headline, byline, nav, sidebar, footer, banner or script.
	var wantParas []string
	for _, p := range strings.Split(strings.Join(lines[2:], "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			wantParas = append(wantParas, p)
		}
	}
	got := blocksOf(t, a.HTML)
	require.NotEmpty(t, got)
	assert.Equal(t, lines[1], got[0], "first block is the figure caption")
	assert.Equal(t, wantParas, got[1:])
	assert.Equal(t, strings.Join(append([]string{lines[1]}, wantParas...), "\n\n"), a.Text,
		"Text is the caption and the paragraphs of seed.txt")
	for _, bad := range []string{"cookies", "Most read", "All rights", "Privacy", "alert(", "Read more", "Share:", "Politics"} {
		assert.NotContains(t, a.HTML, bad)
	}
	assert.Contains(t, a.HTML, `src="https://news.example.com/2020/09/green-zone-bridge.jpg"`)
	assert.Contains(t, a.HTML, `href="https://news.example.com/tags/iraq"`)
}
