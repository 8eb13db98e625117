package article

// Fuzz targets that hold every output to the full safety rules of
// safety_test.go. Seeds: testdata/fuzz/<target>/ (inputs the fuzzer found),
// the html5lib tree-construction inputs of golang.org/x/net, and the XSS
// corpora when ../shared is present.

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/newslens/newslens/entities"
)

// secFuzzSeeds adds the html5lib inputs and the smaller XSS corpora as
// seeds when they are available.
func secFuzzSeeds(f *testing.F, add func(string)) {
	// The malformed-HTML corpus ships with golang.org/x/net; no seed is
	// copied into testdata.
	for _, in := range html5libInputs(f) {
		add(in)
	}
	dir := secSharedDirOK("eval", "xss")
	if dir == "" {
		return
	}
	for _, c := range secLoadCorpora(f) {
		if c.Name == "payloadbox" {
			continue
		}
		for _, p := range c.Payloads {
			if len(p) < 4000 {
				add(p)
			}
		}
	}
}

// FuzzSanitizeSafety: Sanitize output passes every safety rule and is a
// fixed point.
func FuzzSanitizeSafety(f *testing.F) {
	secFuzzSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, in string) {
		if vs := secCheckSanitized(Sanitize(in)); len(vs) > 0 {
			t.Fatalf("Sanitize(%q): %v", in, vs)
		}
	})
}

// FuzzParseSafety: the fuzzed markup inside an article body and, escaped,
// in every metadata field; every output is safe.
func FuzzParseSafety(f *testing.F) {
	secFuzzSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, in string) {
		opts := []Option{WithURL("https://news.example.com/a/b.html"), WithLinker(nil), WithMaxBytes(1 << 20)}
		for _, page := range []string{secBodyPage(in), secMetaPage(in)} {
			a, err := Parse(strings.NewReader(page), opts...)
			if err != nil {
				if !secAcceptable(err) {
					t.Fatalf("unexpected error %v for %q", err, in)
				}
				continue
			}
			secFatalIf(t, in, secCheckArticle(a))
		}
	})
}

// FuzzFromTextSafety: text that looks like markup stays text, and the
// HTML built from it is safe.
func FuzzFromTextSafety(f *testing.F) {
	secFuzzSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, in string) {
		a, err := FromText(secTextDoc(in), WithLinker(nil))
		if err != nil {
			if !secAcceptable(err) {
				t.Fatalf("unexpected error %v for %q", err, in)
			}
			return
		}
		secFatalIf(t, in, secCheckArticle(a))
		if vs := secTextKept(in, a); len(vs) > 0 {
			t.Fatalf("FromText(%q): %v", in, vs)
		}
	})
}

// FuzzHighlightedHostile: arbitrary mentions, including ones outside the
// text, empty, reversed, overlapping, inside a UTF-8 sequence or with
// hostile entity fields, never make Highlighted panic or emit unsafe
// HTML, and never change the text.
func FuzzHighlightedHostile(f *testing.F) {
	f.Add(`<p>strikes on <b>Kataib</b> Hezbollah in <a href="https://x.example/">Baghdad</a></p>`, []byte{0, 5, 1, 3, 200, 7})
	secFuzzSeeds(f, func(s string) { f.Add(s, []byte{1, 2, 3, 4, 5, 6, 7, 8}) })
	f.Fuzz(func(t *testing.T, in string, spans []byte) {
		a := &Article{}
		if err := finish(a, in, newConfig([]Option{WithLinker(nil)})); err != nil {
			return
		}
		a.Mentions = secFuzzMentions(a.Text, spans)
		if vs := secCheckHighlighted(a); len(vs) > 0 {
			t.Fatalf("Highlighted of %q with %d mentions: %v", in, len(a.Mentions), vs)
		}
	})
}

// secFuzzMentions turns bytes into mentions: each 4-byte group gives a
// start (relative to the previous end, possibly backwards), a length, a
// type and an entity; offsets are not validated on purpose.
func secFuzzMentions(text string, b []byte) []entities.Mention {
	types := append(secTypes, "", "Person\" onclick=\"alert(1)", "nl-<script>")
	var ms []entities.Mention
	pos := 0
	for ; len(b) >= 4; b = b[4:] {
		delta := int(int8(b[0]))
		length := int(binary.BigEndian.Uint16([]byte{0, b[1]})) - 8
		pos += delta
		m := entities.Mention{Start: pos, End: pos + length, Type: types[int(b[2])%len(types)], Entity: secEntities[int(b[3])%len(secEntities)]}
		if m.Start >= 0 && m.End <= len(text) && m.Start <= m.End {
			m.Text = text[m.Start:m.End]
		}
		ms = append(ms, m)
		pos = m.End
	}
	return ms
}

func secFatalIf(t *testing.T, in string, r secArticleResult) {
	t.Helper()
	for _, vs := range [][]secViolation{r.HTML, r.Highlighted, r.Marked} {
		if len(vs) > 0 {
			t.Fatalf("input %q: %v", in, vs)
		}
	}
}
