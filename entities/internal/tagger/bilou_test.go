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
	if closedTags != spelledClosed || openTags != spelledOpen {
		t.Errorf("closed %v open %v, spelled out as %v and %v", closedTags, openTags, spelledClosed, spelledOpen)
	}
	// The two are B-x and I-x before I-x and L-x, and I-x and L-x after
	// B-x and I-x.
	for l := range nameLabels {
		inner := []uint8{uint8(tagB(l)), uint8(tagI(l))}
		after := []uint8{uint8(tagI(l)), uint8(tagL(l))}
		for _, tg := range after {
			if !slices.Equal(preds[tg], inner) {
				t.Errorf("tag %d: predecessors %v, want %v", tg, preds[tg], inner)
			}
		}
		for _, tg := range inner {
			if !slices.Equal(succs[tg], after) {
				t.Errorf("tag %d: successors %v, want %v", tg, succs[tg], after)
			}
		}
	}
}
