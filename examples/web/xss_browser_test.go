//go:build !js && !wasip1

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/debugger"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/article"
)

// xssDir is the XSS corpora folder of the shared data beside the repository.
var xssDir = filepath.Join("..", "..", "..", "shared", "eval", "xss")

// corpus is one named list of XSS payloads.
type corpus struct {
	name     string
	payloads []string
}

// loadCorpora reads every XSS corpus present; the test skips when none is.
func loadCorpora(t *testing.T) []corpus {
	t.Helper()
	var out []corpus
	if b, err := os.ReadFile(filepath.Join(xssDir, "dompurify-expect.json")); err == nil {
		var cases []struct {
			Payload string `json:"payload"`
		}
		require.NoError(t, json.Unmarshal(b, &cases))
		c := corpus{name: "DOMPurify"}
		for _, x := range cases {
			c.payloads = append(c.payloads, x.Payload)
		}
		out = append(out, c)
	}
	if b, err := os.ReadFile(filepath.Join(xssDir, "h5sc-vectors.txt")); err == nil {
		out = append(out, corpus{name: "H5SC", payloads: h5scVectors(string(b))})
	}
	if b, err := os.ReadFile(filepath.Join(xssDir, "payloadbox-xss.txt")); err == nil {
		c := corpus{name: "payloadbox"}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) != "" {
				c.payloads = append(c.payloads, sc.Text())
			}
		}
		require.NoError(t, sc.Err())
		out = append(out, c)
	}
	if len(out) == 0 {
		t.Skipf("no XSS corpora in %s (the shared data folder beside the repository)", xssDir)
	}
	return out
}

// h5scVectors splits the HTML5 Security Cheatsheet dump: each vector is a
// <div id="N"> ending in the same terminator, some spanning lines.
func h5scVectors(s string) []string {
	const end = "//[\"'`-->]]>]</div>"
	var vs []string
	for _, part := range strings.Split(s, end) {
		if i := strings.Index(part, `<div id="`); i >= 0 {
			vs = append(vs, part[i:]+end)
		}
	}
	return vs
}

// xssSnippets returns the distinct outputs of Sanitize, Parse+Highlighted
// and FromText+Highlighted for every payload, and how many outputs there
// were.
func xssSnippets(t *testing.T, corpora []corpus) (snippets []string, outputs, parseErrors int) {
	t.Helper()
	seen := map[string]bool{}
	add := func(s string) {
		outputs++
		if !seen[s] {
			seen[s] = true
			snippets = append(snippets, s)
		}
	}
	for _, c := range corpora {
		for _, p := range c.payloads {
			add(article.Sanitize(p))
			a, err := article.Parse(strings.NewReader(p), article.WithURL("https://news.example.invalid/2025/story.html"))
			if err != nil {
				if !errors.Is(err, article.ErrNoContent) && !errors.Is(err, article.ErrNotHTML) {
					t.Errorf("Parse(%.60q): unexpected error %v", p, err)
				}
				parseErrors++
				continue
			}
			add(a.Highlighted())
			// Pasted as plain text, as the demo's text mode does.
			if a, err := article.FromText(p); err == nil {
				add(a.Highlighted())
			}
		}
	}
	return snippets, outputs, parseErrors
}

// harnessReport is what harness.js posts when it is done.
type harnessReport struct {
	Snippets    int      `json:"snippets"`
	Forbidden   []string `json:"forbidden"`
	BadURLs     []string `json:"badURLs"`
	BaseChanged bool     `json:"baseChanged"`
	Calls       []string `json:"calls"`
	Errors      []string `json:"errors"`
}

// harnessServer serves the harness page and the snippets in pages.
type harnessServer struct {
	pages   [][]string
	release chan struct{} // closed when the browser's recorders are on
	asked   chan struct{} // closed when the page asks to start
	done    chan harnessReport
	once    sync.Once
}

func (h *harnessServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	switch p := r.URL.Path; {
	case p == "/harness.html" || p == "/harness.js":
		http.ServeFile(w, r, filepath.Join("testdata", "xss", strings.TrimPrefix(p, "/")))
	case p == "/go":
		h.once.Do(func() { close(h.asked) })
		select {
		case <-h.release:
		case <-r.Context().Done():
		}
	case p == "/pages":
		json.NewEncoder(w).Encode(map[string]int{"pages": len(h.pages)})
	case strings.HasPrefix(p, "/page/"):
		i, err := strconv.Atoi(strings.TrimPrefix(p, "/page/"))
		if err != nil || i < 0 || i >= len(h.pages) {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(h.pages[i])
	case p == "/done" && r.Method == http.MethodPost:
		var rep harnessReport
		if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		h.done <- rep
	default:
		http.NotFound(w, r)
	}
}

// harnessPaths are the only requests the harness itself makes.
func harnessPath(p string) bool {
	return p == "/harness.html" || p == "/harness.js" || p == "/go" || p == "/pages" || p == "/done" ||
		strings.HasPrefix(p, "/page/") || p == "/favicon.ico"
}

// browserEvents is what the browser did while the snippets were in the page.
type browserEvents struct {
	mu          sync.Mutex
	started     bool
	scripts     []string // scripts compiled after the start: code that ran
	navigations []string
	frames      int
	images      []string // image loads (blocked here; the policy keeps http(s) images)
	requests    []string // any other request the content made
}

// harnessResult is what one harness run saw.
type harnessResult struct {
	report harnessReport
	events *browserEvents
	b      *browser
}

// scriptRuns counts the signs that code ran.
func (r *harnessResult) scriptRuns() int {
	return len(r.events.scripts) + len(r.report.Calls) + len(r.report.Errors)
}

// runHarness loads snippets into a fresh headless Chromium through the
// harness page and returns what happened.
func runHarness(t *testing.T, snippets []string) *harnessResult {
	t.Helper()
	const perPage = 400
	h := &harnessServer{release: make(chan struct{}), asked: make(chan struct{}), done: make(chan harnessReport, 1)}
	for i := 0; i < len(snippets); i += perPage {
		h.pages = append(h.pages, snippets[i:min(i+perPage, len(snippets))])
	}
	ts := httptest.NewServer(h)
	defer ts.Close()
	origin, _ := url.Parse(ts.URL)

	b := newBrowser(t, 5*time.Minute)
	ctx := b.ctx
	ev := &browserEvents{}
	require.NoError(t, chromedp.Listen(ctx, ev.record(ctx, origin)))
	_, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}})
	require.NoError(t, err)
	_, err = chromedp.Call(ctx, debugger.Enable, debugger.EnableParams{})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/harness.html")))

	select {
	case <-h.asked:
	case <-ctx.Done():
		t.Fatal("the harness never started")
	}
	time.Sleep(200 * time.Millisecond) // let the harness's own script events arrive first
	ev.mu.Lock()
	ev.started = true
	ev.mu.Unlock()
	close(h.release)

	res := &harnessResult{events: ev, b: b}
	select {
	case res.report = <-h.done:
	case <-time.After(4 * time.Minute):
		t.Fatal("the harness did not finish (did content navigate away?)")
	}
	time.Sleep(100 * time.Millisecond) // late events
	return res
}

// record returns the event listener that fills ev.
func (ev *browserEvents) record(ctx context.Context, origin *url.URL) func(any) {
	return func(e any) {
		switch e := e.(type) {
		case *fetch.EventRequestPaused:
			go ev.decide(ctx, e, origin)
		case *debugger.EventScriptParsed:
			ev.mu.Lock()
			if ev.started {
				ev.scripts = append(ev.scripts, e.URL+" "+e.Hash[:min(12, len(e.Hash))])
			}
			ev.mu.Unlock()
		case *page.EventFrameNavigated:
			ev.mu.Lock()
			if ev.started {
				ev.navigations = append(ev.navigations, e.Frame.URL)
			}
			ev.mu.Unlock()
		case *page.EventFrameAttached:
			ev.mu.Lock()
			ev.frames++
			ev.mu.Unlock()
		case *page.EventWindowOpen:
			ev.mu.Lock()
			ev.navigations = append(ev.navigations, "window.open "+e.URL)
			ev.mu.Unlock()
		}
	}
}

// TestXSSInBrowser loads what Sanitize and Highlighted make of the XSS
// corpora into headless Chromium and requires that none of it runs code,
// opens a dialog, navigates, or requests anything but images; every
// request the content makes is blocked before it leaves the machine. A
// control run with unsanitized payloads first proves that each detector
// fires.
func TestXSSInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test; skipped with -short")
	}
	corpora := loadCorpora(t)

	t.Run("control: raw payloads are caught", func(t *testing.T) {
		r := runHarness(t, []string{
			`<img src=x onerror="alert(1)">`,
			`<script>confirm(2)</script>`,
			`<script>undefinedFunction()</script>`,
			`<a href="jav&#x09;ascript:alert(3)">x</a>`,
			`<img src="http://evil.example/pixel.png">`,
			`<link rel="stylesheet" href="http://evil.example/a.css">`,
			`<iframe src="http://evil.example/"></iframe>`,
			`<div style="color:red" onclick="x()">style</div>`,
			`<p onmouseover="prompt(4)">hover me</p>`,
		})
		assert.Contains(t, r.report.Calls, "alert(1)", "alert hook")
		assert.Contains(t, r.report.Calls, "confirm(2)", "confirm hook")
		assert.Contains(t, r.report.Calls, "prompt(4)", "a handler that needs interaction")
		assert.NotEmpty(t, r.report.Errors, "script error hook")
		assert.GreaterOrEqual(t, len(r.events.scripts), 3, "compiled scripts")
		assert.NotEmpty(t, r.report.BadURLs, "javascript: URL")
		assert.GreaterOrEqual(t, len(r.report.Forbidden), 4, "forbidden markup")
		assert.NotEmpty(t, r.events.images, "image request")
		assert.GreaterOrEqual(t, len(r.events.requests), 2, "stylesheet and frame requests")
		assert.Positive(t, r.events.frames, "iframe")
	})

	start := time.Now()
	snippets, outputs, parseErrors := xssSnippets(t, corpora)
	tried := 0
	for _, c := range corpora {
		tried += len(c.payloads)
		t.Logf("%s: %d payloads", c.name, len(c.payloads))
	}
	t.Logf("%d payloads -> %d outputs (Sanitize, Parse+Highlighted, FromText+Highlighted; %d pages without article content) -> %d distinct snippets, prepared in %s",
		tried, outputs, parseErrors, len(snippets), time.Since(start).Round(time.Millisecond))
	r := runHarness(t, snippets)
	rep, ev := r.report, r.events
	ev.mu.Lock()
	defer ev.mu.Unlock()
	assert.Equal(t, len(snippets), rep.Snippets, "snippets inserted")
	assert.Empty(t, rep.Calls, "alert/confirm/prompt/print/open called")
	assert.Empty(t, rep.Errors, "script errors (something ran)")
	assert.Empty(t, rep.Forbidden, "forbidden elements or attributes in the browser's DOM")
	assert.Empty(t, rep.BadURLs, "URLs with a protocol other than http(s)/mailto")
	assert.False(t, rep.BaseChanged, "document base URL changed")
	assert.Empty(t, ev.scripts, "scripts compiled while content was in the page")
	assert.Empty(t, ev.navigations, "navigations")
	assert.Zero(t, ev.frames, "frames attached")
	assert.Empty(t, ev.requests, "non-image requests made by content")
	assert.Zero(t, r.b.dialogs.Load(), "JavaScript dialogs")
	assert.Empty(t, r.b.uncaught(), "uncaught exceptions")
	for i, u := range ev.images[:min(3, len(ev.images))] {
		t.Logf("image request %d: %s", i+1, u)
	}
	t.Logf("real browser: %d payloads tried, %d distinct outputs loaded in %s; script runs %d, dialogs %d, navigations %d, other requests %d; %d image requests (http(s) images the policy keeps) blocked by the harness",
		tried, rep.Snippets, time.Since(start).Round(time.Millisecond), r.scriptRuns(),
		r.b.dialogs.Load(), len(ev.navigations), len(ev.requests), len(ev.images))
}

// decide lets the harness's own requests through and fails every other
// one, recording it: nothing the content asks for leaves the machine.
func (ev *browserEvents) decide(ctx context.Context, e *fetch.EventRequestPaused, origin *url.URL) {
	u, err := url.Parse(e.Request.URL)
	if err == nil && u.Host == origin.Host && harnessPath(u.Path) {
		chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: e.RequestID}) //nolint:errcheck // the page reports a failure
		return
	}
	ev.mu.Lock()
	if e.ResourceType == network.ResourceTypeImage && u != nil && (u.Scheme == "http" || u.Scheme == "https") {
		ev.images = append(ev.images, e.Request.URL)
	} else {
		ev.requests = append(ev.requests, string(e.ResourceType)+" "+e.Request.URL)
	}
	ev.mu.Unlock()
	chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: e.RequestID, ErrorReason: network.ErrorReasonBlockedByClient}) //nolint:errcheck // best effort
}
