package entities

import (
	"fmt"
	"strings"
	"testing"
)

// mentionsOf builds mentions for every occurrence of each name in text.
func mentionsOf(text string, names map[string]*Entity, types map[string]Type) []Mention {
	var ms []Mention
	for name, e := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			s := off + i
			if e := s + len(name); e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
				off = e
				continue
			}
			ms = append(ms, Mention{Start: s, End: s + len(name), Text: name, Type: types[name], Entity: e, Score: 1})
			off = s + len(name)
		}
	}
	sortMentions(ms)
	return ms
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func TestSummarize(t *testing.T) {
	iraq := &Entity{ID: "Q796", Wikipedia: "Iraq", Name: "Iraq", Type: Place}
	text := "Iraq votes. " + strings.Repeat("Filler words about nothing. ", 40) +
		"Iraqi officials met Zorvan Pelletrix in Iraq. Iraq said. Pelletrix left."
	ms := mentionsOf(text, map[string]*Entity{"Iraq": iraq, "Iraqi": iraq, "Zorvan Pelletrix": nil},
		map[string]Type{"Iraq": Place, "Iraqi": Group, "Zorvan Pelletrix": Person})
	end := strings.LastIndex(text, "Pelletrix")
	ms = append(ms, Mention{Start: end, End: end + 9, Text: "Pelletrix", Type: Person, Score: 0.9})
	got := Summarize(text, ms)
	if len(got) != 2 {
		t.Fatalf("got %d summaries, want 2: %+v", len(got), got)
	}
	if got[0].ID != "Q796" || got[0].Count != 4 {
		t.Errorf("first summary %+v, want Iraq with 4 mentions (Iraqi included)", got[0])
	}
	if got[1].Name != "Zorvan Pelletrix" || got[1].Type != Person || got[1].ID != "" || got[1].Count != 2 {
		t.Errorf("second summary %+v, want the unlinked person with 2 mentions (surname included)", got[1])
	}
	for _, s := range got {
		if s.Salience < 0 || s.Salience > 1 {
			t.Errorf("salience %v out of range", s.Salience)
		}
	}
	if !(got[0].Salience > got[1].Salience) {
		t.Errorf("saliences not ordered: %v, %v", got[0].Salience, got[1].Salience)
	}
	if Summarize(text, nil) != nil {
		t.Error("no mentions: want nil")
	}
}

func ExampleSummarize() {
	text := "Iraq threatens to close embassy. Officials in Iraq said Zorvan Pelletrix left Iraq."
	iraq := &Entity{ID: "Q796", Wikipedia: "Iraq", Name: "Iraq", Type: Place}
	var ms []Mention
	for _, s := range []int{0, 46, 79} {
		ms = append(ms, Mention{Start: s, End: s + 4, Text: text[s : s+4], Type: Place, Entity: iraq, Score: 1})
	}
	ms = append(ms[:2:2], Mention{Start: 56, End: 72, Text: "Zorvan Pelletrix", Type: Person, Score: 0.9}, ms[2])
	for _, s := range Summarize(text, ms) {
		fmt.Printf("%s %s count=%d salience=%.2f\n", s.Name, s.Type, s.Count, s.Salience)
	}
	// Output:
	// Iraq Place count=3 salience=0.99
	// Zorvan Pelletrix Person count=1 salience=0.48
}

func TestSummarizeUnlinkedOrganization(t *testing.T) {
	text := "The Zarvoni Lumex Directorate (ZLD) said on Monday it would appeal. The ZLD board met later."
	got := Summarize(text, Default().Find(text))
	if len(got) != 1 || got[0].Name != "Zarvoni Lumex Directorate" || got[0].Type != Organization || got[0].Count != 3 {
		t.Errorf("got %+v, want one unlinked organization with 3 mentions (acronyms included)", got)
	}
}
