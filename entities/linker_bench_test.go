package entities

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkFind links a news article of about 1,000 words.
func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.Run("default", func(b *testing.B) { benchFind(b, Default(), s) })
	b.Run("no-tagger", func(b *testing.B) { benchFind(b, New(nil, WithTagger(false)), s) })
	// A long text shows that the cost per byte stays flat.
	b.Run("64-articles", func(b *testing.B) { benchFind(b, Default(), strings.Repeat(s+"\n\n", 64)) })
}

func benchFind(b *testing.B, l *Linker, s string) {
	l.Find(s) // decode the embedded data outside the timing
	b.SetBytes(int64(len(s)))
	b.ReportMetric(float64(len(strings.Fields(s))), "words")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		l.Find(s)
	}
}
