package tagger

import (
	"slices"
	"testing"
)

// TestBILOUNeighbours checks the shape the Viterbi passes rely on: every
// tag is preceded either by all closed tags (O, L-*, U-*) or by exactly
// two inner tags, and followed either by all open tags (O, B-*, U-*) or
// by exactly two.
func TestBILOUNeighbours(t *testing.T) {
	t.Parallel()
	for tg := range numTags {
		if len(preds[tg]) != 2 && !slices.Equal(preds[tg], closedTags[:]) {
			t.Errorf("tag %d: predecessors %v are neither two tags nor %v", tg, preds[tg], closedTags)
		}
		if len(succs[tg]) != 2 && !slices.Equal(succs[tg], openTags[:]) {
			t.Errorf("tag %d: successors %v are neither two tags nor %v", tg, succs[tg], openTags)
		}
	}
}
