package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBodyText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"inline tags add nothing", `<p><b>Kat</b>aib <i>Hez</i>bollah</p>`, "Kataib Hezbollah"},
		{"white space collapsed", "<p>  a \n\t b  </p>\n\n  <p> c </p>", "a b\n\nc"},
		{"space across inline boundary", `<p>a <b> b</b> c</p>`, "a b c"},
		{"nbsp is a space", "<p>U.S.&nbsp;&nbsp;troops</p>", "U.S. troops"},
		{"empty blocks vanish", `<p>&nbsp;</p><p>x</p><div> </div><p>y</p>`, "x\n\ny"},
		{"nested blocks one separator", `<div><div><p>a</p></div></div><div><p>b</p></div>`, "a\n\nb"},
		{"br is a line break", `<p>a<br>b</p>`, "a\nb"},
		{"double br is a paragraph", `<p>a<br><br>b</p>`, "a\n\nb"},
		{"headings and lists", `<h2>Title</h2><ul><li>one</li><li>two</li></ul>`, "Title\n\none\n\ntwo"},
		{"table cells", `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>`, "a\n\nb\n\nc"},
		{"figure caption", `<figure><img src="https://x.example/a.jpg"><figcaption>Cap</figcaption></figure>after`, "Cap\n\nafter"},
		{"image separates words", `a<img src="https://x.example/a.jpg">b`, "a b"},
		{"pre keeps lines", "<pre>line one\n  line   two\n\n\nthree</pre>", "line one\nline two\n\nthree"},
		{"pre leading newline", "<pre>\nx</pre>", "x"},
		{"blockquote", `<p>a</p><blockquote>q</blockquote>`, "a\n\nq"},
		{"links inline", `<p>see <a href="https://x.example/">Iraq</a>'s</p>`, "see Iraq's"},
		{"empty", ``, ""},
		{"only space", " \n ", ""},
		{"ruby annotation kept", "<p>東<ruby>京<rp>(</rp><rt>kyō</rt><rp>)</rp></ruby>都</p>", "東京(kyō)都"},
		{"unicode spaces", "<p>a\u2009b\u3000c</p>", "a b c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b, err := newBody(Sanitize(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, b.text)
			checkSegments(t, b)
		})
	}
}

// checkSegments verifies the offset map: segments are ordered, verbatim
// ones copy their node bytes, collapsed ones stand for white space, and
// all text outside segments is separator white space.
func checkSegments(t testing.TB, b *body) {
	t.Helper()
	covered := 0
	for i, s := range b.segs {
		if s.start < covered {
			t.Fatalf("segment %d starts at %d before %d", i, s.start, covered)
		}
		if strings.TrimSpace(b.text[covered:s.start]) != "" {
			t.Fatalf("text %q not covered by segments", b.text[covered:s.start])
		}
		data := b.texts[s.node].Data
		src := data[s.off : s.off+int(s.nlen)]
		txt := b.text[s.start : s.start+int(s.tlen)]
		if s.verbatim() && s.nlen > 1 && src != txt {
			t.Fatalf("segment %d: text %q != node %q", i, txt, src)
		}
		if !s.verbatim() && (txt != " " || strings.TrimFunc(src, isSpace) != "") {
			t.Fatalf("segment %d: collapsed %q from %q", i, txt, src)
		}
		covered = s.start + int(s.tlen)
	}
	if strings.TrimSpace(b.text[covered:]) != "" {
		t.Fatalf("tail %q not covered", b.text[covered:])
	}
}

// TestBodyPieces checks that any range of Text maps back to node bytes
// with the same words.
func TestBodyPieces(t *testing.T) {
	t.Parallel()
	in := `<p>The <b>Kataib</b> Hezbollah&nbsp;group</p><ul><li>a <i>b</i></li><li>c</li></ul><p>x<br>y</p>`
	b, err := newBody(Sanitize(in))
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		s := r.IntN(len(b.text) + 1)
		e := s + r.IntN(len(b.text)-s+1)
		var got strings.Builder
		for _, p := range b.pieces(s, e, nil) {
			got.WriteString(b.texts[p.node].Data[p.from:p.to])
			got.WriteByte(' ')
		}
		assert.Equal(t, strings.Fields(b.text[s:e]), strings.Fields(got.String()), "range [%d,%d) %q", s, e, b.text[s:e])
	}
}

// TestBodyDeepLinear builds the text of a deep (within parser limits) and a
// long document; it must not recurse or take quadratic time.
func TestBodyDeepLinear(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("<div><span>", 200) + "x" + strings.Repeat("</span></div>", 200)
	b, err := newBody(Sanitize(deep))
	require.NoError(t, err)
	assert.Equal(t, "x", b.text)
	long := strings.Repeat("<p>word <b>bold</b> text</p>", 20000)
	b, err = newBody(Sanitize(long))
	require.NoError(t, err)
	assert.Equal(t, 20000*len("word bold text")+19999*2, len(b.text))
}

func TestBodySeedParagraphs(t *testing.T) {
	t.Parallel()
	page := readShared(t, "seed", "seed.html")
	want := seedParagraphs(t)
	b, err := newBody(Sanitize(page))
	require.NoError(t, err)
	for _, p := range want {
		assert.Contains(t, b.text, "\n\n"+p+"\n\n")
	}
	checkSegments(t, b)
}

// seedParagraphs returns the body paragraphs of seed.txt.
func seedParagraphs(t testing.TB) []string {
	t.Helper()
	txt := readShared(t, "seed", "seed.txt")
	var out []string
	for i, block := range strings.Split(txt, "\n\n") {
		block = strings.TrimSpace(block)
		if i == 0 || block == "" {
			continue // headline and caption
		}
		out = append(out, block)
	}
	return out
}

// TestSanitizeBody checks that sanitizeBody agrees with
// newBody(Sanitize(x)): same HTML, same text, same highlighting.
func TestSanitizeBody(t *testing.T) {
	t.Parallel()
	limit := 0
	if testing.Short() {
		limit = 40
	}
	inputs := append(corpusInputs(t, limit), `<p>see <a href="/x">Iraq</a>'s <img src="data:x">army</p>`)
	r := rand.New(rand.NewPCG(3, 5))
	for _, in := range inputs {
		h, b, err := sanitizeBody(in)
		want := Sanitize(in)
		require.Equal(t, want, h)
		wb, werr := newBody(want)
		if werr != nil {
			require.Error(t, err)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, wb.text, b.text)
		ms := wordMentions(b.text, r)
		require.Equal(t, highlight(wb, ms), highlight(b, ms), "input %q", clip(in))
	}
}
