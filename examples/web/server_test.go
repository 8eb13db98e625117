package main

import (
	"io/fs"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html": "<!DOCTYPE html><title>x</title>", "newslens.wasm": "\x00asm\x01\x00\x00\x00",
		"newslens.mjs": "export {}", "worker.js": "", "style.css": "", "sample-rhine.svg": "<svg/>",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	h := newHandler(dir)
	tests := []struct {
		method, path string
		status       int
		ctype        string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"GET", "/newslens.wasm", 200, "application/wasm"},
		{"GET", "/newslens.mjs", 200, "text/javascript; charset=utf-8"},
		{"GET", "/worker.js", 200, "text/javascript; charset=utf-8"},
		{"GET", "/style.css", 200, "text/css; charset=utf-8"},
		{"GET", "/sample-rhine.svg", 200, "image/svg+xml"},
		{"HEAD", "/index.html", 301, ""},
		{"GET", "/missing.js", 404, ""},
		{"POST", "/", 405, ""},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
			assert.Equal(t, tc.status, rec.Code)
			if tc.ctype != "" {
				assert.Equal(t, tc.ctype, rec.Header().Get("Content-Type"))
			}
			csp := rec.Header().Get("Content-Security-Policy")
			assert.Contains(t, csp, "script-src 'self' 'wasm-unsafe-eval'")
			assert.Contains(t, csp, "img-src 'self' data:")
			assert.NotContains(t, csp, "unsafe-inline")
			assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
		})
	}
}

func TestListenFallsBack(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback networking: %v", err)
	}
	defer busy.Close()
	ln, err := listen(busy.Addr().String())
	require.NoError(t, err)
	defer ln.Close()
	assert.NotEqual(t, busy.Addr().String(), ln.Addr().String())
	assert.True(t, strings.HasPrefix(ln.Addr().String(), "127.0.0.1:"))
}

// TestStaticFiles checks that the page is complete and keeps its rules:
// no inline script or style, and innerHTML only for the sanitizer's output.
func TestStaticFiles(t *testing.T) {
	fsys := staticFS()
	for _, name := range []string{"index.html", "app.js", "worker.js", "style.css", "sample.html", "sample-rhine.svg"} {
		_, err := fs.Stat(fsys, name)
		assert.NoError(t, err, name)
	}
	index, err := fs.ReadFile(fsys, "index.html")
	require.NoError(t, err)
	assert.NotContains(t, string(index), "<script>", "inline script (the CSP forbids it)")
	assert.NotContains(t, string(index), "style=", "inline style (the CSP forbids it)")
	for _, ref := range []string{`src="http`, `href="http`, `src="//`, `href="//`} {
		assert.NotContains(t, string(index), ref, "the page loads nothing from other hosts")
	}
	app, err := fs.ReadFile(fsys, "app.js")
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(app), ".innerHTML ="), "innerHTML is assigned once, with the sanitized article")
	assert.Contains(t, string(app), "body.innerHTML = r.highlighted || r.html || ''")
	assert.NotContains(t, string(app), "insertAdjacentHTML")
	assert.NotContains(t, string(app), "outerHTML")
}
