package article

// Concurrency: the default linker, the article policy and Highlighted are
// shared by every call; run them from many goroutines at once and compare
// with a sequential run. Meant for go test -race.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// secPages returns n pages: the readability test pages from ../shared
// (spread over sizes up to 200 KB, 60 KB under the race detector) when
// present, else pages generated here.
func secPages(t *testing.T, n int) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "eval", "extraction", "readability-test-pages")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	type page struct {
		size int
		html string
	}
	limit := 200 << 10
	if secRace {
		limit = 60 << 10 // the race detector makes each Parse ~10x slower
	}
	var pages []page
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || len(b) > limit {
			continue
		}
		pages = append(pages, page{len(b), string(b)})
	}
	if len(pages) < n {
		t.Logf("readability test pages not available (%s): using generated pages", dir)
		var out []string
		for i := range n {
			out = append(out, secGeneratedPage(i))
		}
		return out
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].size < pages[j].size })
	out := make([]string, n)
	for i := range n {
		out[i] = pages[i*len(pages)/n].html
	}
	return out
}

// secGeneratedPage is a distinct news page for each i, with names for the
// linker to find.
func secGeneratedPage(i int) string {
	names := []string{"Joe Biden", "Emmanuel Macron", "Angela Merkel", "the United Nations", "Baghdad", "Tehran", "NATO", "Reuters"}
	var b strings.Builder
	for k := range 4 + i%5 {
		fmt.Fprintf(&b, "<p>Report %d: %s met %s in %s on day %d. %s</p>\n",
			i, names[(i+k)%len(names)], names[(i+2*k+1)%len(names)], names[(k+3)%len(names)], k, secPara1)
	}
	return secPage(b.String())
}

// secSnapshot is everything an article exposes, for comparison.
func secSnapshot(a *Article, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	j, jerr := json.Marshal(a)
	if jerr != nil {
		return "json error: " + jerr.Error()
	}
	m, _ := json.Marshal(a.Mentions)
	return string(j) + "\n" + string(m) + "\n" + a.Text + "\n" + a.HTML + "\n" + a.Highlighted()
}

func TestConcurrentParse(t *testing.T) {
	const workers = 32
	pages := secPages(t, workers)
	opts := []Option{WithURL("http://fakehost/test/page.html")}
	want := make([]string, len(pages))
	for i, p := range pages {
		a, err := Parse(strings.NewReader(p), opts...)
		want[i] = secSnapshot(a, err)
	}
	got := make([]string, len(pages))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, p := range pages {
		wg.Go(func() {
			<-start
			a, err := Parse(strings.NewReader(p), opts...)
			got[i] = secSnapshot(a, err)
		})
	}
	close(start)
	wg.Wait()
	same := 0
	for i := range pages {
		if got[i] == want[i] {
			same++
			continue
		}
		t.Errorf("page %d: concurrent result differs from sequential: %s", i, secDiff(got[i], want[i]))
	}
	t.Logf("%d goroutines: %d of %d pages identical to the sequential run", workers, same, len(pages))
}

// TestConcurrentSanitize runs the policy from 32 goroutines over the
// smaller XSS corpora, and compares with sequential results.
func TestConcurrentSanitize(t *testing.T) {
	var inputs []string
	for _, c := range secLoadCorpora(t) {
		if c.Name != "payloadbox" {
			inputs = append(inputs, c.Payloads...)
		}
	}
	want := make([]string, len(inputs))
	for i, s := range inputs {
		want[i] = Sanitize(s)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	diff := 0
	for w := range 32 {
		wg.Go(func() {
			for i := w; i < len(inputs); i += 32 {
				if Sanitize(inputs[i]) != want[i] {
					mu.Lock()
					diff++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if diff > 0 {
		t.Errorf("%d of %d concurrent Sanitize results differ from sequential ones", diff, len(inputs))
	}
}

// TestConcurrentHighlighted calls Highlighted on one article from many
// goroutines: it is documented as safe for concurrent use.
func TestConcurrentHighlighted(t *testing.T) {
	a, err := Parse(strings.NewReader(secGeneratedPage(3)))
	if err != nil {
		t.Fatal(err)
	}
	a.Mentions = secMentions(a.Text)
	want := a.Highlighted()
	var wg sync.WaitGroup
	results := make([]string, 32)
	for i := range results {
		wg.Go(func() { results[i] = a.Highlighted() })
	}
	wg.Wait()
	for i, r := range results {
		if r != want {
			t.Errorf("goroutine %d: Highlighted differs: %s", i, secDiff(r, want))
		}
	}
}
