package entities

import (
	"sync"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// scratch holds the buffers of one Find call that no result refers to,
// pooled across calls: each is about as long as the text, and
// allocating and clearing them anew cost more than filling them.
type scratch struct {
	toks    []token.Token
	folds   []string
	sentOf  []int32
	matcher kb.Matcher
	raw     []kb.Match
	cands   []candidate
	matches []kbMatch
	spans   []tagSpan
	gaz     tagger.GazBuffers
	// lowerSlots and nameSlots are the tables of doc.lower and
	// doc.names.
	lowerSlots, nameSlots []int32
	// chunks hold the mentions (see newMention); the first usedChunks
	// are in use.
	chunks     [][]mention
	usedChunks int
	coref      corefBufs
	named      []int32 // teamCoherence's entities named otherwise
	// divisions backs doc.shortDivisions; its strings are the Linker's
	// cached division names, no text.
	divisions []string
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release returns s to the pool, cleared so that it keeps no text or
// result alive.
func (s *scratch) release() {
	clear(s.toks)
	clear(s.folds)
	s.matcher.Release()
	s.releaseMentions()
	s.coref.release()
	clear(s.cands)
	clear(s.matches)
	s.toks, s.folds, s.raw = s.toks[:0], s.folds[:0], s.raw[:0]
	s.cands, s.matches, s.spans = s.cands[:0], s.matches[:0], s.spans[:0]
	scratchPool.Put(s)
}
