package article

import (
	"encoding/json"
	"strings"
	"testing"
)

// jsonStringCases cover every escape class, at both ends of a string and
// inside and across the eight-byte words the fast path skips.
var jsonStringCases = []string{
	"",
	"plain ascii text that runs past several words",
	`<p class="x">Tom & Jerry's</p>`,
	"tab\there, newline\n, return\r, feed\f, back\b, nul\x00, unit\x1f, del\x7f",
	`back\slash and "quotes" at the end"`,
	"é ü 中文 🙂 mixed with ascii runs of text",
	"line\u2028sep and para\u2029sep",
	"bad \xff byte, cut \xe2\x80 rune, lone \x80",
	"eight..<eight...>eight..&",
	strings.Repeat("a", 7) + "\u2028" + strings.Repeat("b", 9),
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	t.Parallel()
	for _, s := range jsonStringCases {
		checkJSONString(t, s)
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStringCases {
		f.Add(s)
	}
	f.Fuzz(checkJSONString)
}

// checkJSONString compares appendJSONString with encoding/json's default
// encoding of s.
func checkJSONString(t *testing.T, s string) {
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendJSONString([]byte("x"), s); string(got) != "x"+string(want) {
		t.Fatalf("appendJSONString(%q) = %s, want x%s", s, got, want)
	}
}
