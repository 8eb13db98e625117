package tagger

// Label is the entity class of a span, following the CoNLL-2003 scheme.
type Label uint8

// The labels the tagger emits. MISC covers everything CoNLL files under
// "miscellaneous": nationality and religious or political adjectives
// ("Iraqi", "Shiite"), events, works and products. Callers that need a
// finer split (for instance a Group type for nationalities) refine MISC
// spans themselves.
const (
	None Label = iota // not part of a name
	PER               // person
	ORG               // organization
	LOC               // location
	MISC              // other names, including nationalities
	numLabels
)

var labelNames = [...]string{"O", "PER", "ORG", "LOC", "MISC"}

// String returns the CoNLL name of the label ("PER", "ORG", "LOC",
// "MISC"), "O" for None.
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "?"
}

// ParseLabel maps a CoNLL class name ("PER", "ORG", "LOC", "MISC") to its
// Label; anything else is None.
func ParseLabel(s string) Label {
	for i, n := range labelNames[1:] {
		if n == s {
			return Label(i + 1)
		}
	}
	return None
}

// Gaz is a bitmask of knowledge-base (gazetteer) matches covering a token.
// Type bits say which kind of entry matched; position bits say where the
// token sits in the longest match. A token may carry several type bits
// when overlapping or ambiguous aliases cover it. Zero means no match.
// KBGaz computes the bits from knowledge-base matches exactly as the
// embedded model was trained; callers should use it rather than setting
// bits by hand.
type Gaz uint16

// Gazetteer bits.
const (
	GazPER    Gaz = 1 << iota // a person alias covers the token
	GazORG                    // an organization alias
	GazLOC                    // a place alias (country, city, region)
	GazGroup                  // a nationality, demonym or religious/political group
	GazMISC                   // any other named entry (events, works, products)
	GazBegin                  // the token starts a multi-token match
	GazInside                 // the token continues a multi-token match (not its first token)
	GazSingle                 // the match is this single token
	// GazCommon marks weak evidence: every entry the match names is only
	// part of a name (a surname alone), a title of unknown type, or a
	// small town.
	GazCommon
	// GazPartial marks a match that is part of a known person's name (a
	// surname or given name alone).
	GazPartial

	gazTypes = GazPER | GazORG | GazLOC | GazGroup | GazMISC | GazPartial
)

// tag is an internal BILOU tag: O, or one of B, I, L, U for each label.
type tag uint8

const (
	numTags = 1 + 4*4 // O + BILOU for each of the 4 labels

	posB = 0
	posI = 1
	posL = 2
	posU = 3
)

func mkTag(l Label, pos int) tag {
	if l == None {
		return 0
	}
	return tag(1 + 4*(int(l)-1) + pos)
}

func (t tag) label() Label {
	if t == 0 {
		return None
	}
	return Label(1 + (int(t)-1)/4)
}

func (t tag) pos() int { return (int(t) - 1) % 4 }

// allowed reports whether tag b may follow tag a under BILOU rules.
func allowed(a, b tag) bool {
	inside := a != 0 && (a.pos() == posB || a.pos() == posI)
	if inside {
		return b != 0 && b.label() == a.label() && (b.pos() == posI || b.pos() == posL)
	}
	return b == 0 || b.pos() == posB || b.pos() == posU
}

func allowedStart(t tag) bool { return t == 0 || t.pos() == posB || t.pos() == posU }
func allowedEnd(t tag) bool   { return t == 0 || t.pos() == posL || t.pos() == posU }
