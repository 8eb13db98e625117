package tagger_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/newslens/newslens/entities/internal/tagger"
)

func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile("model.bin")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(data)), "model-bytes")
	for b.Loop() {
		if _, err := tagger.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTag tags the CoNLL++ development set (about 51,000 tokens) and
// reports throughput in tokens per second.
func BenchmarkTag(b *testing.B) {
	docs := readDev(b)
	var in [][][]tagger.Token
	ntok := 0
	for _, d := range docs {
		var doc [][]tagger.Token
		for _, s := range d.Sents {
			var ts []tagger.Token
			for _, w := range s.Tokens {
				ts = append(ts, tagger.Token{Text: w})
			}
			ntok += len(ts)
			doc = append(doc, ts)
		}
		in = append(in, doc)
	}
	m := tagger.Default()
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range in {
			m.Tag(doc)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
