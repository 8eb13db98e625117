package article

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// checkDecodeJSON fails unless decodeJSON agrees with json.Unmarshal.
func checkDecodeJSON(t *testing.T, s string) {
	t.Helper()
	var want any
	err := json.Unmarshal([]byte(s), &want)
	got, ok := decodeJSON(s)
	if ok != (err == nil) {
		t.Fatalf("decodeJSON(%q) ok = %v, json.Unmarshal error %v", s, ok, err)
	}
	if ok && !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeJSON(%q) = %#v, want %#v", s, got, want)
	}
}

var jsonSamples = []string{
	``, ` `, `null`, `true`, `false`, `nul`, `truex`, `0`, `-0`, `01`, `-`, `1.`, `1.5`, `1e5`, `1E+5`, `1e-5`, `1e`, `.5`,
	`1e999`, `-1e999`, `1e-999`, `123456789012345678901234567890`, `""`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9\u4e2d"`,
	`"\ud83d\ude00"`, `"\ud83d"`, `"\ud83dx"`, `"\ude00\ud83d"`, `"\ud83d\u0041"`, `"\u12"`, `"\x"`, "\"a\tb\"", "\"\xff\xfeok\"",
	"\"\xef\xbf\xbd\"", `"abc`, `[]`, `[1,]`, `[1 2]`, `[,1]`, `[1,[2,[3]]]`, `{}`, `{"a":1,}`, `{"a" 1}`, `{a:1}`,
	`{"a":1,"a":2}`, `{"@type":"NewsArticle","headline":"Hi","author":[{"@type":"Person","name":"X"}]}`, " \t\r\n[ 1 , {\"b\" : null } ]\n ",
	"\ufeff{}", `{"a":[}`, `[1]x`, `{"":""}`, `"\u0000"`, `[1e1000, 2]`, `{"\ud800":"\udfff\udbff\udfff"}`,
	strings.Repeat("[", 10000) + strings.Repeat("]", 10000), strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	strings.Repeat(`{"a":`, 10001) + "1" + strings.Repeat("}", 10001),
}

func TestDecodeJSON(t *testing.T) {
	t.Parallel()
	for _, s := range jsonSamples {
		checkDecodeJSON(t, s)
	}
}

func FuzzDecodeJSON(f *testing.F) {
	for _, s := range jsonSamples {
		if len(s) < 1000 {
			f.Add(s)
		}
	}
	f.Fuzz(checkDecodeJSON)
}
