package entities

import (
	"cmp"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/kb"
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// Linker finds and links entity mentions. It is safe for concurrent use;
// build one (or use Default) and share it.
//
// Find runs these steps over a text:
//
//  1. Tokens and sentences: "U.S." and "Gen." stay whole, hyphens and the
//     possessive "'s" are tokens of their own, so "Baghdad's",
//     "Tehran-backed" and "pro-Iran" expose their names.
//  2. Candidates: every alias of the knowledge base found in the text,
//     with the entities it may name and their priors. Generic words news
//     style writes in lower case after a name still match ("the Labour
//     party", "the Dow Jones industrial average"), and camel-case brands
//     ("eBay", "iPhone") count as capitalized.
//  3. Names: the statistical tagger, fed the alias matches as features,
//     marks person, organization, location and other names. Its spans are
//     cleaned (no "Mr.", no leading "Showtime-era" or "Once"), widened to
//     a longer known name that covers them ("Pat Riley" around "Riley",
//     "U.S. military" around "U.S."), or joined when one known name spans
//     several ("U.S. Congress"); a place's formal name ("Sultanate of
//     Brunei", "Jiangsu Province") names the place, and a local body's
//     name goes on past the place that opens it ("Oakland Unified School
//     District"). In a title-case headline the names the knowledge base
//     knows stand in for the tagger's runs of capitals ("Lakers Rally
//     Past Celtics"). Names only the
//     knowledge base found are kept when they are written with capitals
//     and popular enough (more so at a sentence start), or open a
//     dateline ("ATLANTA -") or a compound ("Atlanta-based").
//  4. Disambiguation: each candidate scores its log prior, how its type
//     fits the tagger's label, and, in a second pass, whether its country
//     is one the text already links with confidence (an article about
//     Baghdad and Erbil means the Iraqi Kadhimi). National capitals named
//     as actors ("Washington said") are places linked to the city; a
//     dateline names a city, while "upstate", "eastern" or "Gov." make
//     "New York" or "Washington" the state; a city followed by a state or
//     province it lies in is that city ("Portland, Maine", "Paris,
//     Texas", "London, Ontario"), and named again it stays that city
//     ("Springfield police" after "SPRINGFIELD, Ill."); "the state
//     Senate" is no nation's, nor is a party or body named like other
//     countries' ("Democratic Party", "Ministry of Justice") in a story
//     about another country; small towns need something in
//     the text that locates them ("born in", their state named anywhere,
//     "N.D." as well as "North Dakota"); the names of a list that ends
//     in "counties" are counties of one state ("Los Angeles, Orange and
//     Riverside counties"); a word in capitals amid
//     ordinary text is an acronym, not a name ("CAIR" is no town); a
//     person Wikipedia has to tell apart from namesakes
//     ("Tom_Davis_(Virginia_politician)") needs an office, an occupation
//     next to the name ("cricketer James Anderson") or the person's state
//     in the text; a surname alone, or a short alias of a record without
//     ID or title, links only to a famous entry, and a surname many
//     people share ("Brown said") to none. In
//     sports reporting a name may be a team's: in text about college
//     sports "Alabama" is the university and "Crimson Tide" its athletics
//     program; in text about rugby, cricket, soccer or hockey a country is
//     its national team; a team's home ("Miami") is the team where the
//     text names the team otherwise ("the Heat") or a result names it
//     ("Chelsea beat Arsenal 2-1"), unless its words make it the place
//     ("a new Arizona law", "the Mayor of Liverpool"). An acronym the text
//     defines for lower-case words ("artificial pancreas (AP)") is no
//     name there.
//  5. Coreference: mentions that name one thing form a cluster that takes
//     the link of its fullest name: short forms ("Pompeo" after "Mike
//     Pompeo", or a headline's "Pompeo" before it), spelling variants
//     ("Kadhemi", "al-Kadhemi"), middle initials ("Gerald R. Ford"),
//     acronyms ("PMF" after "Popular Mobilization Forces (PMF)"), a
//     company's short name ("Target" after "Target Corp.") and
//     parenthetical aliases.
//
// Names the knowledge base does not know are returned with the tagger's
// type and a nil Entity; nationality words ("Iraqi") are Group mentions
// linked to their country, and plural nationality nouns ("Americans")
// to the people's own entry when the knowledge base has one.
type Linker struct {
	kb        *KB
	kbx       *kb.KB
	tagger    *tagger.Model
	useTagger bool
	coref     bool
	minScore  float64
	// anon caches per knowledge-base entry whether it is anonymous
	// (0 unknown, 1 no, 2 yes); entries are written atomically so that
	// concurrent Finds may fill it.
	anon []atomic.Uint32
	// regions caches the folded region names of the small places seen,
	// by region number, and divisions the folded names of the states and
	// regions seen after them, by entry.
	regions   []atomic.Pointer[string]
	divMu     sync.RWMutex
	divisions map[int32]string
	// countryIDs maps the knowledge base's country indices to small
	// numbers, one per country code, 0 for none: the coherence pass
	// counts countries in a slice rather than a map.
	countryIDs []uint16
	nCountries int
}

// New returns a Linker over knowledge base k (the embedded one when k is
// nil) and the embedded name tagger, configured by opts.
func New(k *KB, opts ...Option) *Linker {
	if k == nil {
		k = DefaultKB()
	}
	return newLinker(k, k.linkIndex(), opts)
}

// newLinker returns a Linker over alias index kbx (nil for none).
func newLinker(k *KB, kbx *kb.KB, opts []Option) *Linker {
	l := &Linker{kb: k, kbx: kbx, useTagger: true, coref: true}
	if kbx != nil {
		l.anon = make([]atomic.Uint32, kbx.Len())
		l.regions = make([]atomic.Pointer[string], kbx.Regions())
		l.countryIDs, l.nCountries = countryIDs(kbx.CountryCodes())
	}
	for _, o := range opts {
		o(l)
	}
	if l.useTagger {
		l.tagger = defaultTagger()
	}
	return l
}

var defaultLinker = sync.OnceValue(func() *Linker { return New(nil) })

// Default returns the shared Linker over the embedded knowledge base and
// tagger model, decoded on first use.
func Default() *Linker { return defaultLinker() }

// Prepare builds the knowledge base's index of names by their first
// word. Find looks names up in it once it exists; until then Find finds
// them by binary search, and it builds the index once those searches have
// cost about what building it does (some 15 ms), or before a text too
// long to search within that, so that a program that links a few short
// texts never pays for it. A server may call Prepare at
// start-up so that no request pays for it either. Prepare is safe for
// concurrent use, and calls after the first do nothing.
func (l *Linker) Prepare() {
	if l.kbx != nil {
		l.kbx.Prepare()
	}
}

// doc is a text being linked: its tokens and sentences.
type doc struct {
	text   string
	toks   []token.Token
	sents  []token.Span
	sentOf []int32           // sentence index of each token
	ents   map[int32]*Entity // entities built for this text
	lower  strSet            // lower-case words of the text, built on demand
	// countries counts the confidently linked mentions of each country
	// by ID (see Linker.countryIDs).
	countries []int32
	// anchored counts the linked mentions of each country, however sure,
	// without those made by a partial name ("Senate"), which need a
	// country the text names some other way; nil unless such a name is
	// linked (see anyGenericInstitution).
	anchored []int32
	names    strSet // folded texts of the mentions, built on demand
	// shortDivisions are the folded names of the states and countries
	// that mentions name by a short form ("N.D.", "Calif."): their most
	// popular candidate (see topDivisions).
	shortDivisions []string
	// homeRegions are the names of the state or region a dateline
	// places the story in (see setHomeRegions).
	homeRegions []string
	homes       bool // some mention has a team's home as a candidate
	// scanSports' findings: whether d has sports words, whether it is
	// about college sports, and the team sport it is about.
	sportsScanned, sporty, college bool
	sport                          string
	folds                          []string               // token.Fold of each token, folded once
	mentions                       []mention              // the current chunk of newMention
	entBuf                         []Entity               // the current chunk of doc.entity
	listed                         map[*Entity]*spellings // entities known only as popular titles (see spellTitles)
	scr                            *scratch               // buffers no result refers to
}

// newDoc returns the doc of text with buffers of its own.
func newDoc(text string) *doc { return newDocWith(text, new(scratch)) }

// newDocWith returns the doc of text with its buffers taken from s.
func newDocWith(text string, s *scratch) *doc {
	s.toks = token.AppendTokens(s.toks[:0], text)
	s.folds = token.AppendFolds(s.folds[:0], s.toks)
	d := &doc{text: text, toks: s.toks, folds: s.folds, scr: s}
	d.sents = token.Sentences(text, d.toks)
	s.sentOf = append(s.sentOf[:0], make([]int32, len(d.toks))...)
	d.sentOf = s.sentOf
	for i, s := range d.sents {
		for j := s.Start; j < s.End && j < len(d.sentOf); j++ {
			d.sentOf[j] = int32(i)
		}
	}
	return d
}

// Find returns the entity mentions in text, ordered by Start and not
// overlapping. Offsets are byte offsets into text.
func (l *Linker) Find(text string) []Mention {
	if l == nil || len(text) == 0 {
		return nil
	}
	s := getScratch()
	defer s.release()
	d := newDocWith(text, s)
	if len(d.toks) == 0 {
		return nil
	}
	matches, raw := l.kbMatches(d)
	var spans []tagSpan
	if l.tagger != nil {
		spans = withOrgTails(d, splitRoles(d, tagDoc(l.tagger, d, l.gazetteer(d, raw))))
	}
	ms := l.dropNounPhraseHeads(d, dropDefinedAcronyms(d, merge(d, matches, spans)))
	l.disambiguate(d, ms)
	l.unlinkRedefinedAcronyms(d, ms)
	numberedNames(d, ms)
	ms = addLinkedParts(d, matches, ms)
	if l.coref {
		corefer(d, ms)
	}
	// After coreference: "Los Angeles" of a county list does not make
	// the city named elsewhere the county.
	l.countyLists(d, ms)
	d.spellTitles(ms)
	return l.output(d, ms)
}

// output turns the internal mentions into the public form.
func (l *Linker) output(d *doc, ms []*mention) []Mention {
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		if m.score < l.minScore {
			continue
		}
		s, e := d.toks[m.start].Start, d.toks[m.end-1].End
		if abbreviated(d, m) {
			e++ // the period of "Fla." belongs to the name
		}
		out = append(out, Mention{Start: s, End: e, Text: d.text[s:e], Type: m.typ, Entity: m.ent, Score: clamp01(m.score)})
	}
	slices.SortFunc(out, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// abbreviated reports whether m is a one-word abbreviation of its
// entity's name written with a period the tokenizer left apart ("Fla."
// for Florida, "Calif." for California): the word cuts a word of the
// name short, in the name's own case. A whole word of the name is no
// abbreviation: "Miami." at the end of a sentence is Miami (or the Miami
// Dolphins) and a full stop; nor is an acronym: "EU." is the European
// Union and a full stop.
func abbreviated(d *doc, m *mention) bool {
	if m.ent == nil || m.end-m.start != 1 || m.end >= len(d.toks) {
		return false
	}
	t, p := d.toks[m.start], d.toks[m.end]
	if p.Text != "." || p.SpaceBefore || len(t.Text) < 2 || len(t.Text) > 5 || !capitalized(t.Text) {
		return false
	}
	name := m.ent.Name
	if len(name) <= len(t.Text) || name[:len(t.Text)] != t.Text {
		return false
	}
	next, _ := utf8.DecodeRuneInString(name[len(t.Text):])
	return unicode.IsLetter(next)
}

// byStart orders mentions by their first token.
func byStart(a, b *mention) int { return cmp.Compare(a.start, b.start) }

// countryIDs numbers the distinct country codes 1, 2, ... in order of
// first appearance, "" as 0, and returns each index's number and how
// many numbers there are.
func countryIDs(codes []string) ([]uint16, int) {
	ids := make([]uint16, len(codes))
	seen := map[string]uint16{"": 0}
	for i, c := range codes {
		id, ok := seen[c]
		if !ok {
			id = uint16(len(seen))
			seen[c] = id
		}
		ids[i] = id
	}
	return ids, len(seen)
}
