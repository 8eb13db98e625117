package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/newslens/newslens/entities/internal/kb"
)

// actor is one PETRARCH2 dictionary entry.
type actor struct {
	name     string
	synonyms []string
	codes    []string // "IRQGOV 790716-030409"
	comment  string
}

// readActors parses a PETRARCH2 .actors file: an entry line "NAME_ [CODE]
// # comment", then "+SYNONYM" lines and indented "[CODE dates]" lines.
func readActors(path string) ([]actor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []actor
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		body, comment, _ := strings.Cut(line, "#")
		trimmed := strings.TrimSpace(body)
		switch {
		case trimmed == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(trimmed, "+") && len(out) > 0:
			a := &out[len(out)-1]
			a.synonyms = append(a.synonyms, strings.TrimSpace(strings.TrimPrefix(trimmed, "+")))
		case strings.HasPrefix(trimmed, "[") && len(out) > 0:
			a := &out[len(out)-1]
			a.codes = append(a.codes, bracketCodes(trimmed)...)
		case line[0] != ' ' && line[0] != '\t':
			name, rest, _ := strings.Cut(trimmed, "[")
			a := actor{name: strings.TrimSpace(name), comment: strings.TrimSpace(comment)}
			if rest != "" {
				a.codes = bracketCodes("[" + rest)
			}
			out = append(out, a)
		}
	}
	return out, sc.Err()
}

func bracketCodes(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "[") {
		if c, _, ok := strings.Cut(part, "]"); ok && strings.TrimSpace(c) != "" {
			out = append(out, strings.TrimSpace(c))
		}
	}
	return out
}

// actorName turns "AHMAD_HASSAN_AL_BAKR_" into "Ahmad Hassan al Bakr".
func actorName(s string) string {
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && (nameParticles[w] || minorWords[w]) {
			continue
		}
		if romanNumerals[w] {
			words[i] = strings.ToUpper(w)
			continue
		}
		words[i] = capitalizeParts(w)
	}
	return strings.Join(words, " ")
}

// capitalizeParts capitalizes a word and each part after a hyphen or an
// apostrophe-free boundary: "ki-moon" -> "Ki-Moon".
func capitalizeParts(w string) string {
	rs := []rune(w)
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = r == '-' || r == '.' || r == ' '
	}
	return string(rs)
}

// plausibleActor rejects entries that are not names (codes, phrases with
// slashes or commas).
func plausibleActor(n string) bool {
	if len(n) < 4 || strings.ContainsAny(n, "/,!()+") {
		return false
	}
	return strings.Count(n, " ") <= 6
}

// petrarch adds the people of the country dictionary (leaders and
// officials with dated roles) and the militant and non-state groups.
func (b *builder) petrarch(src string) error {
	people, err := readActors(filepath.Join(src, "petrarch2", "Phoenix.Countries.actors.txt"))
	if err != nil {
		return err
	}
	for _, a := range people {
		if !strings.Contains(a.comment, "CountryInfo") || len(a.codes) == 0 {
			continue
		}
		b.petrarchPerson(a)
	}
	groups, err := readActors(filepath.Join(src, "petrarch2", "Phoenix.MilNonState.actors.txt"))
	if err != nil {
		return err
	}
	for _, a := range groups {
		b.petrarchGroup(a)
	}
	return nil
}

var sectorKinds = map[string]string{
	"GOV": "politician", "ELI": "politician", "OPP": "politician", "LEG": "legislator",
	"MIL": "military officer", "BUS": "businessperson", "MED": "journalist", "JUD": "judge",
	"REB": "rebel leader", "REL": "religious leader", "EDU": "academic", "HLH": "politician",
	"LAB": "trade unionist", "SPY": "intelligence officer", "COP": "police officer",
}

func (b *builder) petrarchPerson(a actor) {
	name := actorName(a.name)
	if !plausibleActor(name) {
		return
	}
	code := a.codes[len(a.codes)-1]
	cc := b.iso3[code[:min(3, len(code))]]
	kind := "politician"
	if len(code) >= 6 {
		if k, ok := sectorKinds[code[3:6]]; ok {
			kind = k
		}
	}
	score := 70.0
	for _, c := range a.codes {
		if strings.Contains(c, "GOV >") || strings.HasSuffix(c, "GOV") {
			score = 90
		}
	}
	r := kb.Record{Name: name, Type: kb.Person, Kind: kind, Country: cc}
	names := []string{name}
	for _, s := range a.synonyms {
		if n := actorName(s); plausibleActor(n) && !b.titled(n) {
			r.Aliases = append(r.Aliases, kb.Alias{Text: n})
			names = append(names, n)
		}
	}
	r.Title = b.popularTitle(names)
	b.add(r, srcPerson, score, true)
}

func (b *builder) petrarchGroup(a actor) {
	raw := a.name
	abbr := ""
	if i := strings.LastIndex(raw, "("); i >= 0 {
		if j := strings.Index(raw[i:], ")"); j > 0 {
			abbr = raw[i+1 : i+j]
		}
		raw = raw[:i]
	}
	name := actorName(raw)
	if !plausibleActor(name) {
		return
	}
	r := kb.Record{Name: name, Type: kb.Organization, Kind: "armed group"}
	if abbr != "" && !strings.ContainsAny(abbr, " _") {
		r.Aliases = append(r.Aliases, kb.Alias{Text: abbr})
	}
	names := []string{name}
	for _, s := range a.synonyms {
		s, _, _ = strings.Cut(s, "(")
		if n := actorName(s); plausibleActor(n) {
			r.Aliases = append(r.Aliases, kb.Alias{Text: n})
			names = append(names, n)
		}
	}
	r.Title = b.groupTitle(names)
	b.add(r, srcOrg, 90, true)
}

// groupTitle returns the popular title among an armed group's names, the
// first (its own name) or another of several words that is not a party:
// PETRARCH2 lists "Falcon" for Shahin and "Communist Party of India" for
// one of its factions, and the titles of those are the bird and the
// party.
func (b *builder) groupTitle(names []string) string {
	if t := b.popularTitle(names[:1]); t != "" {
		return t
	}
	var others []string
	for _, n := range names[1:] {
		if strings.Contains(n, " ") && !strings.Contains(n, "Party") {
			others = append(others, n)
		}
	}
	return b.popularTitle(others)
}

// titledWords are words before a name in PETRARCH2 synonyms ("President
// Putin", "Former President Ronald Reagan") that are not part of it.
var titledWords = map[string]bool{
	"Former": true, "Gov": true, "Govenor": true, "Mr": true, "Mrs": true, "Ms": true,
	"Sen": true, "Rep": true, "Gen": true, "Elect": true, "Ex": true, "Administration": true,
	"Government": true, "Regime": true, "Senator": true, "Representative": true, "Congressman": true,
	"Ambassador": true, "Envoy": true, "Spokesman": true, "Official": true, "Opposition": true,
}

// titled reports whether a synonym carries a title, an office or a
// nationality word beside the name.
func (b *builder) titled(n string) bool {
	for i, w := range strings.Fields(n) {
		w = strings.Trim(w, ".")
		if roleWords[w] && w != "and" && w != "of" && w != "the" || titledWords[w] {
			return true
		}
		if i == 0 && b.demonyms[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
