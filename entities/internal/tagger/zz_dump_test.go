package tagger_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/tagger/conll"
)

// Temporary: dumps tagger output for equivalence checks.
func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZDUMP")
	if out == "" {
		t.Skip()
	}
	k, _ := kb.Default()
	var sb strings.Builder
	for _, name := range []string{"eval/ner/conllpp_dev.txt", "eval/ner/conllpp_train.txt"} {
		f, _ := os.Open(sharedPath(t, name))
		docs, _ := conll.Read(f)
		f.Close()
		if len(docs) > 300 {
			docs = docs[:300]
		}
		p := &conll.Prep{KB: k}
		for _, d := range docs {
			var doc [][]tagger.Token
			for _, s := range d.Sents {
				ts, _ := p.Sentence(s)
				doc = append(doc, ts)
			}
			for i, ss := range tagger.Default().Tag(doc) {
				for _, s := range ss {
					fmt.Fprintf(&sb, "%d %d %d %v %.9f\n", i, s.Start, s.End, s.Label, s.Score)
				}
			}
			sb.WriteString("--\n")
		}
	}
	os.WriteFile(out, []byte(sb.String()), 0o644)
}
