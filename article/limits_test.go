package article

// Limits and hostile sizes: the documented input limits fail with typed
// errors, and inputs built to exhaust a parser (deep nesting, huge pages,
// huge words, huge tags, entity floods) finish with bounded memory. Time is
// never asserted here; hostile_bench_test.go shows it grows linearly.

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/entities"
)

// secPage wraps body HTML into a page whose article has enough ordinary
// text for content extraction to pick it.
func secPage(body string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile | Daily Example</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Hostile input</h1><p>` + secPara1 + `</p>` + body + `<p>` + secPara2 + `</p></article>
<footer>© Daily Example</footer></body></html>`
}

// secRepeat is an io.Reader of prefix, unit repeated n times, and suffix,
// generated on the fly so that a huge input costs no memory of its own.
type secRepeat struct {
	unit, suffix, cur []byte
	n, off, stage     int
}

func newSecRepeat(prefix, unit, suffix string, n int) *secRepeat {
	return &secRepeat{cur: []byte(prefix), unit: []byte(unit), suffix: []byte(suffix), n: n}
}

func (r *secRepeat) Read(p []byte) (int, error) {
	total := 0
	for len(p) > 0 {
		if r.off == len(r.cur) {
			if !r.advance() {
				break
			}
			continue
		}
		k := copy(p, r.cur[r.off:])
		r.off += k
		p = p[k:]
		total += k
	}
	if total == 0 {
		return 0, io.EOF
	}
	return total, nil
}

// advance moves to the next part; false at the end.
func (r *secRepeat) advance() bool {
	switch {
	case r.stage < 2 && r.n > 0:
		r.cur, r.stage, r.off = r.unit, 1, 0
		r.n--
	case r.stage < 2:
		r.cur, r.stage, r.off = r.suffix, 2, 0
	default:
		return false
	}
	return true
}

func TestSecRepeat(t *testing.T) {
	for n, want := range []string{"<>", "<a>", "<aa>", "<aaa>"} {
		b, err := io.ReadAll(newSecRepeat("<", "a", ">", n))
		if err != nil || string(b) != want {
			t.Errorf("secRepeat n=%d: %q, %v; want %q", n, b, err, want)
		}
	}
}

// secAllocated returns the bytes f allocates (runtime.MemStats.TotalAlloc
// delta): an upper bound on the memory it holds at any time.
func secAllocated(f func()) uint64 {
	var before, after runtime.MemStats
	// Two collections empty the sync.Pools (the first moves their
	// contents to a victim cache that Get still serves), so that every
	// measured run allocates its buffers: otherwise a run measures more or
	// less depending on what the run before it left in the pools.
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// secMaxAlloc fails when f allocates more than perByte bytes per input
// byte plus 32 MB. The bounds are generous: they catch memory that grows
// faster than the input (a quadratic copy, a buffered infinite stream),
// not constant factors.
func secMaxAlloc(t *testing.T, what string, inputBytes int, perByte float64, f func()) {
	t.Helper()
	got := secAllocated(f)
	limit := uint64(perByte*float64(inputBytes)) + 32<<20
	t.Logf("%s: input %s, allocated %s (bound %s)", what, secMB(uint64(inputBytes)), secMB(got), secMB(limit))
	if got > limit {
		t.Errorf("%s allocated %s for %s of input, more than the bound %s", what, secMB(got), secMB(uint64(inputBytes)), secMB(limit))
	}
}

func secMB(n uint64) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB" }

// secSlow skips tests that need seconds of CPU in -short mode and under
// the race detector, which is about correctness of concurrent code, not of
// input sizes.
func secSlow(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("hostile size: skipped in -short mode")
	}
	if secRace {
		t.Skip("hostile size: skipped under the race detector")
	}
}

func TestLimitMaxBytes(t *testing.T) {
	tests := []struct {
		name  string
		limit func(n int64) int64
		err   error
	}{
		{"below", func(n int64) int64 { return n + 1 }, nil},
		{"exact", func(n int64) int64 { return n }, nil},
		{"one over", func(n int64) int64 { return n - 1 }, ErrTooLarge},
		{"far over", func(n int64) int64 { return n / 10 }, ErrTooLarge},
		{"no limit", func(int64) int64 { return 0 }, nil},
		{"negative is no limit", func(int64) int64 { return -1 }, nil},
	}
	page, text := secPage(""), secTextDoc("Plain paragraph.")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			limit := tc.limit(int64(len(page)))
			if _, err := Parse(strings.NewReader(page), WithMaxBytes(limit), WithLinker(nil)); !errors.Is(err, tc.err) {
				t.Errorf("Parse(%d bytes, WithMaxBytes(%d)) = %v, want %v", len(page), limit, err, tc.err)
			}
			limit = tc.limit(int64(len(text)))
			if _, err := FromText(text, WithMaxBytes(limit), WithLinker(nil)); !errors.Is(err, tc.err) {
				t.Errorf("FromText(%d bytes, WithMaxBytes(%d)) = %v, want %v", len(text), limit, err, tc.err)
			}
		})
	}
}

// TestLimitMaxBytesStops checks that the limit stops reading: a 50 MB
// stream (and an endless one) against a 1 MB limit fails fast without
// buffering the stream.
func TestLimitMaxBytesStops(t *testing.T) {
	const limit = 1 << 20
	unit := "<p>" + secPara1 + "</p>\n"
	for _, tc := range []struct {
		name string
		n    int
	}{{"50MB", 50 << 20 / len(unit)}, {"endless", 1 << 62}} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			secMaxAlloc(t, "Parse "+tc.name+" stream, 1 MB limit", limit, 40, func() {
				r := newSecRepeat("<html><body><article>", unit, "</article></body></html>", tc.n)
				_, err = Parse(r, WithMaxBytes(limit), WithLinker(nil))
			})
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
		})
	}
}

// TestLimitDefaultMaxBytes feeds an endless stream with the default
// limit: it must end with ErrTooLarge, holding about one limit of input.
func TestLimitDefaultMaxBytes(t *testing.T) {
	secSlow(t)
	var err error
	unit := strings.Repeat("x", 1000) + " "
	secMaxAlloc(t, "Parse endless stream, default limit", DefaultMaxBytes, 4, func() {
		_, err = Parse(newSecRepeat("<p>", unit, "", 1<<62), WithLinker(nil))
	})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

// secNest returns n levels of open, then text, then n levels of close.
func secNest(open, close string, n int) string {
	return strings.Repeat(open, n) + "deep text here" + strings.Repeat(close, n)
}

var secNestings = []struct{ name, open, close string }{
	{"div", "<div>", "</div>"},
	{"span", "<span>", "</span>"},
	{"blockquote", "<blockquote>", "</blockquote>"},
	{"b-i-u", "<b><i><u>", "</u></i></b>"},
	{"ul-li", "<ul><li>", "</li></ul>"},
	{"table", "<table><tr><td>", "</td></tr></table>"},
	{"unclosed-div", "<div>", ""},
	{"unclosed-font", "<font>", ""},
	{"svg-g", "<svg><g>", ""},
}

func TestLimitMaxDepth(t *testing.T) {
	for _, nest := range secNestings {
		t.Run(nest.name, func(t *testing.T) {
			shallow := secPage(secNest(nest.open, nest.close, 5))
			deep := secPage(secNest(nest.open, nest.close, 300))
			if _, err := Parse(strings.NewReader(shallow), WithMaxDepth(100), WithLinker(nil)); errors.Is(err, ErrTooDeep) {
				t.Errorf("5 levels with WithMaxDepth(100): %v", err)
			}
			if _, err := Parse(strings.NewReader(deep), WithMaxDepth(100), WithLinker(nil)); !errors.Is(err, ErrTooDeep) {
				t.Errorf("300 levels with WithMaxDepth(100): err = %v, want ErrTooDeep", err)
			}
			doc, err := html.Parse(strings.NewReader(deep))
			if err != nil {
				// More than the 512 open elements the HTML parser
				// accepts: no tree to give FromNode.
				return
			}
			if _, err := FromNode(doc, WithMaxDepth(100), WithLinker(nil)); !errors.Is(err, ErrTooDeep) {
				t.Errorf("FromNode, 300 levels with WithMaxDepth(100): err = %v, want ErrTooDeep", err)
			}
		})
	}
}

// TestHostileDeepNesting: 10,000 levels fail fast with the default limit
// and, with the limit off, still finish with bounded memory and no stack
// exhaustion; whatever comes out is safe.
func TestHostileDeepNesting(t *testing.T) {
	for _, nest := range secNestings {
		t.Run(nest.name, func(t *testing.T) {
			page := secPage(secNest(nest.open, nest.close, 10000))
			var err error
			secMaxAlloc(t, "default limit", len(page), 60, func() {
				_, err = Parse(strings.NewReader(page), WithLinker(nil))
			})
			if !errors.Is(err, ErrTooDeep) {
				t.Errorf("10,000 levels, default limit: err = %v, want ErrTooDeep", err)
			}
			var a *Article
			secMaxAlloc(t, "no limit", len(page), 400, func() {
				a, err = Parse(strings.NewReader(page), WithLinker(nil), WithMaxDepth(0))
			})
			secCheckResult(t, a, err)
			secMaxAlloc(t, "Sanitize", len(page), 400, func() {
				out := Sanitize(page)
				if vs := secCheckHTML(out); len(vs) > 0 {
					t.Errorf("Sanitize output unsafe: %v", vs[:min(len(vs), 5)])
				}
			})
		})
	}
}

// secCheckResult checks an article from hostile input: a typed error or a
// safe, valid result.
func secCheckResult(t *testing.T, a *Article, err error) {
	t.Helper()
	if err != nil {
		if !secAcceptable(err) {
			t.Errorf("unexpected error: %v", err)
		}
		return
	}
	r := secCheckArticle(a)
	for _, vs := range [][]secViolation{r.HTML, r.Highlighted, r.Marked} {
		if len(vs) > 0 {
			t.Errorf("unsafe output: %v", vs[:min(len(vs), 5)])
		}
	}
}

// secHostile are the hostile bodies of TestHostileSizes and the
// benchmarks, as a function of a scale n.
var secHostile = []struct {
	name string
	body func(n int) string
}{
	{"huge-page", func(n int) string {
		return strings.Repeat("<p>"+secPara3+"</p>\n", n*1000/len(secPara3))
	}},
	{"huge-paragraph", func(n int) string {
		return "<p>" + strings.Repeat("Joe Biden met Emmanuel Macron in Paris. ", n*25) + "</p>"
	}},
	{"no-spaces", func(n int) string {
		return "<p>" + strings.Repeat("Ab1.", n*250) + "</p>"
	}},
	{"single-word", func(n int) string { return "<p>" + strings.Repeat("a", n*1000) + "</p>" }},
	{"million-attrs", func(n int) string {
		var b strings.Builder
		b.WriteString("<p")
		for i := range n * 100 {
			b.WriteString(" a")
			b.WriteString(strconv.Itoa(i))
			b.WriteString(`="x"`)
		}
		b.WriteString(">attributes</p>")
		return b.String()
	}},
	{"duplicate-attrs", func(n int) string {
		return "<p" + strings.Repeat(` title="x"`, n*100) + ">attributes</p>"
	}},
	{"entity-amp", func(n int) string { return "<p>" + strings.Repeat("&amp;", n*200) + "</p>" }},
	{"entity-hex", func(n int) string { return "<p>" + strings.Repeat("&#x41;&#X10FFFF;&#0;&#x110000;", n*30) + "</p>" }},
	{"entity-named", func(n int) string {
		return "<p>" + strings.Repeat("&notin&NotNestedGreaterGreater;&amp", n*30) + "</p>"
	}},
	{"entity-unterminated", func(n int) string { return "<p>&" + strings.Repeat("a", n*1000) + "</p>" }},
	{"nested-inline", func(n int) string {
		return "<p>" + strings.Repeat("<b><i><em><strong><a href=\"https://x.example/\">", n*10) + "word" + "</p>"
	}},
	{"misnested-inline", func(n int) string {
		return "<p>" + strings.Repeat("<b><i>x</b>y</i>", n*50) + "</p>"
	}},
	{"unclosed-p", func(n int) string { return strings.Repeat("<p>word ", n*100) }},
	{"table-cells", func(n int) string {
		return "<table>" + strings.Repeat("<tr><td>cell<td>cell", n*50) + "</table>"
	}},
	{"comments", func(n int) string { return "<p>a" + strings.Repeat("<!--x-->", n*100) + "b</p>" }},
	{"unclosed-comment", func(n int) string { return "<p>a<!--" + strings.Repeat("x", n*1000) }},
	{"cdata-script", func(n int) string { return "<script>" + strings.Repeat("<!--<script>", n*80) + "</script>" }},
}

// secPipelines are the entry points TestHostileSizes measures, with the
// scale of the smaller input (25: about 25 KB; smaller inputs measure
// pools and map growth more than the pipeline). l is a linker with empty
// caches.
var secPipelines = []struct {
	name  string
	scale int
	run   func(page string, l *entities.Linker) (*Article, error)
}{
	{"Parse", 25, func(p string, _ *entities.Linker) (*Article, error) {
		return Parse(strings.NewReader(p), WithLinker(nil), WithMaxDepth(0))
	}},
	{"Sanitize", 25, func(p string, _ *entities.Linker) (*Article, error) {
		return &Article{HTML: Sanitize(p)}, nil
	}},
	{"FromText", 25, func(p string, _ *entities.Linker) (*Article, error) {
		return FromText(p, WithLinker(nil))
	}},
	{"Parse+linker", 25, func(p string, l *entities.Linker) (*Article, error) {
		return Parse(strings.NewReader(p), WithMaxDepth(0), WithLinker(l))
	}},
	{"FromText+linker", 25, func(p string, l *entities.Linker) (*Article, error) {
		return FromText(p, WithLinker(l))
	}},
}

// TestHostileSizes runs each hostile body through every pipeline at two
// sizes, 4x apart: memory must grow about linearly (at most 6x for 4x
// the input) and stay under 1,000 bytes per input byte, and the output of
// the larger input must be safe. Each measured run gets a fresh linker:
// the linker's caches would otherwise make the second run cheaper.
func TestHostileSizes(t *testing.T) {
	if testing.Short() || secRace {
		t.Skip("hostile sizes: skipped in -short mode and under the race detector")
	}
	// First-use initialization (policy, embedded data) is not measured.
	for _, p := range secPipelines {
		p.run(secPage("<p>Warm up in Paris.</p>"), entities.Default())
	}
	for _, h := range secHostile {
		t.Run(h.name, func(t *testing.T) {
			for _, p := range secPipelines {
				small, large := secPage(h.body(p.scale)), secPage(h.body(4*p.scale))
				var (
					a   *Article
					err error
				)
				l1, l4 := entities.New(nil), entities.New(nil)
				a1 := secAllocated(func() { a, err = p.run(small, l1) })
				a4 := secAllocated(func() { a, err = p.run(large, l4) })
				t.Logf("%-16s %7d B: %8s   %7d B: %8s  (x%.1f)", p.name, len(small), secMB(a1), len(large), secMB(a4), float64(a4)/float64(max(a1, 1)))
				if a4 > 6*a1+2<<20 {
					t.Errorf("%s: memory grows faster than the input: %s for %d bytes, %s for %d bytes", p.name, secMB(a1), len(small), secMB(a4), len(large))
				}
				if a4 > 1000*uint64(len(large))+32<<20 {
					t.Errorf("%s: %s for %d bytes of input", p.name, secMB(a4), len(large))
				}
				if p.name == "Sanitize" {
					if vs := secCheckSanitized(a.HTML); len(vs) > 0 {
						t.Errorf("Sanitize: unsafe output: %v", vs[:min(len(vs), 5)])
					}
					continue
				}
				secCheckResult(t, a, err)
			}
		})
	}
}

// TestHostileMillionAttributes parses a tag with a million attributes
// (about 11 MB), distinct and repeated.
func TestHostileMillionAttributes(t *testing.T) {
	secSlow(t)
	var b strings.Builder
	b.WriteString("<p")
	for i := range 1_000_000 {
		b.WriteString(" a")
		b.WriteString(strconv.Itoa(i))
		b.WriteString("=x")
	}
	b.WriteString(">Attributes everywhere.</p>")
	for name, tag := range map[string]string{"distinct": b.String(), "repeated": "<p" + strings.Repeat(" title=x", 1_000_000) + ">Attributes everywhere.</p>"} {
		t.Run(name, func(t *testing.T) {
			page := secPage(tag)
			var (
				a   *Article
				err error
			)
			secMaxAlloc(t, "Parse", len(page), 200, func() {
				a, err = Parse(strings.NewReader(page), WithLinker(nil))
			})
			secCheckResult(t, a, err)
			if err == nil && !strings.Contains(a.Text, "Attributes everywhere.") {
				t.Error("the text of the tag is lost")
			}
			secMaxAlloc(t, "Sanitize", len(page), 100, func() {
				if vs := secCheckSanitized(Sanitize(page)); len(vs) > 0 {
					t.Errorf("unsafe: %v", vs[:min(len(vs), 5)])
				}
			})
		})
	}
}

// TestHostile50MB parses a 50 MB article page (under the default 64 MB
// limit) end to end.
func TestHostile50MB(t *testing.T) {
	secSlow(t)
	var b bytes.Buffer
	b.WriteString(secPage(""))
	unit := "<p>" + secPara1 + " " + secPara2 + "</p>\n"
	body := bytes.Repeat([]byte(unit), 50<<20/len(unit))
	page := strings.Replace(b.String(), "</article>", string(body)+"</article>", 1)
	body = nil
	var (
		a   *Article
		err error
	)
	secMaxAlloc(t, "Parse 50 MB", len(page), 80, func() {
		a, err = Parse(strings.NewReader(page), WithLinker(nil))
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Count(page, "<p>"); strings.Count(a.Text, "Floodwaters rose") < want-2 {
		t.Errorf("Text has %d of the %d paragraphs", strings.Count(a.Text, "Floodwaters rose"), want)
	}
}

// TestHostileZeroArticle: methods on articles not built by this package
// must not panic.
func TestHostileZeroArticle(t *testing.T) {
	for _, a := range []*Article{
		{},
		{HTML: "<p>Hello <script>alert(1)</script>world</p>", Text: "Hello world"},
		{HTML: "<p>Hello world</p>", Text: "Hello world", Mentions: secMentions("Hello world")},
		{HTML: "<p>Hello</p>", Text: "Hello", Mentions: secMentions("Hello world, more text")},
	} {
		func() {
			defer secRecover(t, "Highlighted", a.HTML)
			if vs := secCheckSanitized(a.Highlighted()); len(vs) > 0 {
				t.Errorf("Highlighted of %+v: %v", a, vs)
			}
		}()
	}
}
