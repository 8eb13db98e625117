package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/tagger/conll"
)

func main() {
	trainPath := flag.String("train", "../../../../shared/eval/ner/conllpp_train.txt", "training file (CoNLL format)")
	devPath := flag.String("dev", "../../../../shared/eval/ner/conllpp_dev.txt", "development file for reporting F1 (optional)")
	out := flag.String("out", "model.bin", "model file to write")
	epochs := flag.Int("epochs", 14, "training epochs per stage")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	useKB := flag.Bool("kb", true, "gazetteer features from the embedded knowledge base")
	margin := flag.Int("margin", 24, "cost-augmented training margin (0: plain perceptron)")
	stacked := flag.Bool("stacked", true, "add a second, document-level stage")
	minWeight := flag.Float64("minweight", 0.5, "drop features whose averaged weights all stay below this")
	evalOnly := flag.String("eval", "", "only score this model file on -dev")
	prune := flag.Float64("prune", 1, "finally drop single weights below this magnitude (with -eval: prune that model and write -out)")
	pruneRows := flag.Float64("prunerows", 2.5, "drop the rows (a feature's weights in one stage) whose largest weight is below this; with -eval as -prune")
	predOut := flag.String("pred", "", "write dev predictions (token gold predicted) to this file")
	flag.Parse()
	log.SetFlags(0)

	var dev []conll.Doc
	if *devPath != "" {
		dev = read(*devPath)
	}
	prep := &conll.Prep{}
	if *useKB {
		k, err := kb.Default()
		if err != nil {
			log.Fatalf("knowledge base: %v", err)
		}
		prep.KB = k
	}
	if *evalOnly != "" {
		// An existing model is pruned only on request.
		evalPrune, evalRows := 0.0, 0.0
		flag.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "prune":
				evalPrune = *prune
			case "prunerows":
				evalRows = *pruneRows
			}
		})
		evaluate(*evalOnly, prep, dev, evalPrune, evalRows, *out)
		return
	}
	train := read(*trainPath)
	start := time.Now()
	opt := tagger.TrainOptions{Epochs: *epochs, Seed: *seed, MinWeight: *minWeight, Stacked: *stacked, Margin: *margin}
	if dev != nil {
		opt.Progress = func(stage, ep int, m *tagger.Model) {
			_, _, f := prep.Evaluate(m, dev).All.F1()
			log.Printf("stage %d epoch %d: dev F1 %.4f (%d features, %s)", stage, ep, f, m.Features(), time.Since(start).Round(time.Second))
		}
	}
	m := tagger.Train(prep.TrainDocs(train), opt)
	m = pruned(m, *prune, *pruneRows)
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes, %d features", *out, buf.Len(), m.Features())
	if dev != nil {
		fmt.Print(prep.Evaluate(m, dev))
	}
	if *predOut != "" {
		writePred(*predOut, prep, m, dev)
	}
}

func read(path string) []conll.Doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return docs
}

// writePred writes dev predictions for error analysis: one token per line
// with its gold and predicted IOB tags.
func writePred(path string, prep *conll.Prep, m *tagger.Model, docs []conll.Doc) {
	var b bytes.Buffer
	for _, d := range docs {
		for _, s := range prep.Predict(m, d) {
			for i, w := range s.Tokens {
				fmt.Fprintf(&b, "%s %s %s\n", w, s.Tags[i], s.Pred[i])
			}
			b.WriteByte('\n')
		}
		b.WriteString("\n")
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// evaluate scores an existing model file on the development set.
func evaluate(path string, prep *conll.Prep, dev []conll.Doc, prune, pruneRows float64, out string) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m, err := tagger.Decode(f)
	if err != nil {
		log.Fatal(err)
	}
	if prune > 0 || pruneRows > 0 {
		m = pruned(m, prune, pruneRows)
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("pruned to %d features, %d bytes", m.Features(), buf.Len())
	}
	fmt.Print(prep.Evaluate(m, dev))
}

// pruned applies the row and weight pruning thresholds that are set.
func pruned(m *tagger.Model, prune, pruneRows float64) *tagger.Model {
	if pruneRows > 0 {
		m = m.PruneRows(pruneRows)
	}
	if prune > 0 {
		m = m.Prune(prune)
	}
	return m
}
