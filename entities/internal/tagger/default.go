package tagger

import (
	_ "embed"
	"sync"
)

//go:generate go run ./train -out model.bin

//go:embed model.bin
var modelBin []byte

var defaultModel = sync.OnceValue(func() *Model {
	m, err := bytesModel(modelBin)
	if err != nil {
		// The embedded file is checked by the package tests; a model that
		// tags nothing is the safe fallback should it ever be damaged.
		return empty()
	}
	return m
})

// Default returns the embedded model trained on CoNLL-2003 English news.
// It is decoded on first use and shared; Models are safe for concurrent
// use.
func Default() *Model { return defaultModel() }

// empty returns a model without weights: it tags nothing.
func empty() *Model {
	return assemble([]*weights{{stage: stage{scale: 1}}})
}
