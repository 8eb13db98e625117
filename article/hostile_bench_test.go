package article

// Benchmarks over the hostile inputs of limits_test.go at 1x and 10x size:
// ns/op and B/op of the 10x case should be about ten times those of the
// 1x case. Run with
//
//	go test -run='^$' -bench=Hostile -benchmem ./article

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newslens/newslens/entities"
)

// secBenchScales are the two sizes compared (scale 10 is about 10 KB).
var secBenchScales = []int{10, 100}

func BenchmarkHostileParse(b *testing.B) {
	secBench(b, func(page string) error {
		_, err := Parse(strings.NewReader(page), WithLinker(nil), WithMaxDepth(0))
		return err
	})
}

func BenchmarkHostileSanitize(b *testing.B) {
	secBench(b, func(page string) error {
		Sanitize(page)
		return nil
	})
}

func BenchmarkHostileFromText(b *testing.B) {
	secBench(b, func(page string) error {
		_, err := FromText(page, WithLinker(nil))
		return err
	})
}

// BenchmarkHostileLinker runs the default linker on the text of each
// hostile page (Parse and FromText spend most of their time there).
func BenchmarkHostileLinker(b *testing.B) {
	l := entities.Default()
	l.Find("Warm up in Paris.")
	secBench(b, func(page string) error {
		l.Find(page)
		return nil
	})
}

func secBench(b *testing.B, f func(page string) error) {
	for _, h := range secHostile {
		for _, n := range secBenchScales {
			page := secPage(h.body(n))
			b.Run(h.name+"/"+strconv.Itoa(n/secBenchScales[0])+"x", func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					if err := f(page); err != nil && !secAcceptable(err) {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkHostileDeepNesting(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		page := secPage(secNest("<div>", "</div>", n))
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(strings.NewReader(page), WithLinker(nil))
				Sanitize(page)
			}
		})
	}
}
