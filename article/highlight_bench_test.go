package article

import (
	"bytes"
	"testing"
)

// The highlighting budget: Highlighted on the seed page should cost at
// most 30% of Parse on it. Compare BenchmarkSeedParse with
// BenchmarkSeedHighlighted (and BenchmarkSeedParseNoLinker).

func seedArticle(b *testing.B, opts ...Option) ([]byte, *Article) {
	b.Helper()
	page := []byte(readShared(b, "seed", "seed.html"))
	a, err := Parse(bytes.NewReader(page), opts...)
	if err != nil {
		b.Fatal(err)
	}
	return page, a
}

func BenchmarkSeedParse(b *testing.B) {
	page, _ := seedArticle(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSeedParseNoLinker(b *testing.B) {
	page, _ := seedArticle(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(page), WithLinker(nil)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSeedHighlighted(b *testing.B) {
	_, a := seedArticle(b)
	b.ReportMetric(float64(len(a.Mentions)), "mentions")
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Highlighted()
	}
}

func BenchmarkSeedSanitize(b *testing.B) {
	page, _ := seedArticle(b)
	s := string(page)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Sanitize(s)
	}
}
