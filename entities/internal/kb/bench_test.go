package kb

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/newslens/newslens/entities/internal/token"
)

// BenchmarkDecode measures decoding the embedded knowledge base and
// reports the live heap it needs.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	var k *KB
	for b.Loop() {
		var err error
		if k, err = Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(heapOf(func() any { k, _ := Decode(embedded); return k })/(1<<20), "heapMB")
	runtime.KeepAlive(k)
}

// heapOf returns the live heap bytes of the value f builds.
func heapOf(f func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := f()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(after.HeapAlloc) - float64(before.HeapAlloc)
}

// matchText is news text to match: the seed article when available,
// else a built-in paragraph, repeated to about 1 MB.
func matchText(_ testing.TB) string {
	text := "Washington has threatened to close its embassy in Baghdad, U.S. Secretary of State Mike Pompeo told President Barham Salih and Prime Minister Mustafa al-Kadhimi, an Iraqi official told AFP. "
	if data, err := os.ReadFile("../../../../shared/seed/seed.txt"); err == nil {
		text = string(data) + "\n\n"
	}
	return strings.Repeat(text, 1<<20/len(text)+1)
}

// BenchmarkFirstIndex measures building the first-token index that the
// first Match call builds.
func BenchmarkFirstIndex(b *testing.B) {
	k, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = buildFirst(k)
	}
}

// BenchmarkMatch measures whole-text alias matching over tokens.
func BenchmarkMatch(b *testing.B) {
	k, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	k.Prepare()
	text := matchText(b)
	toks := token.Tokenize(text)
	var m Matcher
	var dst []Match
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		dst = m.Match(k, toks, dst[:0])
	}
}

// BenchmarkTokenizeMatch includes tokenizing.
func BenchmarkTokenizeMatch(b *testing.B) {
	k, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	k.Prepare()
	text := matchText(b)
	var m Matcher
	var dst []Match
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		dst = m.Match(k, token.Tokenize(text), dst[:0])
	}
}

// BenchmarkLookup measures alias lookups.
func BenchmarkLookup(b *testing.B) {
	k, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"Baghdad", "al-Kadhemi", "United Nations", "Springfield", "AFP", "Nowhere Land"}
	for i := 0; b.Loop(); i++ {
		k.Lookup(names[i%len(names)])
	}
}
