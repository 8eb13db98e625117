//go:build !js && !wasip1

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
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
	ts := benchServer(b, page)
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

// benchServer serves the built demo, cross-origin isolated, with page at
// /bench-page.html and an empty document at /blank.html.
func benchServer(b *testing.B, page []byte) *httptest.Server {
	files := newHandler(builtDemo(b))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
		w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		switch r.URL.Path {
		case "/bench-page.html":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(page)
		case "/blank.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<!doctype html><title>blank</title>")
		default:
			files.ServeHTTP(w, r)
		}
	}))
	b.Cleanup(ts.Close)
	return ts
}

// BenchmarkBrowserColdStart times the cold start in headless Chromium as
// wasm/measure.mjs times it under Node: in a new browser each time, from
// the compilation of the module's bytes (fetched beforehand, as the time
// a download takes depends on the network) to the first entities()
// result, which decodes the knowledge base and the model. It reports the median and the fastest of the b.N
// browsers ("p50-ms/start", "min-ms/start") and the median of the first
// entities() call alone ("p50-ms/first"). Run it with a fixed count:
// -benchtime 7x.
func BenchmarkBrowserColdStart(b *testing.B) {
	ts := benchServer(b, nil)
	var total, first []float64
	for b.Loop() {
		br := newBrowser(b, 2*time.Minute)
		r, err := coldStart(br, ts.URL+"/blank.html")
		if err != nil {
			b.Fatal(err)
		}
		total, first = append(total, r.Load+r.First), append(first, r.First)
		if err := chromedp.Cancel(br.ctx); err != nil {
			b.Fatal(err)
		}
	}
	slices.Sort(total)
	slices.Sort(first)
	b.ReportMetric(total[len(total)/2], "p50-ms/start")
	b.ReportMetric(total[0], "min-ms/start")
	b.ReportMetric(first[len(first)/2], "p50-ms/first")
}

// coldStart runs coldStartJS on the page at url in br and returns what
// it left.
func coldStart(br *browser, url string) (r struct{ Load, First float64 }, err error) {
	if _, err = chromedp.Run(br.ctx, chromedp.Navigate(url)); err != nil {
		return r, err
	}
	if _, err = chromedp.Run(br.ctx, chromedp.Evaluate[chromedp.Void](coldStartJS)); err != nil {
		return r, err
	}
	if _, err = chromedp.Run(br.ctx, chromedp.Poll[bool]("window.coldResult !== undefined", chromedp.WithPollingTimeout(time.Minute))); err != nil {
		return r, err
	}
	res, err := chromedp.Run(br.ctx, chromedp.Evaluate[struct {
		Load, First float64
		Err         string
	}]("window.coldResult"))
	if err == nil && res.Err != "" {
		err = fmt.Errorf("cold start page: %s", res.Err)
	}
	r.Load, r.First = res.Load, res.First
	return r, err
}

// coldStartJS loads the module and finds the entities of a sentence,
// leaving the milliseconds each took, {load, first}, or {err} in
// window.coldResult.
const coldStartJS = `(async () => {
  const { load } = await import("/newslens.mjs");
  const bytes = await (await fetch("/newslens.wasm")).arrayBuffer();
  const t0 = performance.now();
  const nl = await load(await WebAssembly.compile(bytes));
  const t1 = performance.now();
  const res = await nl.entities("Barack Obama visited Paris.");
  if (res.mentions.length === 0) throw new Error("no mention found");
  return { load: t1 - t0, first: performance.now() - t1 };
})().then((r) => { window.coldResult = r; }, (e) => { window.coldResult = { err: String(e) }; });`

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
