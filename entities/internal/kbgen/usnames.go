package main

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// addUSShortNames gives every US organization named "United States X"
// the name "U.S. X" that news writes ("U.S. Department of Education",
// "U.S. Forest Service"); matching ignores the periods, so "US X" finds
// it too.
func (b *builder) addUSShortNames() {
	for _, e := range b.ents {
		if e.Type != kb.Organization || e.Country != "US" {
			continue
		}
		if rest, ok := strings.CutPrefix(e.Name, "United States "); ok && rest != "" {
			e.alias("U.S. "+rest, 0)
		}
	}
}
