// Command bench compares newslens with go-readability and go-trafilatura
// on Mozilla Readability's test pages: body-text F1 against each page's
// expected.html and pages per second.
//
//	cd examples/bench && go run . [-pages DIR] [-rounds N]
//
// F1 is the multiset F1 of 4-word shingles over lower-cased letter/digit
// tokens, the measure of the article package's own evaluation. Every
// extractor's HTML output goes through the same text conversion, so block
// boundaries are treated alike. It lives in its own module so that the
// library does not depend on its peers.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newslens/newslens/article"
)

const baseURL = "http://fakehost/test/page.html"

type page struct {
	name     string
	src      []byte
	expected string
}

// extractor returns the HTML of a page's main content.
type extractor struct {
	name string
	run  func(src []byte, u *url.URL) (string, error)
}

func main() {
	dir := flag.String("pages", filepath.Join("..", "..", "..", "shared", "eval", "extraction", "readability-test-pages"), "test pages directory")
	rounds := flag.Int("rounds", 3, "timed rounds over all pages")
	perPage := flag.Bool("v", false, "print per-page F1")
	flag.Parse()
	pages, err := loadPages(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	u, _ := url.Parse(baseURL)
	exts := []extractor{
		{"newslens", func(src []byte, u *url.URL) (string, error) {
			a, err := article.Parse(bytes.NewReader(src), article.WithURL(u.String()), article.WithLinker(nil))
			if err != nil {
				return "", err
			}
			return a.HTML, nil
		}},
		{"go-readability", func(src []byte, u *url.URL) (string, error) {
			a, err := readability.FromReader(bytes.NewReader(src), u)
			return a.Content, err
		}},
		{"go-trafilatura", func(src []byte, u *url.URL) (string, error) {
			r, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{OriginalURL: u, IncludeImages: true})
			if err != nil || r == nil || r.ContentNode == nil {
				return "", err
			}
			return render(r.ContentNode), nil
		}},
		{"go-trafilatura+fallback", func(src []byte, u *url.URL) (string, error) {
			r, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{OriginalURL: u, IncludeImages: true, EnableFallback: true})
			if err != nil || r == nil || r.ContentNode == nil {
				return "", err
			}
			return render(r.ContentNode), nil
		}},
	}
	fmt.Printf("%d pages, %d timed rounds\n\n%-24s %8s %8s %10s %12s %6s\n", len(pages), *rounds,
		"extractor", "mean F1", "median", "pages/s", "pages/cpu-s", "fails")
	// Rounds alternate between extractors so that load from other
	// processes affects all of them alike; CPU time (GC included, which a
	// collection before each run keeps to the extractor's own garbage) is
	// the steadier measure on a shared machine.
	elapsed := make([]time.Duration, len(exts))
	cpu := make([]time.Duration, len(exts))
	for r := 0; r < *rounds; r++ {
		for i, e := range exts {
			runtime.GC()
			start, cpu0 := time.Now(), processCPU()
			for _, p := range pages {
				_, _ = e.run(p.src, u)
			}
			elapsed[i] += time.Since(start)
			cpu[i] += processCPU() - cpu0
		}
	}
	for i, e := range exts {
		f1s, fails := score(e, pages, u, *perPage)
		n := float64(len(pages) * *rounds)
		fmt.Printf("%-24s %8.3f %8.3f %10.1f %12.1f %6d\n", e.name, mean(f1s), median(f1s),
			n/elapsed[i].Seconds(), n/max(cpu[i].Seconds(), 1e-9), fails)
	}
}

func score(e extractor, pages []page, u *url.URL, verbose bool) ([]float64, int) {
	var f1s []float64
	fails := 0
	for _, p := range pages {
		h, err := e.run(p.src, u)
		if err != nil {
			fails++
		}
		f := shingleF1(htmlText(h), p.expected)
		if verbose {
			fmt.Printf("  %-24s %-40s %.3f\n", e.name, p.name, f)
		}
		f1s = append(f1s, f)
	}
	return f1s, fails
}

func loadPages(dir string) ([]page, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading test pages (pass -pages): %w", err)
	}
	var pages []page
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name(), "source.html"))
		if err != nil {
			return nil, err
		}
		exp, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected.html"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{name: e.Name(), src: src, expected: htmlText(string(exp))})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no test pages in %s", dir)
	}
	return pages, nil
}

func render(n *html.Node) string {
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		return ""
	}
	return b.String()
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(max(len(v), 1))
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
