package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/newslens/newslens/entities/internal/kb"
)

func main() {
	src := flag.String("src", "../../../../shared/kb-sources", "folder of the source data sets")
	hand := flag.String("handkept", "../kbgen/handkept.tsv", "hand-kept table in the text format")
	out := flag.String("out", "kb.bin", "output knowledge base")
	countries := flag.String("countries", "countries_gen.go", "output Go table of country names")
	dump := flag.String("dump", "", "also write the knowledge base in the text format to this file")
	flag.Parse()
	log.SetFlags(0)
	recs, names, err := generate(*src, *hand)
	if err != nil {
		log.Fatal(err)
	}
	k, err := kb.Build(recs)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, kb.Encode(k), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*countries, countryTable(names), 0o644); err != nil {
		log.Fatal(err)
	}
	if *dump != "" {
		f, err := os.Create(*dump)
		if err != nil {
			log.Fatal(err)
		}
		if err := kb.WriteText(f, k); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	fmt.Fprintf(os.Stderr, "kbgen: %d entities, %d keys, %d entries -> %s\n", k.Len(), k.Keys(), k.Entries(), filepath.Base(*out))
}

// generate reads every source and returns the sorted records and the
// country code -> name table.
func generate(src, hand string) ([]kb.Record, map[string]string, error) {
	b := newBuilder()
	if _, err := b.loadPopular(src); err != nil {
		return nil, nil, err
	}
	if err := b.handkept(hand); err != nil {
		return nil, nil, err
	}
	steps := []func(string) error{
		b.countries, b.states, b.cities, b.congress, b.factbook, b.petrarch, b.titles,
	}
	for _, step := range steps {
		if err := step(src); err != nil {
			return nil, nil, err
		}
	}
	return b.records(), b.countryNames, nil
}
