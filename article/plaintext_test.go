package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromTextSeed(t *testing.T) {
	t.Parallel()
	txt := readShared(t, "seed", "seed.txt")
	a, err := FromText(txt, WithLinker(nil))
	require.NoError(t, err)
	assert.Equal(t, "US widens rifts with Iraq, threatens to close Baghdad embassy", a.Title)
	require.NotNil(t, a.Image)
	assert.Equal(t, "Security forces close the bridge leading to the Green Zone, Baghdad, Oct. 26, 2019.", a.Image.Caption)
	assert.Equal(t, "AP Photo", a.Image.Credit)
	assert.Equal(t, strings.Join(seedParagraphs(t), "\n\n"), a.Text)
	assert.Equal(t, a.HTML, Sanitize(a.HTML))
}

func TestFromText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in               string
		title, caption, credit string
		text                   string
	}{
		{
			name:  "headline caption body",
			in:    "Big news today\nA man walks. (AFP)\n\nFirst para.\n\nSecond para.",
			title: "Big news today", caption: "A man walks.", credit: "AFP",
			text: "First para.\n\nSecond para.",
		},
		{
			name:  "headline then body",
			in:    "Storm hits coast\n\nThe storm arrived at dawn.\n\nPower is out.",
			title: "Storm hits coast",
			text:  "The storm arrived at dawn.\n\nPower is out.",
		},
		{
			name:  "headline, caption block, body",
			in:    "Storm hits coast\n\nWaves on the pier. Photo: Reuters\n\nThe storm arrived.",
			title: "Storm hits coast", caption: "Waves on the pier.", credit: "Reuters",
			text: "The storm arrived.",
		},
		{
			name: "first line a sentence is no title",
			in:   "The storm arrived at dawn.\n\nPower is out.",
			text: "The storm arrived at dawn.\n\nPower is out.",
		},
		{
			name: "single line is body",
			in:   "Just one line",
			text: "Just one line",
		},
		{
			name:  "hard wrapped lines joined",
			in:    "Title here\n\nThis paragraph is\nwrapped at a short\nwidth.\n\nNext.",
			title: "Title here",
			text:  "This paragraph is wrapped at a short width.\n\nNext.",
		},
		{
			name: "long lines are paragraphs",
			in:   strings.Repeat("word ", 30) + "end.\n" + strings.Repeat("more ", 30) + "end.",
			text: strings.Repeat("word ", 30) + "end.\n\n" + strings.Repeat("more ", 30) + "end.",
		},
		{
			name:  "CRLF and spaces",
			in:    "Headline\r\n\r\n  Body   text  here. \r\n",
			title: "Headline",
			text:  "Body text here.",
		},
		{
			name:  "markup is text",
			in:    "Title\n\n<script>alert(1)</script> & <b>x</b>",
			title: "Title",
			text:  "<script>alert(1)</script> & <b>x</b>",
		},
		{
			name:  "caption without a blank line after it",
			in:    "Big news today\nA man walks. (AFP)\nFirst para.\n\nSecond para.",
			title: "Big news today", caption: "A man walks.", credit: "AFP",
			text: "First para.\n\nSecond para.",
		},
		{
			name:  "headline over one paragraph per line",
			in:    "Storm hits coast\n" + strings.Repeat("word ", 30) + "end.\n" + strings.Repeat("more ", 30) + "end.",
			title: "Storm hits coast",
			text:  strings.Repeat("word ", 30) + "end.\n\n" + strings.Repeat("more ", 30) + "end.",
		},
		{
			name: "wrapped first paragraph is no title",
			in:   "The storm arrived at dawn and\nknocked out power.\n\nMore later.",
			text: "The storm arrived at dawn and knocked out power.\n\nMore later.",
		},
		{
			name: "invalid UTF-8 repaired",
			in:   "caf\xe9 au lait",
			text: "caf\uFFFD au lait",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, err := FromText(tt.in, WithLinker(nil))
			require.NoError(t, err)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.text, a.Text)
			if tt.caption != "" || tt.credit != "" {
				require.NotNil(t, a.Image)
				assert.Equal(t, tt.caption, a.Image.Caption)
				assert.Equal(t, tt.credit, a.Image.Credit)
			} else {
				assert.Nil(t, a.Image)
			}
		})
	}
}

func TestFromTextErrors(t *testing.T) {
	t.Parallel()
	_, err := FromText("", WithLinker(nil))
	assert.ErrorIs(t, err, ErrNoContent)
	_, err = FromText(" \n\n \t", WithLinker(nil))
	assert.ErrorIs(t, err, ErrNoContent)
	_, err = FromText("a\x00b", WithLinker(nil))
	assert.ErrorIs(t, err, ErrNotHTML)
	_, err = FromText(string([]byte{0x89, 'P', 'N', 'G', 0xff, 0xfe, 0x01, 0x02, 0x03}), WithLinker(nil))
	assert.ErrorIs(t, err, ErrNotHTML)
	_, err = FromText(strings.Repeat("x", 100), WithLinker(nil), WithMaxBytes(10))
	assert.ErrorIs(t, err, ErrTooLarge)
}

func FuzzFromText(f *testing.F) {
	f.Add("Headline\nCaption. (AP Photo)\n\nBody.")
	f.Add("a\n\nb\r\n\r\nc")
	f.Add("caf\xe9")
	if b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "seed.txt")); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := FromText(in, WithLinker(nil))
		if err != nil {
			return
		}
		for _, s := range []string{a.Title, a.Text, a.HTML} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
		if Sanitize(a.HTML) != a.HTML {
			t.Fatalf("HTML not sanitized: %q", a.HTML)
		}
		// Every word of the body is in the text: the lines after the
		// headline (the first non-blank line) and, when there is an
		// image, after the caption line, the next non-blank one.
		have := map[string]bool{}
		for _, w := range strings.Fields(a.Title + " " + a.Text) {
			have[w] = true
		}
		body := strings.Split(strings.ReplaceAll(strings.ToValidUTF8(in, "\uFFFD"), "\r", "\n"), "\n")
		skipLine := func() {
			for len(body) > 0 && strings.TrimSpace(strings.TrimPrefix(body[0], "\uFEFF")) == "" {
				body = body[1:]
			}
			if len(body) > 0 {
				body = body[1:]
			}
		}
		skipLine()
		if a.Image != nil {
			skipLine()
		}
		for _, w := range strings.Fields(strings.Join(body, "\n")) {
			if !have[w] {
				t.Fatalf("word %q lost from %q", w, in)
			}
		}
	})
}
