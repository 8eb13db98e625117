package entities

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/newslens/newslens/entities/internal/kb"
)

// KB is a knowledge base of entities and their aliases: the embedded one
// (DefaultKB), one read with LoadKB, or both merged. It is immutable and
// safe for concurrent use.
//
// # Text format
//
// LoadKB and WriteTo use a line-oriented UTF-8 text format. Each line is
// one entity with tab-separated columns:
//
//		id  wikipedia  name  type  kind  country  region  prior  description  aliases
//
//	  - id: the Wikidata QID ("Q796") or empty.
//	  - wikipedia: the English Wikipedia title with underscores
//	    ("Mustafa_Al-Kadhimi") or empty.
//	  - name: the canonical name (required); it is always an alias too.
//	  - type: Person, Organization, Place, Group or Misc (required).
//	  - kind: a finer class ("city", "head of government", "news agency").
//	  - country: an ISO 3166-1 alpha-2 code ("IQ") or empty.
//	  - region: the first-level division of a place ("California").
//	  - prior: popularity 0..255 ranking entities that share an alias.
//	  - description: a one-line description; empty derives one from
//	    kind, region and country ("city in Iraq").
//	  - aliases: other names separated by '|'. A prefix marks how an alias
//	    names the entity: '@' a nationality or member word ("@Iraqi": a
//	    mention is a Group linked to the entity), '^' a partial name (a
//	    surname), '?' a name known only as a popular title, '%' a short
//	    form that names a team only in text about its sport ("%Alabama"
//	    for a university, "%England" for a national team, "%Miami" for a
//	    team of that city; see Linker).
//
// Trailing empty columns may be left out; the first four are required.
// Blank lines and lines starting with '#' are ignored. Aliases match
// text case-insensitively, without accents, apostrophes and periods, and
// with optional hyphens ("al-Kadhimi" = "Al Kadhimi"), but capitalization
// counts: a word capitalized in the alias must be capitalized in the text,
// and an all-capitals alias ("US") matches only capitals.
//
// Example:
//
//	# id	wikipedia	name	type	kind	country	region	prior	description	aliases
//	Q796	Iraq	Iraq	Place	country	IQ		245		Republic of Iraq|@Iraqi|@Iraqis
//		Kata'ib_Hezbollah	Kata'ib Hezbollah	Organization	armed group	IQ		170		Kataib Hezbollah
type KB struct {
	x *kb.KB
}

// FormatError reports a malformed line of the text format.
type FormatError struct {
	Line int    // 1-based line number
	Msg  string // what is wrong
}

// Error returns the message with its line number.
func (e *FormatError) Error() string {
	return fmt.Sprintf("entities: knowledge base line %d: %s", e.Line, e.Msg)
}

// ErrKBTooLarge reports a knowledge base beyond the encoding's limits (255
// distinct type and kind pairs, 65,536 countries).
var ErrKBTooLarge = errors.New("entities: knowledge base has too many kinds or countries")

// LoadKB reads a knowledge base in the text format described on KB. A
// malformed line fails with a *FormatError naming the line.
func LoadKB(r io.Reader) (*KB, error) {
	recs, err := kb.ParseText(r)
	if err != nil {
		var le *kb.LineError
		if errors.As(err, &le) {
			return nil, &FormatError{Line: le.Line, Msg: le.Msg}
		}
		return nil, err
	}
	return build(recs)
}

func build(recs []kb.Record) (*KB, error) {
	x, err := kb.Build(recs)
	if errors.Is(err, kb.ErrTooMany) {
		return nil, ErrKBTooLarge
	}
	if err != nil {
		return nil, err
	}
	return &KB{x: x}, nil
}

var defaultKB = sync.OnceValue(func() *KB {
	x, err := kb.Default()
	if err != nil {
		// The embedded file is generated and tested; an empty knowledge
		// base keeps the package usable should it ever be damaged.
		x, _ = kb.Build(nil)
	}
	return &KB{x: x}
})

// DefaultKB returns the embedded knowledge base (over 200,000 places,
// people, organizations and groups built from public data; see NOTICE),
// decoded on first use.
func DefaultKB() *KB { return defaultKB() }

// Len returns the number of entities.
func (k *KB) Len() int {
	if k == nil || k.x == nil {
		return 0
	}
	return k.x.Len()
}

// Lookup returns the entities one of whose aliases is name, ignoring the
// case rules, most popular first.
func (k *KB) Lookup(name string) []Entity {
	if k == nil || k.x == nil {
		return nil
	}
	var out []Entity
	for _, c := range k.x.Lookup(name) {
		out = append(out, entityOf(k.x, c.Entity))
	}
	return out
}

// entityOf returns the public form of entity i.
func entityOf(x *kb.KB, i int32) Entity {
	r := x.Entity(i)
	return Entity{ID: r.QID, Wikipedia: r.Title, Name: r.Name, Description: r.Description,
		Type: Type(r.Type.String()), Kind: r.Kind}
}

// Merge returns a knowledge base with the entities of k followed by those
// of other; an alias of both names the entities of both, most popular
// first. Neither input changes. Merging with the default knowledge base
// takes about a tenth of a second: merge once and reuse the result.
func (k *KB) Merge(other *KB) (*KB, error) {
	empty := func(x *KB) bool { return x == nil || x.x == nil }
	switch {
	case empty(k) && empty(other):
		return build(nil)
	case empty(other):
		return k, nil
	case empty(k):
		return other, nil
	}
	x, err := kb.Merge(k.x, other.x)
	if errors.Is(err, kb.ErrTooMany) {
		return nil, ErrKBTooLarge
	}
	if err != nil {
		return nil, err
	}
	return &KB{x: x}, nil
}

// WriteTo writes k in the text format LoadKB reads.
func (k *KB) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	var x *kb.KB
	if k != nil {
		x = k.x
	}
	if x == nil {
		x, _ = kb.Build(nil)
	}
	err := kb.WriteText(cw, x)
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
