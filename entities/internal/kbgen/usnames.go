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
		if field := departmentField(e); field != "" {
			e.alias(field, 0)
		}
	}
}

// departmentField is the field a US executive department is called by on
// its own ("Homeland Security Secretary", "Veterans Affairs officials"),
// or "" when that name would be a single word: "Labor", "State" or
// "Energy" alone mean far more often something else.
func departmentField(e *ent) string {
	if e.Kind != "government department" {
		return ""
	}
	field, ok := strings.CutPrefix(e.Name, "United States Department of ")
	if !ok {
		return ""
	}
	field = strings.TrimPrefix(field, "the ")
	if !strings.Contains(field, " ") {
		return ""
	}
	return field
}
