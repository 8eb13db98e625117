package entities

import (
	"os"
	"sync"
	"testing"

	"github.com/newslens/newslens/entities/internal/kb"
)

// miniIndex is the small test knowledge base of testdata/mini.tsv.
var miniIndex = sync.OnceValues(func() (*kb.KB, error) {
	f, err := os.Open("testdata/mini.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := kb.ParseText(f)
	if err != nil {
		return nil, err
	}
	return kb.Build(recs)
})

// miniLinker returns a Linker over the small test knowledge base.
func miniLinker(t testing.TB, opts ...Option) *Linker {
	t.Helper()
	k, err := miniIndex()
	if err != nil {
		t.Fatal(err)
	}
	return newLinker(nil, k, opts)
}

func TestMiniLinker(t *testing.T) {
	l := miniLinker(t)
	text := "U.S. Secretary of State Mike Pompeo called Prime Minister Mustafa al-Kadhimi in Baghdad. " +
		"Pompeo said Washington would close the embassy. Kadhemi asked Tehran-backed factions of the " +
		"Hashed al-Shaabi (Popular Mobilization Forces) to stop. Later the PMF (Hashed) denied it; Zorvan Pelletrix said pro-Iran groups are isolated."
	for _, m := range l.Find(text) {
		t.Logf("%d-%d %s %.2f", m.Start, m.End, describe(m), m.Score)
	}
}
