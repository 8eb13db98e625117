//go:build !(js && wasm)

package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	page := `<html><head><title>Storm hits the coast | Daily Example</title>
<link rel="canonical" href="https://example.com/storm"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits the coast</h1>
<p>The storm reached Florida on Monday, officials in Miami said, and more rain is expected.</p>
<p>Residents were told to stay home while crews cleared the roads and restored power lines.</p>
</article></body></html>`
	var out bytes.Buffer
	require.NoError(t, run(nil, strings.NewReader(page), &out))
	assert.Contains(t, out.String(), "links on the page: 2")
	assert.Contains(t, out.String(), "title: Storm hits the coast")
}

func TestRunMissingFile(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run([]string{"/nonexistent/page.html"}, nil, &out))
}
