package kb

// Type is the coarse class of an entity. The values match the names of
// the entities package's Type constants.
type Type uint8

// Entity types.
const (
	Misc Type = iota
	Person
	Organization
	Place
	Group
	numTypes
)

var typeNames = [...]string{"Misc", "Person", "Organization", "Place", "Group"}

// String returns the type's name ("Person").
func (t Type) String() string {
	if t < numTypes {
		return typeNames[t]
	}
	return "Misc"
}

// ParseType returns the Type named s and whether s is a known name.
func ParseType(s string) (Type, bool) {
	for i, n := range typeNames {
		if n == s {
			return Type(i), true
		}
	}
	return Misc, false
}

// AliasFlags qualify how an alias names its entity.
type AliasFlags uint8

// Alias flags.
const (
	// Demonym marks a nationality or inhabitant word ("Iraqi",
	// "Americans") naming a country: a mention is of type Group.
	Demonym AliasFlags = 1 << iota
	// Partial marks a part of a name (a surname "Pompeo"), weaker
	// evidence than a full name.
	Partial
	// Upper marks an all-capitals alias ("US", "AFP"): the text must be
	// in capitals too.
	Upper
	// TitleOnly marks the entry of an entity known only as a popular
	// Wikipedia title, without a type: use it only for a name another
	// signal already found.
	TitleOnly
	// Sports marks a short form that sports reporting uses for a team:
	// a university's ("Alabama", "Ole Miss"), a team's nickname ("Crimson
	// Tide"), a country for its national team, a team's home ("Miami"). It
	// names the entity only in text about the team's sport.
	Sports
	// TitleCased marks a match, never an alias: an all-capitals alias
	// that a word wrote with only its first letter in capitals ("Nato"
	// for "NATO"), as British and Australian news style writes an
	// acronym read as a word. Only the Matcher sets it, and only for a
	// one-word alias of four letters or more; the caller decides whether
	// the word is that acronym or an ordinary word.
	TitleCased

	// stdCaps marks, inside a KB only, an entry whose caps are those of
	// its key with every word capitalized; the caps are not stored.
	stdCaps AliasFlags = 1 << 7
)

// Alias is one name of an entity as written in a source.
type Alias struct {
	Text  string
	Flags AliasFlags // Demonym, Partial, TitleOnly, Sports (Upper is derived from Text)
}

// Record is an entity as the generator and the text format describe it.
// Build turns records into a KB.
type Record struct {
	// QID is the Wikidata ID ("Q796"), "" when unknown.
	QID string
	// Title is the English Wikipedia title with underscores, "" when none.
	Title string
	// Name is the canonical name; it is always an alias too.
	Name string
	Type Type
	// Kind is a finer class ("city", "head of government"), "" unknown.
	Kind string
	// Country is the ISO 3166-1 alpha-2 code of the entity's country.
	Country string
	// Region is the first-level division a place is in ("California").
	Region string
	// Description overrides the description derived from kind and
	// country; usually "".
	Description string
	// Prior is the popularity, 0 (unknown) to 255, used to rank the
	// entities that share an alias.
	Prior uint8
	// Aliases are the other names; duplicates of Name are ignored.
	Aliases []Alias
}

// NameFlags returns the flags of the name's own alias entry: those of an
// alias spelled exactly as the name (a title-only entity lists its name
// with TitleOnly), else 0.
func (r *Record) NameFlags() AliasFlags {
	for _, a := range r.Aliases {
		if a.Text == r.Name {
			return a.Flags
		}
	}
	return 0
}
