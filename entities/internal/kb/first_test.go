package kb

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/newslens/newslens/entities/internal/token"
)

// embeddedKB returns a new decoding of the embedded knowledge base, its
// first-token index built when prepared is set.
func embeddedKB(t *testing.T, prepared bool) *KB {
	t.Helper()
	k, err := Decode(embedded)
	if err != nil {
		t.Fatal(err)
	}
	if prepared {
		k.Prepare()
	}
	return k
}

// indexRange looks t up in st as findFirst does.
func indexRange(k *KB, st *slotTable, t string) (lo, hi int32) {
	if si := st.verify(k, t, st.probe(t)); si >= 0 {
		return st.slots[si].lo, st.slots[si].lo + st.slots[si].n
	}
	return 0, 0
}

// TestSearchFirstAgreesWithIndex checks that the binary search matching
// uses before the first-token index is built finds what the index finds,
// for every token the index holds, lower-case words included, and for
// tokens one letter longer or shorter.
func TestSearchFirstAgreesWithIndex(t *testing.T) {
	k := embeddedKB(t, true)
	var toks []string
	for _, s := range k.first.all.slots {
		if s.tokLen != 0 {
			tok := k.keys[s.off : s.off+uint32(s.tokLen)]
			toks = append(toks, tok, tok+"s", tok[:len(tok)-1])
		}
	}
	toks = append(toks, "", "zzzzzz", "\xff", string(make([]byte, maxFirstLen+1)))
	step := 1
	if testing.Short() {
		step = 7
	}
	for i := 0; i < len(toks); i += step {
		tok := toks[i]
		for _, lower := range []bool{false, true} {
			st := &k.first.all
			if lower {
				st = &k.first.lower
			}
			ilo, ihi := indexRange(k, st, tok)
			slo, shi, _ := k.searchToken(tok, lower)
			if ilo != slo || ihi != shi {
				t.Fatalf("%q (lower %v): index [%d, %d), search [%d, %d)", tok, lower, ilo, ihi, slo, shi)
			}
		}
	}
}

// TestMatchBeforeIndex checks that Match finds the same before the
// first-token index is built as after, and that matching short texts
// builds the index once they have read about as much as building it.
func TestMatchBeforeIndex(t *testing.T) {
	ready, fresh := embeddedKB(t, true), embeddedKB(t, false)
	texts := []string{
		"Barack Obama visited Paris.",
		"The guardian of the new york times met the Guardian's editor in New York City on Monday.",
		"Tehran-backed militias and pro-Iran groups, the U.S. Secretary of State said in al-Kadhimi's office.",
		"the united nations and THE UNITED NATIONS and The United Nations",
		"john smith, JOHN SMITH and John Smith of the Labour party",
	}
	var m Matcher
	for _, text := range texts {
		toks := token.Tokenize(text)
		want := ready.Match(toks, nil)
		got := m.Match(fresh, toks, nil)
		if !slices.Equal(got, want) {
			t.Errorf("%q: before the index\n%v\nafter\n%v", text, got, want)
		}
	}
	if fresh.firstReady.Load() {
		t.Fatal("a few short texts built the index")
	}
	short := token.Tokenize(texts[1])
	for i := 0; i < 100000 && !fresh.firstReady.Load(); i++ {
		m.Match(fresh, short, nil)
	}
	if !fresh.firstReady.Load() {
		t.Fatal("matching many short texts did not build the index")
	}
}

// TestLongTextBuildsIndexFirst checks that a text too long to search
// within the budget has the index built before it is matched.
func TestLongTextBuildsIndexFirst(t *testing.T) {
	fresh := embeddedKB(t, false)
	fresh.Match(token.Tokenize(matchText(t)), nil)
	if !fresh.firstReady.Load() || fresh.firstWork.Load() != 0 {
		t.Fatalf("index built %v after %d reads by binary search", fresh.firstReady.Load(), fresh.firstWork.Load())
	}
}

// TestMatchWhileIndexBuilds matches short texts from several goroutines
// while another matches a long one, which makes the KB build its index
// (run with -race): every result is the one the built index gives.
func TestMatchWhileIndexBuilds(t *testing.T) {
	ready, fresh := embeddedKB(t, true), embeddedKB(t, false)
	long := token.Tokenize(matchText(t))
	short := token.Tokenize("Barack Obama visited Paris, Texas, and the United Nations.")
	wantLong, wantShort := ready.Match(long, nil), ready.Match(short, nil)
	var wg sync.WaitGroup
	var done atomic.Bool
	errs := make(chan string, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer done.Store(true)
		if !slices.Equal(fresh.Match(long, nil), wantLong) {
			errs <- "the long text's matches differ from the index's"
		}
	}()
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var m Matcher
			for !done.Load() {
				if !slices.Equal(m.Match(fresh, short, nil), wantShort) {
					errs <- "a short text's matches differ from the index's"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if !fresh.firstReady.Load() {
		t.Fatal("matching did not build the index")
	}
}
