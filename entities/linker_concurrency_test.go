package entities

import (
	"os"
	"reflect"
	"sync"
	"testing"
)

// TestFindConcurrent runs Find from several goroutines on one Linker and
// checks every result equals the sequential one (run with -race).
func TestFindConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	l := Default()
	want := l.Find(text)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				if got := l.Find(text); !reflect.DeepEqual(got, want) {
					t.Error("concurrent Find differs from sequential Find")
					return
				}
			}
		})
	}
	wg.Wait()
}
