//go:build !js && !wasip1

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkBrowserParse times the JavaScript parse() of the seed page
// (../shared/seed, else the demo's sample) in headless Chromium, the way
// wasm/measure.mjs times it under Node: 500 warm-up calls, then b.N
// single calls, reporting the fastest and the median ("min-ms/call",
// "p50-ms/call"; ns/op is the wall time of the whole run over b.N). The
// page is cross-origin isolated, so performance.now() is not coarsened
// to 0.1 ms. Run it with a fixed count, -benchtime 200x.
func BenchmarkBrowserParse(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "seed.html"))
	if err != nil {
		page, err = os.ReadFile(filepath.Join("static", "sample.html"))
	}
	if err != nil {
		b.Fatal(err)
	}
	dir := builtDemo(b)
	files := newHandler(dir)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
		w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		if r.URL.Path == "/bench-page.html" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(page)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer ts.Close()
	br := newBrowser(b, 10*time.Minute)
	if _, err := chromedp.Run(br.ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := chromedp.Run(br.ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(browserParseJS, b.N))); err != nil {
		b.Fatal(err)
	}
	done := chromedp.Poll[bool]("window.benchResult !== undefined", chromedp.WithPollingTimeout(9*time.Minute))
	if _, err := chromedp.Run(br.ctx, done); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	r, err := chromedp.Run(br.ctx, chromedp.Evaluate[struct {
		Min, Median float64
		Isolated    bool
		Err         string
	}]("window.benchResult"))
	if err != nil || r.Err != "" {
		b.Fatalf("benchmark page: %v %s", err, r.Err)
	}
	if !r.Isolated {
		b.Log("the page is not cross-origin isolated: times are coarsened to 0.1 ms")
	}
	b.ReportMetric(r.Min, "min-ms/call")
	b.ReportMetric(r.Median, "p50-ms/call")
}

// browserParseJS loads the module as the demo does and times %d calls of
// parse(), leaving {min, median, isolated} or {err} in window.benchResult.
const browserParseJS = `(async () => {
  const { load } = await import("/newslens.mjs");
  const nl = await load("/newslens.wasm");
  const html = await (await fetch("/bench-page.html")).text();
  const opts = { url: "https://news.example.com/article" };
  for (let i = 0; i < 500; i++) await nl.parse(html, opts);
  const ts = [];
  for (let i = 0; i < %d; i++) {
    const t = performance.now();
    await nl.parse(html, opts);
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return { min: ts[0], median: ts[ts.length >> 1], isolated: crossOriginIsolated };
})().then((r) => { window.benchResult = r; }, (e) => { window.benchResult = { err: String(e) }; });`
