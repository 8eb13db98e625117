package article

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newslens/newslens/entities"
)

// benchSmallPage returns the seed page, or a fixture when ../shared is
// absent.
func benchSmallPage(b *testing.B) []byte {
	if src, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "seed.html")); err == nil {
		return src
	}
	src, err := os.ReadFile(filepath.Join("testdata", "extract", "meta-opengraph.html"))
	if err != nil {
		b.Fatal(err)
	}
	return src
}

// synthPage builds a news-like page of about size bytes: navigation, an
// article of many paragraphs with links and figures, a sidebar of link
// lists and a comment section, so that every extraction pass has work.
func synthPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic story | Bench Times</title>
<meta property="og:site_name" content="Bench Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Synthetic story","author":{"name":"A. Writer"},"datePublished":"2024-01-02T03:04:05Z"}</script></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div id="main"><article class="story"><h1>Synthetic story</h1><p class="byline">By A. Writer</p>`)
	body := size * 7 / 10
	for i := 0; b.Len() < body; i++ {
		fmt.Fprintf(&b, `<p>Paragraph %d of the story tells how the committee, after long talks with <a href="/topic/%d">local groups</a>, agreed on a plan that, according to officials, should cut costs, reduce delays and improve service for residents across the region.</p>`, i, i)
		if i%10 == 9 {
			fmt.Fprintf(&b, `<figure><img src="/img/%d.jpg" alt=""><figcaption>Scene number %d. (AP Photo)</figcaption></figure><h2>Section %d</h2>`, i, i, i)
		}
	}
	b.WriteString(`</article><aside class="sidebar"><h2>Most read</h2><ul>`)
	for i := 0; b.Len() < size*85/100; i++ {
		fmt.Fprintf(&b, `<li><a href="/story/%d">Another headline number %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside><section id="comments">`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `<div class="comment"><span class="user">user%d</span><p>I think this is comment %d, and I have opinions.</p><div class="share"><a href="#">Reply</a></div></div>`, i, i)
	}
	b.WriteString(`</section></div><footer>© Bench Times</footer></body></html>`)
	return b.Bytes()
}

func benchParse(b *testing.B, src []byte, opts ...Option) {
	b.Helper()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu0, ok := processCPU()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(src), opts...); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0, ok)
}

// reportCPU adds "cpu-ns/op": process CPU time per operation (GC
// included), steadier than ns/op when other processes share the machine.
func reportCPU(b *testing.B, cpu0 time.Duration, ok bool) {
	if cpu1, ok1 := processCPU(); ok && ok1 && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkParseSmall is pure extraction of the seed page (no entities).
func BenchmarkParseSmall(b *testing.B) {
	benchParse(b, benchSmallPage(b), WithLinker(nil))
}

// BenchmarkParseSmallLinker includes entity linking with the default
// linker.
func BenchmarkParseSmallLinker(b *testing.B) {
	entities.Default().Prepare() // load the embedded data outside the timing
	benchParse(b, benchSmallPage(b))
}

// BenchmarkParseSmallJSON is the work of the JavaScript parse() done
// natively: Parse with the default linker and the URL measure.mjs gives
// parse(), then the JSON model with the highlighted HTML that parse()
// returns. Besides the mean it reports the fastest and the median call
// ("min-ns/op", "p50-ns/op"), the figures measure.mjs takes of the
// JavaScript calls, so that the two are compared alike.
func BenchmarkParseSmallJSON(b *testing.B) {
	entities.Default().Prepare()
	src := benchSmallPage(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	calls := make([]time.Duration, 0, b.N)
	cpu0, ok := processCPU()
	for b.Loop() {
		t0 := time.Now()
		a, err := Parse(bytes.NewReader(src), WithURL("https://news.example.com/article"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
		calls = append(calls, time.Since(t0))
	}
	reportCPU(b, cpu0, ok)
	slices.Sort(calls)
	b.ReportMetric(float64(calls[0]), "min-ns/op")
	b.ReportMetric(float64(calls[len(calls)/2]), "p50-ns/op")
}

// BenchmarkParseSize shows time and allocations growing linearly with
// the input: compare ns/op and B/op across the sizes (MB/s stays flat).
func BenchmarkParseSize(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 10 << 20} {
		src := synthPage(size)
		name := fmt.Sprintf("%dKB", size>>10)
		if size >= 1<<20 {
			name = fmt.Sprintf("%dMB", size>>20)
		}
		b.Run(name, func(b *testing.B) { benchParse(b, src, WithLinker(nil)) })
	}
}

// BenchmarkParseSizeLinker is BenchmarkParseSize with entity linking,
// on the two smaller sizes.
func BenchmarkParseSizeLinker(b *testing.B) {
	entities.Default().Prepare()
	for _, size := range []int{100 << 10, 1 << 20} {
		src := synthPage(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) { benchParse(b, src) })
	}
}

func TestSynthPageExtracts(t *testing.T) {
	t.Parallel()
	a, err := Parse(bytes.NewReader(synthPage(100<<10)), WithLinker(nil))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Paragraph 0 of the story") || strings.Contains(a.Text, "Another headline") ||
		strings.Contains(a.Text, "I have opinions") {
		t.Errorf("synthetic page extracted badly: %.300q", a.Text)
	}
}

// BenchmarkParseTestPages parses all of Mozilla Readability's test pages
// per iteration (skipped without ../shared).
func BenchmarkParseTestPages(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "extraction", "readability-test-pages", "*", "source.html"))
	if len(paths) == 0 {
		b.Skip("readability test pages not available")
	}
	var pages [][]byte
	total := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0, ok := processCPU()
	for b.Loop() {
		for _, src := range pages {
			_, _ = Parse(bytes.NewReader(src), WithLinker(nil), WithURL("http://fakehost/test/page.html"))
		}
	}
	reportCPU(b, cpu0, ok)
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
