package entities

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// nilType is the type of a mention linked to nothing: the one a word of
// the name or a word right before it asks for, else the tagger's,
// with MISC split into Group (nationality, religious and political
// adjectives and their plurals) and Misc (events, works, products).
func nilType(d *doc, m *mention) Type {
	if t, ok := headType(d, m); ok {
		return t
	}
	if m.cue != "" {
		return m.cue // "the journal Nature"
	}
	if m.tag != tagger.MISC {
		return labelType(m.tag)
	}
	if m.end-m.start == 1 && groupWord(d.folds[m.start]) {
		return Group
	}
	return Misc
}

// groupWord reports whether a folded word names a nationality, religion
// or political group: a known word, or a capitalized adjective with a
// demonym ending ("Kurdish", "Pakistani", "Congolese", "Syrians").
func groupWord(w string) bool {
	if groupWords[w] {
		return true
	}
	w = strings.TrimSuffix(w, "s")
	if groupWords[w] {
		return true
	}
	for _, suf := range [...]string{"ian", "an", "ese", "ish", "i", "ite", "ist"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// groupWords are religious and political group names without a demonym
// ending.
var groupWords = map[string]bool{
	"sunni": true, "shia": true, "shiite": true, "muslim": true, "jew": true, "jewish": true,
	"catholic": true, "protestant": true, "orthodox": true, "hindu": true, "buddhist": true,
	"sikh": true, "druze": true, "kurd": true, "arab": true, "democrat": true, "democratic": true,
	"republican": true, "tory": true, "tories": true, "labour": true, "evangelical": true,
	"western": true, "eastern": true, "yazidi": true, "alawite": true, "copt": true, "coptic": true,
}

// headType returns the type a name's last word, or a first word that
// says what follows it, gives it, whatever the tagger thought:
// "Heathrow Airport" is a place, "Burns Advisory Group" an organization,
// "Hurricane Helene" an event and "Mount Kenya" a place; a name that
// ends in a number is a model, mission or measure.
func headType(d *doc, m *mention) (Type, bool) {
	if m.end-m.start < 2 {
		return "", false
	}
	if t, ok := leadWords[d.folds[m.start]]; ok {
		return t, true
	}
	if d.toks[m.end-1].Kind == token.Number {
		return Misc, true // a model, mission or measure: "Falcon 9", "Proposition 8"
	}
	t, ok := headWords[d.folds[m.end-1]]
	return t, ok
}

// leadWords are name-initial words that fix a name's type: storms and
// military operations are events, mountains and lakes places.
var leadWords = map[string]Type{
	"hurricane": Misc, "typhoon": Misc, "cyclone": Misc, "storm": Misc, "tropical": Misc, "operation": Misc,
	"mount": Place, "lake": Place, "river": Place, "cape": Place,
}

// headWords are name-final words that fix a name's type.
var headWords = map[string]Type{
	"airport": Place, "station": Place, "bridge": Place, "square": Place, "street": Place,
	"avenue": Place, "river": Place, "lake": Place, "mountains": Place, "island": Place,
	"islands": Place, "stadium": Place, "arena": Place, "province": Place, "county": Place,
	"valley": Place, "desert": Place, "strait": Place, "sea": Place, "ocean": Place, "beach": Place,
	"township": Place, "bay": Place, "harbor": Place, "harbour": Place, "canyon": Place, "peninsula": Place,
	"university": Organization, "college": Organization, "party": Organization,
	"company": Organization, "corporation": Organization, "corp": Organization, "inc": Organization,
	"ltd": Organization, "llc": Organization, "plc": Organization, "bank": Organization,
	"council": Organization, "ministry": Organization, "agency": Organization, "army": Organization,
	"forces": Organization, "court": Organization, "committee": Organization,
	"association": Organization, "union": Organization, "institute": Organization,
	"foundation": Organization, "group": Organization, "airlines": Organization,
	"records": Organization, "department": Organization, "commission": Organization,
	"brigade": Organization, "brigades": Organization, "front": Organization, "movement": Organization,
	"organization": Organization, "organisation": Organization, "police": Organization,
	"club": Organization, "fc": Organization, "school": Organization, "hospital": Organization,
	"schools": Organization, "office": Organization, "board": Organization, "bureau": Organization,
	"administration": Organization, "clinic": Organization, "academy": Organization,
	"tour": Misc, "festival": Misc, "awards": Misc, "championships": Misc, "olympics": Misc, "summit": Misc,
	"park": Place, "gardens": Place, "palace": Place, "castle": Place, "cathedral": Place, "abbey": Place,
	"theater": Place, "theatre": Place, "planetarium": Place, "observatory": Place, "coast": Place,
	"heights": Place, "hills": Place, "museum": Organization, "trophy": Misc, "cup": Misc,
}
