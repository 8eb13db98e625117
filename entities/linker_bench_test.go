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
	// Results between teams named by their homes, whose sides are
	// counted per sentence: 64 times as long, the same cost per byte.
	b.Run("results", func(b *testing.B) { benchFind(b, Default(), results) })
	b.Run("64-results", func(b *testing.B) { benchFind(b, Default(), strings.Repeat(results, 64)) })
}

// results is sports reporting in which towns stand for their teams.
const results = "Chelsea beat Burnley 3-0 as the midfielder scored twice. The Heat grabbed 40 rebounds, " +
	"and Boston fans cheered in Miami. Liverpool drew 1-1 with Everton after a late equaliser. "

func benchFind(b *testing.B, l *Linker, s string) {
	l.Prepare()
	l.Find(s) // decode the embedded data outside the timing
	b.SetBytes(int64(len(s)))
	b.ReportMetric(float64(len(strings.Fields(s))), "words")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		l.Find(s)
	}
}
