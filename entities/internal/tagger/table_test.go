package tagger

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableLookup(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	tests := map[string][]uint32{
		"empty":   nil,
		"one":     {7},
		"extreme": {1, 2, math.MaxUint32 - 1, math.MaxUint32},
		// Keys crowding the last home slots spill past them.
		"top": {math.MaxUint32 - 5, math.MaxUint32 - 4, math.MaxUint32 - 3, math.MaxUint32 - 2, math.MaxUint32 - 1, math.MaxUint32},
	}
	var random []uint32
	for range 5000 {
		random = append(random, rng.Uint32()|1)
	}
	slices.Sort(random)
	tests["random"] = slices.Compact(random)
	for name, keys := range tests {
		absent := []uint32{0, 3, 8, math.MaxUint32 - 6, math.MaxUint32, rng.Uint32() &^ 1}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var tab table
			tab.init(len(keys))
			for i, k := range keys {
				tab.put(k, uint32(i))
			}
			tab.finish()
			for i, k := range keys {
				assert.Equal(t, uint32(i), tab.lookup(k), "key %#x", k)
			}
			// Batches, longer than lookupEach's chunks, of present and
			// absent keys.
			var batch, want []uint32
			for i, k := range keys {
				batch = append(batch, k, k^0x5a5a)
				want = append(want, uint32(i))
				if _, found := slices.BinarySearch(keys, k^0x5a5a); found {
					want = append(want, tab.lookup(k^0x5a5a))
				}
			}
			assert.Equal(t, want, slices.Clip(tab.lookupAll(batch)))
			var seen []uint32
			tab.each(func(k, ref uint32) {
				seen = append(seen, k)
				assert.Equal(t, uint32(len(seen)-1), ref)
			})
			assert.Equal(t, len(keys), len(seen))
			assert.True(t, slices.Equal(keys, seen), "keys in order")
			for _, k := range absent {
				if _, found := slices.BinarySearch(keys, k); !found {
					assert.Equal(t, noRef, tab.lookup(k), "absent key %#x", k)
				}
			}
		})
	}
}

func TestLaneSumExact(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	e := make([][numTags]int32, 2)
	var want [2][numTags]int32
	var sum laneSum
	row := make([]uint64, 2*laneWords)
	// Many extreme rows: a sum that is never flushed in between would
	// carry between lanes.
	for n := range maxLanes + 100 {
		var r [2][numTags]int32
		for st := range r {
			for t := range numTags {
				switch n % 3 {
				case 0:
					r[st][t] = math.MinInt16
				case 1:
					r[st][t] = math.MaxInt16
				default:
					r[st][t] = rng.Int32N(1<<16) - 1<<15
				}
				want[st][t] += r[st][t]
			}
			packStage(row[st*laneWords:], &r[st])
		}
		sum.add(e, row)
	}
	sum.flush(e)
	assert.Equal(t, want[:], e)
}

// TestDynamicRows checks that the document-feature tables add exactly the
// weights of the features they stand for.
func TestDynamicRows(t *testing.T) {
	t.Parallel()
	m := Default()
	require.Equal(t, 2, m.Stages())
	texts := [][]string{
		{"Mike", "Pompeo", "visited", "Baghdad", "on", "Monday", "."},
		{"POMPEO", "IN", "IRAQ"},
		{"Pompeo", "met", "Iraqi", "officials", "in", "Baghdad", "and", "Erbil", "."},
		{"Reuters"},
	}
	var doc [][]Token
	for _, s := range texts {
		var ts []Token
		for _, w := range s {
			ts = append(ts, Token{Text: w})
		}
		doc = append(doc, ts)
	}
	w := new(workspace)
	sents := w.analyze(doc)
	ds := docStats(nil, sents, int(w.forms.forms.n))
	// Labels made up so that every kind of history value occurs.
	p1 := newPass1(len(sents), len(ds))
	h := history(nil).reset(len(ds))
	for i := range sents {
		tags := make([]tag, len(sents[i].toks))
		for k := range tags {
			tags[k] = tag((i*7 + k*5) % numTags)
		}
		p1.add(i, &sents[i], tags)
		record(h, &sents[i], tags)
	}
	for st := range 2 {
		dc := docCtx{ds: ds, h: h}
		if st == 1 {
			dc.p1 = p1
		}
		d := m.dynTables(st)
		for i := range sents {
			dc.cur = p1.tags[i]
			dc.values(&sents[i], nil)
			for k := range sents[i].toks {
				var want [numTags]int32
				for _, r := range m.lookupAll(sents[i].dynamicFeatures(k, &dc, nil)) {
					m.add(&want, r, st)
				}
				var sum laneSum
				e := make([][numTags]int32, 1)
				for _, r := range m.lookupAll(sents[i].dynamicRows(k, &dc, d, e, &sum, nil)) {
					m.add(&e[0], r, st)
				}
				sum.flush(e)
				assert.Equal(t, want, e[0], "stage %d sentence %d token %d", st, i, k)
			}
		}
	}
}
