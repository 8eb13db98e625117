//go:build !js && !wasip1

package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newslens/newslens/examples/web/internal/build"
)

// chromiumPath finds a headless-capable Chromium: $NEWSLENS_CHROMIUM, then
// the usual names. "" when none is installed.
func chromiumPath() string {
	if p := os.Getenv("NEWSLENS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is one headless Chromium with a tab, and what the tab did that a
// test must see: JavaScript dialogs (each dismissed at once, or Chromium
// would block) and uncaught exceptions.
type browser struct {
	ctx        context.Context
	dialogs    atomic.Int64
	mu         sync.Mutex
	exceptions []string
}

// newBrowser starts Chromium for the test, or skips the test when none is
// installed. Every action on ctx is bounded by timeout.
func newBrowser(t testing.TB, timeout time.Duration) *browser {
	t.Helper()
	exe := chromiumPath()
	if exe == "" {
		t.Skip("no Chromium installed (apt-get install chromium, or set NEWSLENS_CHROMIUM): skipping the browser test")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1200, 800),
	}
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	ctx, cancelCtx := chromedp.NewContext(ctx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		cancelTimeout()
	})
	b := &browser{ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			b.dialogs.Add(1)
			t.Logf("JavaScript %s dialog: %q", e.Type, e.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false}) //nolint:errcheck // the count is what fails a test
		case *runtime.EventExceptionThrown:
			b.mu.Lock()
			b.exceptions = append(b.exceptions, exceptionText(e.ExceptionDetails))
			b.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return b
}

// uncaught returns the page's uncaught exceptions so far.
func (b *browser) uncaught() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.exceptions...)
}

var demo struct {
	once sync.Once
	dir  string
	err  error
}

// builtDemo builds the demo once for the test binary.
func builtDemo(t testing.TB) string {
	t.Helper()
	demo.once.Do(func() {
		demo.dir, demo.err = os.MkdirTemp("", "newslens-web-test-")
		if demo.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		demo.err = build.Build(ctx, demo.dir, build.Config{Static: staticFS()})
	})
	if demo.err != nil {
		t.Fatalf("building the demo: %v", demo.err)
	}
	return demo.dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demo.dir != "" {
		os.RemoveAll(demo.dir)
	}
	os.Exit(code)
}

// saveScreenshot writes png to the test's temp dir and, when
// NEWSLENS_SCREENSHOT names a file, there too (that refreshes the
// README's picture).
func saveScreenshot(t *testing.T, png []byte) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "demo.png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Error(err)
	}
	if dst := os.Getenv("NEWSLENS_SCREENSHOT"); dst != "" {
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Error(err)
		}
		t.Logf("screenshot written to %s (%d bytes)", dst, len(png))
	}
}

// exceptionText describes an uncaught exception.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "exception"
	}
	msg := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		msg += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", msg, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}
