package entities

// Type is the coarse class of a named entity.
type Type string

// The entity types newslens reports.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Place        Type = "Place"
	// Group covers nationalities and religious or political groups
	// ("Iraqi", "Shiite", "Republicans").
	Group Type = "Group"
	Misc  Type = "Misc"
)

// Entity is a knowledge-base entry a mention links to.
type Entity struct {
	// ID is the Wikidata QID ("Q796"), "" when unknown.
	ID string `json:"id"`
	// Wikipedia is the English Wikipedia title with underscores
	// ("Mustafa_Al-Kadhimi"), "" when there is none.
	Wikipedia string `json:"wikipedia"`
	// Name is the canonical English name.
	Name string `json:"name"`
	// Description is a one-line description ("capital of Iraq").
	Description string `json:"description,omitempty"`
	Type        Type   `json:"type"`
	// Kind is a finer class ("country", "city", "head of government",
	// "armed group", "news agency", ...), "" when unknown.
	Kind string `json:"kind,omitempty"`
}

// Mention is one occurrence of a named entity in a text.
type Mention struct {
	// Start and End are byte offsets into the text given to Find:
	// text[Start:End] == Text.
	Start, End int
	Text       string
	Type       Type
	// Entity is the linked knowledge-base entry, nil for a name the
	// knowledge base does not know (NIL).
	Entity *Entity
	// Score is the linker's confidence in [0,1].
	Score float64
}

// Summary is one entity of a document with how often and how centrally
// it is mentioned. Unlinked (NIL) names are summarized too: their Entity
// has only Name and Type set.
type Summary struct {
	Entity
	// Count is the number of mentions of the entity.
	Count int `json:"count"`
	// Salience in [0,1] says how central the entity is to the document
	// (early mentions, frequency, mentions in the headline or lead).
	Salience float64 `json:"salience"`
}
