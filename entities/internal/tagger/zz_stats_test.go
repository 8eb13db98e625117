package tagger

import (
	"fmt"
	"math/bits"
	"testing"
)

func TestZZStats(t *testing.T) {
	m := Default()
	n := len(m.keys)
	var c0, c1 int
	hist := map[int]int{}
	for _, r := range m.rows {
		a := bits.OnesCount64(r & tagMask)
		b := bits.OnesCount64(r >> numTags & tagMask)
		c0 += a
		c1 += b
		hist[a+b]++
	}
	fmt.Println("keys", n, "codes", len(m.codes), c0, c1, "index", len(m.index))
	for k := 0; k <= 34; k++ {
		fmt.Print(k, ":", hist[k], " ")
	}
	fmt.Println()
}
