package entities

import "testing"

// TestPostalState checks that a US postal code after a town and a comma
// names the state and places the town there, and that a code read
// anywhere else names nothing.
func TestPostalState(t *testing.T) {
	if Default().kbx == nil {
		t.Skip("no embedded knowledge base")
	}
	tests := []struct {
		name, text string
		want       []want
		unlinked   string // a word that must link to no state
	}{
		{"the code after a city", "The clinic is located in Houston, TX and has three offices.",
			[]want{{"Houston", 0, Place, "Houston"}, {"TX", 0, Place, "Texas"}}, ""},
		{"the code picks the town of its state", "He was born in Springfield, IL, and later moved to Ohio.",
			[]want{{"Springfield", 0, Place, "Springfield,_Illinois"}, {"IL", 0, Place, "Illinois"}}, ""},
		{"before a lower-case word", "Portland, OR police arrested two men on Sunday.",
			[]want{{"Portland", 0, Place, "Portland,_Oregon"}, {"OR", 0, Place, "Oregon"}}, ""},
		{"a question is no address", `"Call Norman, OK?" she said.`, nil, "OK"},
		{"a capital after the code continues the sentence", "We met in Dayton, OH Yes we did.", nil, "OH"},
		{"no town of that state before it", "Ask Smith, OK.", nil, "OK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runCase(t, Default(), tt.text, tt.want)
			for _, m := range Default().Find(tt.text) {
				if m.Text == tt.unlinked && m.Entity != nil {
					t.Errorf("%q linked to %s", m.Text, m.Entity.Wikipedia)
				}
			}
		})
	}
}
