package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	page := filepath.Join("..", "testdata", "article.html")
	tests := []struct {
		name    string
		args    []string
		in      string
		replies int
		wantErr bool
	}{
		{"one reply a line", []string{page, "https://news.example.com/a"}, "\n\n\n", 3, false},
		{"no request", []string{page, "https://news.example.com/a"}, "", 0, false},
		{"no URL", []string{page}, "\n", 0, true},
		{"no page", []string{filepath.Join(t.TempDir(), "none.html"), "https://news.example.com/a"}, "\n", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tc.args, strings.NewReader(tc.in), &out)
			if tc.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			lines := strings.Fields(out.String())
			require.Len(t, lines, tc.replies)
			for _, l := range lines {
				ns, err := strconv.ParseInt(l, 10, 64)
				require.NoError(t, err)
				assert.Positive(t, ns)
			}
		})
	}
}

func TestNotHTML(t *testing.T) {
	page := filepath.Join(t.TempDir(), "empty.html")
	require.NoError(t, os.WriteFile(page, nil, 0o644))
	assert.Error(t, run([]string{page, "https://news.example.com/a"}, strings.NewReader("\n"), new(bytes.Buffer)))
}
