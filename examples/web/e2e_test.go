//go:build !js && !wasip1

package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/article"
	"github.com/newslens/newslens/entities"
)

// pageView is what the demo page shows, read back from the DOM.
type pageView struct {
	State     string            `json:"state"`
	Status    string            `json:"status"`
	Title     string            `json:"title"`
	Marks     int               `json:"marks"`
	Mentions  map[string]string `json:"mentions"` // data-mention -> text of its marks
	Entities  int               `json:"entities"`
	Legend    map[string]int    `json:"legend"`
	TabStops  int               `json:"tabStops"`
	LeadImage bool              `json:"leadImage"`
}

const readView = `(() => {
  const q = (s) => Array.from(document.querySelectorAll(s));
  const mentions = {};
  for (const m of q('#body mark.nl-entity[data-mention]')) {
    mentions[m.dataset.mention] = (mentions[m.dataset.mention] || '') + m.textContent;
  }
  const legend = {};
  for (const b of q('#legend button')) legend[b.dataset.type] = Number(b.querySelector('.count').textContent);
  const img = document.querySelector('#article img');
  return {
    state: document.documentElement.dataset.state || '',
    status: document.getElementById('status').textContent,
    title: (document.querySelector('#meta h2') || {}).textContent || '',
    marks: q('#body mark.nl-entity').length,
    mentions, legend,
    entities: q('#entities li').length,
    tabStops: q('#body mark[tabindex="0"]').length,
    leadImage: !!img && img.complete && img.naturalWidth > 0,
  };
})()`

// waitReady waits until the page has rendered an analysis.
func waitReady(t *testing.T, ctx context.Context) pageView {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`['ready', 'error'].includes(document.documentElement.dataset.state)`,
		chromedp.WithPollingTimeout(90*time.Second), chromedp.WithPollingInterval(50*time.Millisecond)))
	require.NoError(t, err, "waiting for the page to render")
	v, err := chromedp.Run(ctx, chromedp.Evaluate[pageView](readView))
	require.NoError(t, err)
	require.Equal(t, "ready", v.State, "page failed: %s", v.Status)
	return v
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	require.NoError(t, err, js)
	return v
}

// TestDemo drives the demo page in headless Chromium: the sample article
// must show exactly the mentions and entities the Go library finds, the
// filters, card and keyboard must work, and pasted hostile HTML must not
// run.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test; skipped with -short")
	}
	start := time.Now()
	dir := builtDemo(t)
	t.Logf("demo built in %s", time.Since(start).Round(time.Millisecond))
	ts := httptest.NewServer(newHandler(dir))
	defer ts.Close()
	b := newBrowser(t, 4*time.Minute)
	ctx := b.ctx

	// Requests to anything but the test server would break the page's
	// promise to load nothing from elsewhere. The browser reports requests
	// that the page's CSP then blocks too; those never leave.
	var mu sync.Mutex
	foreign := map[network.RequestID]string{}
	cspBlocked := 0
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if !sameOrigin(e.Request.URL, ts.URL) {
				foreign[e.RequestID] = e.Request.URL
			}
		case *network.EventLoadingFailed:
			if _, ok := foreign[e.RequestID]; ok && e.BlockedReason == network.BlockedReasonCsp {
				delete(foreign, e.RequestID)
				cspBlocked++
			}
		}
	}))
	_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)

	// Record the main thread's long tasks: the module runs in a worker, so
	// loading and parsing must not block the page.
	_, err = chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`,
	})
	require.NoError(t, err)
	start = time.Now()
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1200, 800), chromedp.Navigate(ts.URL+"/")))
	v := waitReady(t, ctx)
	t.Logf("first analysis (module cold): %s", eval[string](t, ctx, `document.getElementById('stats').textContent`))
	t.Logf("sample rendered %s after navigation: %d marks, %d mentions, %d entities",
		time.Since(start).Round(time.Millisecond), v.Marks, len(v.Mentions), v.Entities)

	t.Logf("longest main-thread task while loading: %.0f ms", eval[float64](t, ctx, `Math.max(0, ...window.__longTasks)`))
	assert.Equal(t, "undefined", eval[string](t, ctx, `typeof globalThis.Go + typeof globalThis.newslens === 'undefinedundefined' ? 'undefined' : 'main thread'`),
		"the module runs in the worker, not on the page")

	t.Run("sample matches the Go library", func(t *testing.T) {
		want := nativeSample(t, ts.URL+"/sample.html")
		assert.Equal(t, want.Title, v.Title)
		require.NotEmpty(t, want.Mentions, "the default linker finds no entity in the sample")
		assert.Len(t, v.Mentions, len(want.Mentions), "distinct data-mention values")
		for i, m := range want.Mentions {
			assert.Equal(t, m.Text, v.Mentions[strconv.Itoa(i)], "text of mention %d", i)
		}
		assert.Equal(t, countMarks(t, want.Highlighted()), v.Marks, "marks")
		assert.Equal(t, len(want.Entities), v.Entities, "entities in the side list")
		byType := map[string]int{}
		for _, m := range want.Mentions {
			byType[string(m.Type)]++
		}
		for _, typ := range []entities.Type{entities.Person, entities.Organization, entities.Place, entities.Group, entities.Misc} {
			assert.Equal(t, byType[string(typ)], v.Legend[string(typ)], "legend count of %s", typ)
		}
		assert.Equal(t, len(want.Mentions), v.TabStops, "one Tab stop per mention")
		if want.Image != nil {
			assert.True(t, v.LeadImage, "lead image %s loaded", want.Image.URL)
		}
	})

	t.Run("legend filter hides a type", func(t *testing.T) {
		typ := busiestType(v.Legend)
		require.NotEmpty(t, typ)
		sel := `#legend button[data-type="` + typ + `"]`
		marksOf := `Array.from(document.querySelectorAll('#body mark.nl-entity[data-type="` + typ + `"]'))`
		styled := marksOf + `.filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)' || getComputedStyle(m, '::after').content !== 'none').length`
		require.Positive(t, eval[int](t, ctx, styled), "marks of %s are styled before the click", typ)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))))
		assert.Equal(t, "false", eval[string](t, ctx, `document.querySelector('`+sel+`').getAttribute('aria-pressed')`))
		assert.Zero(t, eval[int](t, ctx, styled), "marks of %s still highlighted", typ)
		assert.Zero(t, eval[int](t, ctx, marksOf+`.filter((m) => m.tabIndex === 0).length`), "hidden marks leave the Tab order")
		others := `Array.from(document.querySelectorAll('#body mark.nl-entity:not([data-type="` + typ + `"])')).filter((m) => getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)').length`
		assert.Zero(t, eval[int](t, ctx, others), "other types stay highlighted")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))))
		assert.Equal(t, "true", eval[string](t, ctx, `document.querySelector('`+sel+`').getAttribute('aria-pressed')`))
		assert.Positive(t, eval[int](t, ctx, styled))
	})

	t.Run("keyboard: Tab, Enter, Esc", func(t *testing.T) {
		// Start at a mention whose next Tab stop is a mention (article
		// links are Tab stops too).
		next := eval[string](t, ctx, `(() => {
		  const stops = Array.from(document.querySelectorAll('#body a[href], #body [tabindex="0"]'));
		  const i = stops.findIndex((s, i) => s.matches('mark') && stops[i + 1] && stops[i + 1].matches('mark'));
		  stops[i].focus();
		  return stops[i + 1].dataset.mention;
		})()`)
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
		assert.Equal(t, next, eval[string](t, ctx, `document.activeElement.dataset.mention || ''`), "Tab moves to the next mention")
		assert.False(t, eval[bool](t, ctx, `document.getElementById('card').hidden`), "focus shows the card")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)))
		assert.True(t, eval[bool](t, ctx, `document.getElementById('card').classList.contains('pinned')`), "Enter pins the card")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)))
		assert.True(t, eval[bool](t, ctx, `document.getElementById('card').hidden`), "Esc closes the card")
		assert.True(t, eval[bool](t, ctx, `document.activeElement.matches('#body mark')`), "focus returns to the mention")
	})

	t.Run("hover shows the card", func(t *testing.T) {
		pt := eval[[]float64](t, ctx, `(() => {
		  const m = document.querySelectorAll('#body mark[tabindex="0"]')[2];
		  m.scrollIntoView({ block: 'center' });
		  const r = m.getClientRects()[0]; // its first line: a mark may wrap
		  return [r.left + r.width / 2, r.top + r.height / 2, 2, r.top]; // then the page's left margin
		})()`)
		require.Len(t, pt, 4)
		require.NoError(t, chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pt[0], pt[1])))
		assert.False(t, eval[bool](t, ctx, `document.getElementById('card').hidden`), "hovering a mark shows its card: %s",
			eval[string](t, ctx, `(document.elementFromPoint(`+fmt.Sprint(pt[0])+`, `+fmt.Sprint(pt[1])+`) || {}).outerHTML`))
		assert.False(t, eval[bool](t, ctx, `document.getElementById('card').classList.contains('pinned')`))
		require.NoError(t, chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pt[2], pt[3])))
		assert.True(t, eval[bool](t, ctx, `document.getElementById('card').hidden`), "leaving the mark hides the unpinned card")
	})

	t.Run("entity card", func(t *testing.T) {
		// Show the article from its headline and open the card of a linked
		// mention in view, a person if possible: this is the README's
		// screenshot.
		mention := eval[string](t, ctx, `(() => {
		  const top = document.getElementById('article').getBoundingClientRect().top + window.scrollY;
		  window.scrollTo(0, top - 8);
		  const marks = Array.from(document.querySelectorAll('#body mark[tabindex="0"]'));
		  const linked = (m) => /^Q[0-9]+$/.test(m.dataset.entity || '');
		  const inView = (m) => { const r = m.getBoundingClientRect(); return r.top > 0 && r.bottom < 600 && r.left < 420 && !m.closest('figcaption'); };
		  const m = marks.find((m) => linked(m) && inView(m) && m.dataset.type === 'Person') ||
		    marks.find((m) => linked(m) && inView(m)) || marks.find(inView) || marks[0];
		  return m.dataset.mention;
		})()`)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#body mark[data-mention="`+mention+`"]`))))
		card := eval[map[string]any](t, ctx, `(() => {
		  const c = document.getElementById('card');
		  return {hidden: c.hidden, pinned: c.classList.contains('pinned'), name: document.getElementById('card-name').textContent,
		    type: document.getElementById('card-type').textContent,
		    links: Array.from(c.querySelectorAll('a')).map((a) => ({href: a.href, target: a.target, rel: a.rel}))};
		})()`)
		assert.Equal(t, false, card["hidden"])
		assert.Equal(t, true, card["pinned"])
		assert.NotEmpty(t, card["name"])
		assert.NotEmpty(t, card["type"])
		links, _ := card["links"].([]any)
		for _, l := range links {
			m := l.(map[string]any)
			assert.Regexp(t, `^https://(www\.wikidata\.org|en\.wikipedia\.org)/wiki/`, m["href"])
			assert.Equal(t, "_blank", m["target"])
			assert.Equal(t, "noopener noreferrer", m["rel"])
		}
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		saveScreenshot(t, shot)
	})

	t.Run("pasted XSS does not run", func(t *testing.T) {
		payload := strings.Join([]string{
			`<h1>Headline about France</h1><p>President Emmanuel Macron spoke in Paris.</p>`,
			`<figure><img src="https://images.example.net/elysee.jpg" alt="The Elysee Palace"><figcaption>Paris</figcaption></figure>`,
			`<img src=x onerror="window.__pwned=1;alert(1)">`,
			`<script>window.__pwned=2;alert(2)</script>`,
			`<svg onload="window.__pwned=3"><a href="javascript:alert(3)">x</a></svg>`,
			`<a href="jav&#x09;ascript:window.__pwned=4">click</a>`,
			`<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>`,
			`<details open ontoggle="window.__pwned=6">d</details>`,
			`<input autofocus onfocus="window.__pwned=7">`,
			`<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=8">`,
			`<form><button formaction="javascript:window.__pwned=9">go</button></form>`,
			`<p>Berlin</p><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=10">`,
		}, "\n")
		require.NoError(t, chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](`document.getElementById('input').open = true; document.documentElement.dataset.state = 'pasting'`),
			chromedp.SetValue(chromedp.ID("source"), payload),
			chromedp.Click(chromedp.CSS(`input[name=mode][value=html]`)),
			chromedp.Click(chromedp.ID("analyze")),
		))
		waitReady(t, ctx)
		time.Sleep(500 * time.Millisecond) // let load/error/focus events fire
		assert.Equal(t, "undefined", eval[string](t, ctx, `typeof window.__pwned`), "a payload ran")
		bad := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#body *')).flatMap((e) => {
		  const out = [];
		  if (/^(script|style|iframe|object|embed|svg|math|form|input|button|meta|base|link|details)$/i.test(e.localName)) out.push(e.localName);
		  for (const a of e.attributes) {
		    if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc' || a.name === 'formaction') out.push(e.localName + '[' + a.name + ']');
		  }
		  for (const k of ['href', 'src']) if (e[k] && !/^(https?|mailto):/.test(new URL(e[k], location.href).protocol)) out.push(e.localName + '[' + k + ']=' + e[k]);
		  return out;
		})`)
		assert.Empty(t, bad, "unsafe markup in the rendered article")
		assert.Contains(t, eval[string](t, ctx, `document.getElementById('body').textContent`), "Emmanuel Macron")
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector('#body .blocked')`, chromedp.WithPollingTimeout(5*time.Second)))
		assert.NoError(t, err, "a remote image is replaced by its description")
		assert.Zero(t, b.dialogs.Load(), "JavaScript dialogs opened")
	})

	t.Run("plain text file", func(t *testing.T) {
		const text = "Estonia and Finland study a rail tunnel under the Gulf of Finland\n" +
			"A ferry leaves Tallinn for Helsinki at dawn. (Photo: Riverside Courier)\n\n" +
			"TALLINN — Ministers from Estonia and Finland met in Tallinn on Monday to discuss a rail tunnel that would link the two capitals.\n\n" +
			"Café owners near the harbour 🙂 said the ferries to Helsinki are full every summer, and the European Commission has paid for early studies.\n"
		file := filepath.Join(t.TempDir(), "story.txt")
		require.NoError(t, os.WriteFile(file, []byte(text), 0o644))
		require.NoError(t, chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](`document.documentElement.dataset.state = 'uploading'`),
			chromedp.SetUploadFiles(chromedp.ID("file"), []string{file}),
		))
		got := waitReady(t, ctx)
		want, err := article.FromText(text)
		require.NoError(t, err)
		require.NotEmpty(t, want.Mentions, "the default linker finds no entity in the text")
		t.Logf("plain text: %d marks, %d mentions, %d entities", got.Marks, len(got.Mentions), got.Entities)
		assert.Equal(t, want.Title, got.Title)
		assert.Len(t, got.Mentions, len(want.Mentions))
		for i, m := range want.Mentions {
			assert.Equal(t, m.Text, got.Mentions[strconv.Itoa(i)], "text of mention %d", i)
		}
		assert.Equal(t, countMarks(t, want.Highlighted()), got.Marks)
		assert.Equal(t, len(want.Entities), got.Entities)
	})

	t.Run("back to the sample", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](`document.documentElement.dataset.state = 'reloading'`),
			chromedp.Click(chromedp.ID("sample"))))
		again := waitReady(t, ctx)
		t.Logf("second (warm) analysis of the sample: %s", eval[string](t, ctx, `document.getElementById('stats').textContent`))
		assert.Equal(t, v.Marks, again.Marks)
		assert.Equal(t, v.Mentions, again.Mentions)
		assert.Equal(t, v.Entities, again.Entities)
	})

	time.Sleep(200 * time.Millisecond) // late network events
	mu.Lock()
	assert.Empty(t, foreign, "requests to other hosts")
	assert.Positive(t, cspBlocked, "the pasted remote image was blocked by the CSP")
	mu.Unlock()
	assert.Empty(t, b.uncaught(), "uncaught exceptions in the page")
	assert.Zero(t, b.dialogs.Load(), "JavaScript dialogs opened")
}

// nativeSample parses the bundled sample the way the page does, with the
// Go library and the default linker.
func nativeSample(t *testing.T, pageURL string) *article.Article {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("static", "sample.html"))
	require.NoError(t, err)
	a, err := article.Parse(bytes.NewReader(src), article.WithURL(pageURL))
	require.NoError(t, err)
	return a
}

// countMarks counts the mark elements of highlighted HTML.
func countMarks(t *testing.T, highlighted string) int {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(highlighted))
	require.NoError(t, err)
	return doc.Find("mark.nl-entity").Length()
}

func busiestType(legend map[string]int) string {
	best := ""
	for typ, n := range legend {
		if n > legend[best] || (n == legend[best] && n > 0 && typ < best) {
			best = typ
		}
	}
	return best
}

func sameOrigin(u, base string) bool {
	a, err1 := url.Parse(u)
	b, err2 := url.Parse(base)
	if err1 != nil || err2 != nil {
		return false
	}
	if a.Scheme == "data" || a.Scheme == "blob" {
		return true
	}
	return a.Scheme == b.Scheme && a.Host == b.Host
}
