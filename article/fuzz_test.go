package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics and, on success, returns valid
// UTF-8 and text that holds no markup; failures are the package's errors.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "<", "<p>hi</p>", "\x00\x01\x02", "<html><body><article><p>" + strings.Repeat("Some text, more. ", 40) + "</p></article></body></html>",
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"h","author":[{"name":1}],"image":{"url":[1]}}]}</script><p>x</p>`,
		"<div><div><br><br>text<br><br>more</div></div>", "<table><tr><td>" + strings.Repeat("cell text, ", 60) + "</td></tr></table>",
		"\xef\xbb\xbf<meta charset=gbk><p>\xb1\xb1\xbe\xa9</p>", "\xff\xfe<\x00p\x00>\x00",
	} {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.html"))
	if seed := filepath.Join("..", "..", "shared", "seed", "seed.html"); fileExists(seed) {
		files = append(files, seed)
	}
	pages, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "extraction", "readability-test-pages", "*", "source.html"))
	if len(pages) > 20 {
		pages = pages[:20]
	}
	for _, p := range append(files, pages...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(strings.NewReader(string(data)), WithLinker(nil), WithMaxBytes(1<<20))
		if err != nil {
			if !errors.Is(err, ErrNoContent) && !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrTooDeep) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for _, s := range []string{a.Title, a.Byline, a.HTML, a.Text, a.SiteName, a.Description} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		if strings.Contains(a.HTML, "<script") {
			t.Fatalf("script in HTML: %q", a.HTML)
		}
	})
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
