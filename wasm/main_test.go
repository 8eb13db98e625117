//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall/js"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/net/html"

	"github.com/newslens/newslens/entities"
)

// await blocks until the promise p settles and returns its value and
// whether it was fulfilled. Blocking the test goroutine hands control back
// to the JavaScript event loop, which runs the callbacks.
func await(t *testing.T, p js.Value) (js.Value, bool) {
	t.Helper()
	type result struct {
		v  js.Value
		ok bool
	}
	ch := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any { ch <- result{args[0], true}; return nil })
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any { ch <- result{args[0], false}; return nil })
	defer onOK.Release()
	defer onErr.Release()
	p.Call("then", onOK, onErr)
	r := <-ch
	return r.v, r.ok
}

// jsSlice returns JavaScript's s.slice(start, end).
func jsSlice(s js.Value, start, end int) string {
	return js.Global().Get("String").Get("prototype").Get("slice").Call("call", s, start, end).String()
}

// utf16Ref is the reference conversion: the UTF-16 length of s[:o], with
// invalid bytes counted as U+FFFD each, as encoding/json writes them.
func utf16Ref(s string, o int) int { return len(utf16.Encode([]rune(s[:o]))) }

func TestToUTF16(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		s    string
		offs []int
		want []int
	}{
		{"empty", "", []int{0}, []int{0}},
		{"ascii", "Paris is", []int{0, 5, 8}, []int{0, 5, 8}},
		{"two-byte", "José Martí", []int{0, 5, 6, 12}, []int{0, 4, 5, 10}},
		{"three-byte", "東京 Tokyo", []int{0, 6, 7, 12}, []int{0, 2, 3, 8}},
		{"flag pair", "🇺🇸 US", []int{0, 4, 8, 9, 11}, []int{0, 2, 4, 5, 7}},
		{"unsorted and repeated", "é🙂x", []int{7, 2, 0, 2, 6}, []int{4, 1, 0, 1, 3}},
		{"invalid bytes", "a\xff\xfeb", []int{1, 2, 3, 4}, []int{1, 2, 3, 4}},
		{"past end", "é", []int{5}, []int{1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := append([]int(nil), tc.offs...)
			ptrs := make([]*int, len(got))
			for i := range got {
				ptrs[i] = &got[i]
			}
			toUTF16(tc.s, ptrs)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("offset %d of %q: got %d, want %d", tc.offs[i], tc.s, got[i], tc.want[i])
				}
			}
		})
	}
}

func FuzzToUTF16(f *testing.F) {
	for _, s := range []string{"", "abc", "José Martí met 🇺🇸 officials in Zürich", "a\xffb\xe2\x82", "\U0010FFFF\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var offs []int
		for o := range len(s) + 1 {
			if o == len(s) || !isContinuation(s[o]) {
				offs = append(offs, o)
			}
		}
		got := append([]int(nil), offs...)
		ptrs := make([]*int, len(got))
		for i := range got {
			ptrs[len(got)-1-i] = &got[i] // reversed: the sort must restore order
		}
		toUTF16(s, ptrs)
		for i, o := range offs {
			if want := utf16Ref(s, o); got[i] != want && validBoundary(s, o) {
				t.Fatalf("offset %d of %q: got %d, want %d", o, s, got[i], want)
			}
		}
	})
}

// isContinuation reports whether c is a UTF-8 continuation byte.
func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// validBoundary reports whether s[:o] decodes without splitting a rune.
func validBoundary(s string, o int) bool {
	return strings.ToValidUTF8(s[:o], "?")+strings.ToValidUTF8(s[o:], "?") == strings.ToValidUTF8(s, "?")
}

// TestMentionsUTF16 checks the converted offsets with JavaScript's own
// String.prototype.slice on the string JSON would deliver.
func TestMentionsUTF16(t *testing.T) {
	t.Parallel()
	text := "José Martí met 🇺🇸 officials in Zürich, then 東京 with Angela Merkel."
	var ms []entities.Mention
	for _, name := range []string{"José Martí", "🇺🇸", "Zürich", "東京", "Angela Merkel"} {
		i := strings.Index(text, name)
		ms = append(ms, entities.Mention{Start: i, End: i + len(name), Text: name})
	}
	got := mentionsUTF16(text, ms)
	jsText := js.ValueOf(text)
	for i, m := range got {
		if s := jsSlice(jsText, m.Start, m.End); s != m.Text {
			t.Errorf("mention %q: JavaScript slice(%d, %d) = %q", m.Text, m.Start, m.End, s)
		}
		if ms[i].Start == m.Start && i > 0 {
			t.Errorf("mention %q: input was modified or not converted", m.Text)
		}
	}
}

func TestSettlePanicRejects(t *testing.T) {
	boom := func([]js.Value) (string, error) { panic("boom") }
	v, ok := await(t, settle("boom", boom, nil))
	if ok {
		t.Fatal("a panicking handler resolved")
	}
	if !v.InstanceOf(js.Global().Get("Error")) {
		t.Fatalf("rejected with %v, want an Error", v)
	}
	if code := v.Get("code").String(); code != "ERR_INTERNAL" {
		t.Errorf("code = %q, want ERR_INTERNAL", code)
	}
	if msg := v.Get("message").String(); !strings.Contains(msg, "boom") {
		t.Errorf("message %q does not name the panic", msg)
	}
	// A later call works.
	fine := func([]js.Value) (string, error) { return "ok", nil }
	if v, ok := await(t, settle("fine", fine, nil)); !ok || v.String() != "ok" {
		t.Errorf("call after a panic: got %v, %v", v, ok)
	}
}

func TestSettleJSExceptionRejects(t *testing.T) {
	// An options Proxy whose get trap throws: the trap is
	// Function.prototype.call, which throws a TypeError when it is called
	// on the handler, a non-function.
	traps := js.Global().Get("Object").New()
	traps.Set("get", js.Global().Get("Function").Get("prototype").Get("call"))
	opts := js.Global().Get("Proxy").New(js.Global().Get("Object").New(), traps)
	for _, h := range []handler{parse, fromText, findEntities, sanitize} {
		v, ok := await(t, settle("h", h, []js.Value{js.ValueOf("x"), opts}))
		if ok {
			t.Fatal("a throwing getter resolved")
		}
		if !v.InstanceOf(js.Global().Get("TypeError")) {
			t.Fatalf("rejected with %v, want the getter's TypeError", v)
		}
	}
	// The same for the bytes of a page.
	bytes := js.Global().Get("Proxy").New(js.Global().Get("Uint8Array").New(4), traps)
	if v, ok := await(t, settle("parse", parse, []js.Value{bytes})); ok {
		t.Fatalf("a Proxy page resolved: %v", v)
	}
	if v, ok := await(t, settle("fromText", fromText, []js.Value{js.ValueOf("Zürich")})); !ok {
		t.Fatalf("a call after the exceptions rejected: %v", v)
	}
}

func TestErrors(t *testing.T) {
	obj := func(kv ...any) js.Value {
		o := js.Global().Get("Object").New()
		for i := 0; i < len(kv); i += 2 {
			o.Set(kv[i].(string), kv[i+1])
		}
		return o
	}
	tests := []struct {
		name string
		h    handler
		args []any
		ctor string
		code string
	}{
		{"parse number", parse, []any{42}, "TypeError", "ERR_INVALID_ARG"},
		{"parse no args", parse, nil, "TypeError", "ERR_INVALID_ARG"},
		{"parse options string", parse, []any{"<p>x</p>", "https://x.test/"}, "TypeError", "ERR_INVALID_ARG"},
		{"parse url number", parse, []any{"<p>x</p>", obj("url", 5)}, "TypeError", "ERR_INVALID_ARG"},
		{"parse entities string", parse, []any{"<p>x</p>", obj("entities", "no")}, "TypeError", "ERR_INVALID_ARG"},
		{"parse maxBytes fraction", parse, []any{"<p>x</p>", obj("maxBytes", 1.5)}, "TypeError", "ERR_INVALID_ARG"},
		{"parse too large", parse, []any{"<p>0123456789</p>", obj("maxBytes", 4)}, "RangeError", "ERR_TOO_LARGE"},
		{"parse bytes too large", parse, []any{js.Global().Get("Uint8Array").New(10), obj("maxBytes", 4)}, "RangeError", "ERR_TOO_LARGE"},
		{"fromText null", fromText, []any{nil}, "TypeError", "ERR_INVALID_ARG"},
		{"fromText too large", fromText, []any{"éééé", obj("maxBytes", 6)}, "RangeError", "ERR_TOO_LARGE"},
		{"entities object", findEntities, []any{obj()}, "TypeError", "ERR_INVALID_ARG"},
		{"entities too large", findEntities, []any{"abcdef", obj("maxBytes", 5)}, "RangeError", "ERR_TOO_LARGE"},
		{"sanitize undefined", sanitize, []any{js.Undefined()}, "TypeError", "ERR_INVALID_ARG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := make([]js.Value, len(tc.args))
			for i, a := range tc.args {
				args[i] = js.ValueOf(a)
			}
			v, ok := await(t, settle(tc.name, tc.h, args))
			if ok {
				t.Fatalf("resolved with %v", v)
			}
			if !v.InstanceOf(js.Global().Get(tc.ctor)) {
				t.Errorf("rejected with %v, want a %s", v, tc.ctor)
			}
			if code := v.Get("code").String(); code != tc.code {
				t.Errorf("code = %q, want %q", code, tc.code)
			}
		})
	}
}

func TestJSErrorCodes(t *testing.T) {
	t.Parallel()
	for _, c := range errorCodes {
		e := jsError(errors.Join(errors.New("context"), c.err))
		if got := e.Get("code").String(); got != c.code {
			t.Errorf("%v: code = %q, want %q", c.err, got, c.code)
		}
		if !e.InstanceOf(js.Global().Get(c.ctor)) {
			t.Errorf("%v: not a %s", c.err, c.ctor)
		}
	}
}

// gcPercent returns the collector's setting.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

func TestResumeGC(t *testing.T) {
	before, limit := gcPercent(), debug.SetMemoryLimit(-1)
	pauseGC(firstCallHeadroom)
	pauseGC(1) // a second pause keeps the first's setting and limit
	if got := gcPercent(); got != -1 {
		t.Fatalf("paused collector's setting is %d, want -1", got)
	}
	if got := debug.SetMemoryLimit(-1); got >= limit || got < firstCallHeadroom {
		t.Fatalf("paused collector's memory limit is %d, want the memory in use plus %d", got, firstCallHeadroom)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	forced := ms.NumForcedGC
	// Any exported call resumes the collector as it returns.
	if _, ok := await(t, namespace().Call("sanitize", "<p>x</p>")); !ok {
		t.Fatal("sanitize rejected")
	}
	if got, gotLimit := gcPercent(), debug.SetMemoryLimit(-1); got != before || gotLimit != limit || gcPaused != nil {
		t.Fatalf("after the call the setting is %d, limit %d (paused: %v), want %d, %d", got, gotLimit, gcPaused != nil, before, limit)
	}
	resumeGC() // nothing to resume
	if got := gcPercent(); got != before {
		t.Fatalf("a second resume set %d, want %d", got, before)
	}
	time.Sleep(20 * time.Millisecond) // the event loop runs the timer
	runtime.ReadMemStats(&ms)
	if ms.NumForcedGC == forced {
		t.Error("no collection once the event loop was idle")
	}
}

// sink keeps allocations from being optimized away.
var sink []byte

func TestPauseGCHeadroom(t *testing.T) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	collections := ms.NumGC
	pauseGC(8 << 20)
	for range 64 {
		sink = make([]byte, 1<<20) // garbage past the headroom
	}
	runtime.ReadMemStats(&ms)
	resumeGC()
	if ms.NumGC == collections {
		t.Error("64 MB of garbage allocated during a pause with 8 MB of headroom were not collected")
	}
}

func TestModuleVersion(t *testing.T) {
	mod := func(path, version string, replace *debug.Module) debug.Module {
		return debug.Module{Path: path, Version: version, Replace: replace}
	}
	dep := func(path, version string, replace *debug.Module) *debug.Module {
		m := mod(path, version, replace)
		return &m
	}
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build information", nil, "devel"},
		{"go install at a version", &debug.BuildInfo{Main: mod(modulePath, "v1.2.3", nil)}, "v1.2.3"},
		{"work tree", &debug.BuildInfo{Main: mod(modulePath, "(devel)", nil)}, "devel"},
		{"a dependency", &debug.BuildInfo{Main: mod("example.com/app", "(devel)", nil), Deps: []*debug.Module{
			dep("golang.org/x/net", "v0.30.0", nil), dep(modulePath, "v1.4.0", nil)}}, "v1.4.0"},
		{"replaced by a directory", &debug.BuildInfo{Main: mod("example.com/app", "(devel)", nil), Deps: []*debug.Module{
			dep(modulePath, "v1.4.0", dep("../newslens", "", nil))}}, "devel"},
		{"replaced by a fork", &debug.BuildInfo{Main: mod("example.com/app", "(devel)", nil), Deps: []*debug.Module{
			dep(modulePath, "v1.4.0", dep("example.com/fork", "v1.4.1", nil))}}, "v1.4.1"},
		{"not among the modules", &debug.BuildInfo{Main: mod("example.com/app", "v0.1.0", nil)}, "devel"},
	}
	for _, tc := range tests {
		if got := moduleVersion(tc.bi); got != tc.want {
			t.Errorf("%s: moduleVersion = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestNamespace(t *testing.T) {
	ns := namespace()
	for _, name := range []string{"parse", "fromText", "entities", "sanitize"} {
		if ns.Get(name).Type() != js.TypeFunction {
			t.Errorf("newslens.%s is a %s, want a function", name, ns.Get(name).Type())
		}
	}
	if ns.Get("version").Type() != js.TypeString {
		t.Errorf("newslens.version is a %s, want a string", ns.Get("version").Type())
	}
	v, ok := await(t, ns.Call("entities", "José Martí met 🇺🇸 officials in Zürich with Angela Merkel."))
	if !ok {
		t.Fatalf("entities rejected: %v", v)
	}
	var res struct {
		Mentions []struct {
			Start, End int
			Text       string
		}
		Entities []json.RawMessage
	}
	if err := json.Unmarshal([]byte(v.String()), &res); err != nil {
		t.Fatalf("entities JSON: %v", err)
	}
	if res.Mentions == nil || res.Entities == nil {
		t.Errorf("entities JSON %s: want mentions and entities arrays", v.String())
	}
}

// TestArticleJSONOffsets parses a page and a text through the exported
// functions and checks every mention against the article text as
// JavaScript sees it, and that the highlighted HTML (rendered from the
// byte offsets before they are converted) marks the same text.
func TestArticleJSONOffsets(t *testing.T) {
	const page = `<html><head><title>Zürich talks</title></head><body><article>` +
		`<h1>Zürich talks</h1><p>José Martí met 🇺🇸 officials in Zürich on Monday, ` +
		`and Angela Merkel flew in from Berlin to meet Barack Obama.</p>` +
		`<p>The talks in Zürich ended late; Merkel said Germany and the United States agreed.</p>` +
		`</article></body></html>`
	const text = "Zürich talks\n\nJosé Martí met 🇺🇸 officials in Zürich on Monday, " +
		"and Angela Merkel flew in from Berlin to meet Barack Obama.\n\n" +
		"The talks in Zürich ended late; Merkel said Germany and the United States agreed."
	for _, tc := range []struct {
		name  string
		h     handler
		input string
	}{{"parse", parse, page}, {"fromText", fromText, text}} {
		t.Run(tc.name, func(t *testing.T) {
			v, ok := await(t, settle(tc.name, tc.h, []js.Value{js.ValueOf(tc.input)}))
			if !ok {
				t.Fatalf("%s rejected: %v", tc.name, v.Get("message"))
			}
			a := js.Global().Get("JSON").Call("parse", v)
			text := a.Get("text")
			ms := a.Get("mentions")
			if text.Type() != js.TypeString || ms.Length() == 0 {
				t.Fatalf("want text and mentions, got %s", v.String())
			}
			marks := markTexts(a.Get("highlighted").String())
			for i := range ms.Length() {
				m := ms.Index(i)
				want := m.Get("text").String()
				if got := jsSlice(text, m.Get("start").Int(), m.Get("end").Int()); got != want {
					t.Errorf("mention %d: text.slice(%d, %d) = %q, want %q", i, m.Get("start").Int(), m.Get("end").Int(), got, want)
				}
				if marks[i] != want {
					t.Errorf("mention %d %q: marks hold %q", i, want, marks[i])
				}
			}
		})
	}
}

// markTexts returns the text inside the marks of each data-mention index
// of the highlighted HTML.
func markTexts(highlighted string) map[int]string {
	doc, err := html.Parse(strings.NewReader(highlighted))
	if err != nil {
		return nil
	}
	out := map[int]string{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "mark" {
			continue
		}
		for _, at := range n.Attr {
			if i, err := strconv.Atoi(at.Val); at.Key == "data-mention" && err == nil {
				out[i] += textOf(n)
			}
		}
	}
	return out
}

// textOf returns the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
