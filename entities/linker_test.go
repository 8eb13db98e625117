package entities

import (
	"strings"
	"testing"
)

// want is an expected mention: its text (the n-th occurrence when the
// text repeats), type and Wikipedia title ("" for an unlinked name).
type want struct {
	text  string
	nth   int
	typ   Type
	title string
}

func TestFindCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
		// onlyDefault marks cases that need entities the small test
		// knowledge base lacks.
		onlyDefault bool
	}{
		{"plural nationality names the people", "Iraqis voted on Sunday while Democrats in Washington watched.",
			[]want{{"Iraqis", 0, Group, ""}, {"Democrats", 0, Group, "Democratic_Party_(United_States)"}}, true},
		{"possessive", "Militants attacked Baghdad's Green Zone on Sunday.",
			[]want{{"Baghdad", 0, Place, "Baghdad"}, {"Green Zone", 0, Place, "Green_Zone"}}, false},
		{"hyphen compound", "Officials blamed Tehran-backed factions for the attack.",
			[]want{{"Tehran", 0, Place, "Tehran"}}, false},
		{"pro prefix", "The rally drew pro-Iran armed groups into the streets of Mosul.",
			[]want{{"Iran", 0, Place, "Iran"}, {"Mosul", 0, Place, "Mosul"}}, false},
		{"dotted abbreviation", "The U.S. embassy in Baghdad stays open, officials said.",
			[]want{{"U.S.", 0, Place, "United_States"}, {"Baghdad", 0, Place, "Baghdad"}}, false},
		{"demonym", "Two Iraqi officials and an American diplomat met in Erbil.",
			[]want{{"Iraqi", 0, Group, "Iraq"}, {"American", 0, Group, "United_States"}, {"Erbil", 0, Place, "Erbil"}}, false},
		{"parenthetical alias", "He was deputy head of the Hashed al-Shaabi (Popular Mobilization Forces) in Iraq.",
			[]want{{"Hashed al-Shaabi", 0, Organization, "Popular_Mobilization_Forces"},
				{"Popular Mobilization Forces", 0, Organization, "Popular_Mobilization_Forces"}}, false},
		{"acronym", "Fighters of the Popular Mobilization Forces (PMF) moved north. Later the PMF denied any role in Iraq.",
			[]want{{"PMF", 1, Organization, "Popular_Mobilization_Forces"}}, false},
		{"short form", "U.S. Secretary of State Mike Pompeo called Baghdad. Pompeo said the embassy could close.",
			[]want{{"Mike Pompeo", 0, Person, "Mike_Pompeo"}, {"Pompeo", 1, Person, "Mike_Pompeo"}}, false},
		{"spelling variant", "Prime Minister Mustafa al-Kadhimi flew to Washington. In Baghdad, Kadhemi said the talks went well.",
			[]want{{"Kadhemi", 0, Person, "Mustafa_Al-Kadhimi"}}, false},
		{"metonyms", "Washington and Tehran traded accusations on Monday after the strike in Iraq.",
			[]want{{"Washington", 0, Place, "Washington,_D.C."}, {"Tehran", 0, Place, "Tehran"}}, false},
		{"unknown person", "Zorvan Pelletrix said the factory in Lyon would close.",
			[]want{{"Zorvan Pelletrix", 0, Person, ""}}, false},
		{"dateline and state abbreviation", "TALLAHASSEE, Fla. - Lawyers for the state said on Friday that the count would go on.",
			[]want{{"TALLAHASSEE", 0, Place, "Tallahassee,_Florida"}, {"Fla.", 0, Place, "Florida"}}, true},
		{"middle initial", "Gerald Ford laid to rest\nGerald R. Ford was buried on Wednesday. Ford served as president.",
			[]want{{"Gerald R. Ford", 0, Person, "Gerald_Ford"}, {"Ford", 2, Person, "Gerald_Ford"}}, true},
		{"honorific", "Officials said Mr. Pompeo would travel to Baghdad.",
			[]want{{"Pompeo", 0, Person, "Mike_Pompeo"}}, true},
		{"country named like a surname", "Jordan's King Abdullah met the prime minister in Amman.",
			[]want{{"Jordan", 0, Place, "Jordan"}, {"Amman", 0, Place, "Amman"}}, true},
		{"compound adjective", "The Atlanta-based company said profits rose.",
			[]want{{"Atlanta", 0, Place, "Atlanta"}}, true},
	}
	linkers := map[string]*Linker{"mini": miniLinker(t)}
	if Default().kbx != nil {
		linkers["default"] = Default()
	}
	for name, l := range linkers {
		for _, tt := range tests {
			if tt.onlyDefault && name != "default" {
				continue
			}
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				t.Parallel()
				runCase(t, l, tt.text, tt.want)
			})
		}
	}
}

func runCase(t *testing.T, l *Linker, text string, wants []want) {
	t.Helper()
	got := l.Find(text)
	checkMentions(t, text, got)
	for _, w := range wants {
		m, ok := mentionAt(text, got, w.text, w.nth)
		if !ok {
			t.Errorf("%q (#%d) not found in %s", w.text, w.nth, describeAll(got))
			continue
		}
		title := ""
		if m.Entity != nil {
			title = m.Entity.Wikipedia
		}
		if m.Type != w.typ || !sameTitle(title, w.title) {
			t.Errorf("%q: got %s, want %s -> %q", w.text, describe(m), w.typ, w.title)
		}
	}
}

// mentionAt returns the mention exactly covering the nth occurrence of s.
func mentionAt(text string, ms []Mention, s string, nth int) (Mention, bool) {
	off := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(text[off+1:], s)
		if j < 0 {
			return Mention{}, false
		}
		off += 1 + j
	}
	for _, m := range ms {
		if m.Start == off && m.End == off+len(s) {
			return m, true
		}
	}
	return Mention{}, false
}

func describeAll(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(describe(m))
		b.WriteString("; ")
	}
	return b.String()
}

func TestFindEmptyAndNil(t *testing.T) {
	var l *Linker
	if got := l.Find("Iraq"); got != nil {
		t.Errorf("nil Linker: got %v", got)
	}
	if got := Default().Find(""); got != nil {
		t.Errorf("empty text: got %v", got)
	}
	if got := Default().Find("   \n\t"); len(got) != 0 {
		t.Errorf("blank text: got %v", got)
	}
}
