package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// runCLI runs the command with args and stdin, returning stdout, stderr
// and the exit status.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

const pageHTML = `<!DOCTYPE html><html lang="en"><head><title>Storm hits the coast | Daily Example</title>
<meta property="og:site_name" content="Daily Example"></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Storm hits the coast</h1>
<p>The storm reached Florida on Monday, officials in Miami said. <script>alert(1)</script></p>
<p>Residents were told to stay home while the <b>National</b> Guard cleared roads and the power company restored lines.</p>
<p>More rain is expected on Tuesday across the region, forecasters said in a statement.</p>
</article><footer>Copyright</footer></body></html>`

func TestRunFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(f, []byte(pageHTML), 0o644))
	out, errs, code := runCLI(t, "", "-url", "https://example.com/storm", f)
	require.Equal(t, 0, code, errs)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	for _, k := range []string{"title", "byline", "published", "site_name", "lang", "url", "image", "html", "highlighted", "text", "mentions", "entities"} {
		assert.Contains(t, got, k)
	}
	assert.Contains(t, got["text"], "National Guard")
	assert.NotContains(t, got["html"], "<script")
	assert.NotContains(t, got["text"], "alert")
	assert.IsType(t, []any{}, got["mentions"])
	assert.Equal(t, 1, strings.Count(out, "\n"), "one JSON line")
}

func TestRunDir(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.html"), []byte(pageHTML), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "a.txt"), []byte("Storm hits coast\n\nThe storm arrived at dawn.\n\nPower is out."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# ignored"), 0o644))
	out, errs, code := runCLI(t, "", dir)
	require.Equal(t, 0, code, errs)
	assert.Empty(t, errs, "no progress bar when stderr is not a terminal")
	var files []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var got map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &got))
		files = append(files, got["file"].(string))
		assert.NotEmpty(t, got["text"])
	}
	assert.Equal(t, []string{filepath.Join(dir, "b.html"), filepath.Join(dir, "sub", "a.txt")}, files)
}

func TestRunStdinText(t *testing.T) {
	out, errs, code := runCLI(t, "Storm hits coast\n\nThe storm arrived at dawn.", "-")
	require.Equal(t, 0, code, errs)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "Storm hits coast", got["title"])
	assert.Equal(t, "The storm arrived at dawn.", got["text"])
}

func TestRunEntities(t *testing.T) {
	in := "  Residents of Miami, Florida   waited.\n"
	out, errs, code := runCLI(t, in, "-entities", "-")
	require.Equal(t, 0, code, errs)
	var got struct {
		Mentions []struct {
			Start, End int
			Text       string
		} `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.NotNil(t, got.Mentions, "mentions is [] not null")
	for _, m := range got.Mentions {
		assert.Equal(t, m.Text, in[m.Start:m.End], "offsets into the input as given")
	}
}

func TestRunHTMLPage(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(f, []byte(pageHTML), 0o644))
	out, errs, code := runCLI(t, "", "-format", "html", f)
	require.Equal(t, 0, code, errs)
	doc, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	var scripts, styles int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				scripts++
			case "style":
				styles++
			}
			for _, a := range n.Attr {
				assert.False(t, strings.HasPrefix(a.Key, "on"), "event handler %s", a.Key)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	assert.Zero(t, scripts)
	assert.Equal(t, 1, styles)
	for _, label := range []string{"Person", "Organization", "Place", "Group", "Misc"} {
		assert.Contains(t, out, ">"+label+"</mark>", "legend labels each type in text")
	}
	assert.Contains(t, out, "Storm hits the coast")
}

func TestRunJSONLD(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(f, []byte(pageHTML), 0o644))
	out, errs, code := runCLI(t, "", "-format", "jsonld", f)
	require.Equal(t, 0, code, errs)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "NewsArticle", got["@type"])
	assert.Equal(t, "Storm hits the coast", got["headline"])
}

func TestRunErrors(t *testing.T) {
	_, errs, code := runCLI(t, "")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "usage")
	_, _, code = runCLI(t, "", "-format", "xml", "x.html")
	assert.Equal(t, exitUsage, code)
	_, errs, code = runCLI(t, "", filepath.Join(t.TempDir(), "missing.html"))
	assert.Equal(t, exitFail, code)
	assert.NotEmpty(t, errs)
	_, errs, code = runCLI(t, "\x00\x01\x02binary", "-")
	assert.Equal(t, exitFail, code)
	assert.NotEmpty(t, errs)
	_, _, code = runCLI(t, "", "-format", "html", t.TempDir())
	assert.Equal(t, exitUsage, code)
}

// TestRunSeed runs the command on the seed page (skipped without
// ../shared): title, credit and the article paragraphs.
func TestRunSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "seed")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("%s absent", seed)
	}
	out, errs, code := runCLI(t, "", filepath.Join(seed, "seed.html"))
	require.Equal(t, 0, code, errs)
	var got struct {
		Title string `json:"title"`
		Image struct {
			URL, Credit string
		} `json:"image"`
		Text        string `json:"text"`
		Highlighted string `json:"highlighted"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "US widens rifts with Iraq, threatens to close Baghdad embassy", got.Title)
	assert.Equal(t, "AP Photo", got.Image.Credit)
	txt, err := os.ReadFile(filepath.Join(seed, "seed.txt"))
	require.NoError(t, err)
	blocks := strings.Split(string(txt), "\n\n")
	for _, p := range blocks[1:] {
		if p = strings.TrimSpace(p); p != "" {
			assert.Contains(t, got.Text, p)
		}
	}
	for _, bad := range []string{"cookies", "Most read", "alert(", "All rights reserved"} {
		assert.NotContains(t, got.Text, bad)
	}
}
