package main

import (
	"html"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/kb"
)

type fbText struct {
	Text string `json:"text"`
}

type fbCountry struct {
	Government struct {
		CountryName struct {
			Short fbText `json:"conventional short form"`
			Long  fbText `json:"conventional long form"`
		} `json:"Country name"`
		Capital struct {
			Name fbText `json:"name"`
		} `json:"Capital"`
		Executive struct {
			Chief fbText `json:"chief of state"`
			Head  fbText `json:"head of government"`
		} `json:"Executive branch"`
		Parties fbText `json:"Political parties"`
	} `json:"Government"`
	Terrorism struct {
		Groups fbText `json:"Terrorist group(s)"`
	} `json:"Terrorism"`
}

// factbook adds heads of state and government, political parties,
// terrorist groups and capitals from the World Factbook profiles.
func (b *builder) factbook(src string) error {
	files, err := filepath.Glob(filepath.Join(src, "factbook", "*", "*.json"))
	if err != nil {
		return err
	}
	slices.Sort(files)
	codes := b.countryLookup()
	for _, f := range files {
		var c fbCountry
		if err := readJSON(f, &c); err != nil {
			return err
		}
		cc := codes[strings.ToLower(clean(c.Government.CountryName.Short.Text))]
		if cc == "" {
			cc = codes[strings.ToLower(clean(c.Government.CountryName.Long.Text))]
		}
		if cc == "" {
			continue
		}
		country := func(name string) bool { return codes[name] != "" }
		b.fbLeaders(c.Government.Executive.Chief.Text, cc, "head of state", country)
		b.fbLeaders(c.Government.Executive.Head.Text, cc, "head of government", country)
		b.fbParties(c.Government.Parties.Text, cc)
		b.fbGroups(c.Terrorism.Groups.Text)
		b.fbCapital(clean(c.Government.Capital.Name.Text), cc)
	}
	return nil
}

// countryLookup maps lower-cased country names to ISO codes.
func (b *builder) countryLookup() map[string]string {
	m := map[string]string{}
	for _, e := range b.ents {
		if e.Type != kb.Place || (e.Kind != "country" && e.Kind != "territory") {
			continue
		}
		for _, a := range e.order {
			m[strings.ToLower(a)] = e.Country
		}
	}
	return m
}

// clean strips markup and entities from a Factbook text.
func clean(s string) string {
	var sb strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			sb.WriteByte(' ')
		case !in:
			sb.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(html.UnescapeString(sb.String())), " ")
}

// splitBR splits a Factbook list on <br> tags.
func splitBR(s string) []string {
	s = strings.NewReplacer("<br />", "\n", "<br/>", "\n", "<br>", "\n").Replace(s)
	var out []string
	for _, p := range strings.Split(s, "\n") {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// fbLeaders adds the people of an executive-branch text; the first gets
// kind, the others (deputies, vice presidents) are politicians. country
// reports whether a lower-cased name is a country's (see leaderName).
func (b *builder) fbLeaders(text, cc, kind string, country func(string) bool) {
	text = clean(text)
	if i := strings.Index(text, "note:"); i >= 0 {
		text = text[:i]
	}
	for i, item := range strings.Split(dropParens(text), ";") {
		name, last := leaderName(onlyLeader(item), country)
		if name == "" {
			continue
		}
		k, score := kind, 170.0
		if i > 0 {
			k, score = "politician", 120
		}
		b.addPerson(name, last, cc, k, score)
	}
}

// addPerson adds a person found by name, with the surname as a partial alias.
func (b *builder) addPerson(name, last, cc, kind string, score float64) {
	r := kb.Record{Name: name, Type: kb.Person, Kind: kind, Country: cc}
	if title := b.popularTitle([]string{name}); title != "" {
		r.Title = title
	}
	if last != "" && last != name && strings.Trim(strings.Fields(name)[len(strings.Fields(name))-1], "IVX") != "" {
		r.Aliases = append(r.Aliases, kb.Alias{Text: last, Flags: kb.Partial})
	}
	if kind == "head of state" || kind == "head of government" {
		k, _ := kb.KeyOf(name)
		for _, e := range b.persons[k.Text] {
			b.merge(e, &r, score)
			return
		}
	}
	b.add(r, srcPerson, score, true)
}

// onlyLeader cuts off who represents the leader ("President Emmanuel
// MACRON, represented by Prefect ..."): the leader comes first.
func onlyLeader(item string) string {
	if i := strings.Index(item, "represented by"); i >= 0 {
		return item[:i]
	}
	return item
}

// dropParens removes parenthesized text.
func dropParens(s string) string {
	var sb strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// roleWords are the title words before a Factbook name.
var roleWords = map[string]bool{
	"President": true, "Vice": true, "Prime": true, "Minister": true, "King": true, "Queen": true,
	"Emir": true, "Amir": true, "Sultan": true, "Crown": true, "Prince": true, "Princess": true,
	"Chancellor": true, "Supreme": true, "Leader": true, "Governor": true, "General": true,
	"Premier": true, "Chairman": true, "Chairwoman": true, "Secretary": true, "Chief": true,
	"Executive": true, "Co-prince": true, "Grand": true, "Duke": true, "Captain": true, "Captains": true,
	"Regent": true, "Head": true, "State": true, "Deputy": true, "First": true, "Acting": true,
	"Interim": true, "Transitional": true, "Federal": true, "Council": true, "Ministers": true,
	"Administrator": true, "Mayor": true, "Commissioner": true, "Sheikh": true, "Lieutenant": true,
	"Colonel": true, "Field": true, "Marshal": true, "Brigadier": true, "Major": true, "Admiral": true,
	"Pope": true, "Holiness": true, "His": true, "Her": true, "Majesty": true, "Sir": true, "Dame": true,
	"Lord": true, "Lady": true, "Commander": true, "Foreign": true, "Defense": true, "Second": true,
	"Third": true, "Senior": true, "Presidential": true, "Dr.": true, "Gen.": true, "Taoiseach": true,
	"Tanaiste": true, "Monarch": true, "Emperor": true, "Empress": true, "Sovereign": true, "Chair": true,
	"and": true, "of": true, "the": true, "Executive's": true, "Representative": true, "Speaker": true,
	"Government": true, "Assembly": true, "Affairs": true, "Political": true, "Territorial": true,
	"Republic": true, "Prefect": true, "High": true, "Confederation": true, "Kingdom": true,
}

var nameParticles = map[string]bool{
	"al": true, "bin": true, "bint": true, "ibn": true, "de": true, "da": true, "do": true, "dos": true,
	"das": true, "del": true, "della": true, "di": true, "du": true, "van": true, "von": true,
	"der": true, "den": true, "le": true, "la": true, "y": true, "el": true, "ben": true, "abu": true,
	"e": true, "d": true,
}

// leaderName extracts the name from a Factbook item such as "President
// Latif RASHID" or "Amir TAMIM bin Hamad Al Thani" and restores the case
// of its capitalized surname: "Latif Rashid", "Tamim bin Hamad Al Thani".
// A country named in the title ("President of China XI Jinping") is not
// part of the name; country reports whether a lower-cased name is one.
func leaderName(item string, country func(string) bool) (name, surname string) {
	words := strings.Fields(strings.Trim(item, " ,.:"))
	last := -1
	for i, w := range words {
		if hasCapsRun(w) {
			last = i
		}
	}
	if last < 0 {
		return "", ""
	}
	s := last
	for s > 0 && nameWord(words[s-1]) && !countryBefore(words, s, country) {
		s--
	}
	e := last + 1
	for e < len(words) && nameWord(words[e]) {
		e++
	}
	for e > last+1 && nameParticles[strings.ToLower(words[e-1])] {
		e--
	}
	out := make([]string, 0, e-s)
	var sur []string
	for _, w := range words[s:e] {
		w = strings.Trim(w, ",")
		out = append(out, properCase(w))
		if hasCapsRun(w) && strings.Trim(w, "IVX") != "" {
			sur = append(sur, properCase(w))
		}
	}
	name = strings.Join(out, " ")
	if utf8.RuneCountInString(name) < 4 || len(out) > 6 {
		return "", ""
	}
	return name, strings.Join(sur, " ")
}

// maxCountryWords is the most words of a country name countryBefore
// tries ("Central African Republic").
const maxCountryWords = 3

// countryBefore reports whether the words right before words[s] are a
// country's name after "of" or "the", ending the title before the name.
func countryBefore(words []string, s int, country func(string) bool) bool {
	for j := s - 1; j > 0 && j >= s-maxCountryWords; j-- {
		if w := words[j-1]; (w == "of" || w == "the") && country(strings.ToLower(strings.Join(words[j:s], " "))) {
			return true
		}
	}
	return false
}

// nameWord reports whether w can be part of a personal name: a
// capitalized word, a particle ("bin", "e") or a word a particle opens
// ("al-Aziz", "d'Oliveira").
func nameWord(w string) bool {
	if roleWords[w] || strings.ContainsAny(w, ",;:") {
		return false
	}
	if nameParticles[strings.ToLower(strings.TrimSuffix(w, "-"))] {
		return true
	}
	if i := strings.IndexAny(w, "-'"); i > 0 && nameParticles[strings.ToLower(w[:i])] {
		r, _ := utf8.DecodeRuneInString(w[i+1:])
		return unicode.IsUpper(r)
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasCapsRun reports two consecutive upper-case letters ("RASHID", "al-SUDANI").
func hasCapsRun(w string) bool {
	prev := false
	for _, r := range w {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

// properCase turns capitalized runs into title case: "al-SUDANI" ->
// "al-Sudani", "McDONALD" stays as written after its first capital.
func properCase(w string) string {
	if !hasCapsRun(w) || strings.Trim(w, "IVX") == "" {
		return w
	}
	rs := []rune(w)
	start := true
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			start = true
			continue
		}
		if start {
			start = false
			continue
		}
		rs[i] = unicode.ToLower(r)
	}
	return string(rs)
}

// fbParties adds parties: "Christian Democratic Union or CDU [leader]".
func (b *builder) fbParties(text, cc string) {
	for _, item := range splitBR(text) {
		if strings.Contains(item, "banned") || strings.Contains(item, "none") || strings.HasPrefix(item, "note") {
			continue
		}
		if i := strings.Index(item, "["); i >= 0 {
			item = item[:i]
		}
		names := strings.Split(dropParens(item), " or ")
		name := strings.TrimSpace(names[0])
		if !plausibleOrg(name) {
			continue
		}
		r := kb.Record{Name: name, Type: kb.Organization, Kind: "political party", Country: cc}
		for _, a := range names[1:] {
			if a = strings.TrimSpace(a); plausibleOrg(a) {
				r.Aliases = append(r.Aliases, kb.Alias{Text: a})
			}
		}
		if t := b.popularTitle([]string{name}); t != "" {
			r.Title = t
		}
		b.add(r, srcOrg, 120, true)
	}
}

func plausibleOrg(s string) bool {
	if utf8.RuneCountInString(s) < 2 || utf8.RuneCountInString(s) > 80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// fbGroups adds terrorist groups; a group listed by several countries is
// one entity, so it gets no country.
func (b *builder) fbGroups(text string) {
	text = clean(text)
	if i := strings.Index(text, "note:"); i >= 0 {
		text = text[:i]
	}
	for _, item := range strings.FieldsFunc(text, func(r rune) bool { return r == ';' || r == ',' }) {
		name, abbr := groupItem(item)
		if !plausibleOrg(name) {
			continue
		}
		r := kb.Record{Name: name, Type: kb.Organization, Kind: "armed group"}
		if abbr != "" && plausibleOrg(abbr) && !strings.Contains(abbr, " ") {
			r.Aliases = append(r.Aliases, kb.Alias{Text: abbr})
		}
		if t := b.popularTitle([]string{name}); t != "" {
			r.Title = t
		}
		b.add(r, srcOrg, 130, true)
	}
}

// groupItem returns the group name and its abbreviation in parentheses
// from an item of a Factbook list of groups: "Islamic State of Iraq and
// ash-Sham (ISIS)", or a note's "US-designated foreign terrorist groups
// such as the Islamic Jihad Union", which names the group after "such as".
func groupItem(item string) (name, abbr string) {
	item = strings.TrimSpace(item)
	if strings.HasSuffix(item, ")") {
		if i := strings.LastIndex(item, "("); i >= 0 {
			abbr = item[i+1 : len(item)-1]
		}
	}
	item = strings.TrimSpace(dropParens(item))
	if i := strings.LastIndex(item, " such as "); i >= 0 {
		item = strings.TrimPrefix(item[i+len(" such as "):], "the ")
	}
	return strings.TrimSpace(strings.Split(item, "/")[0]), abbr
}

// fbCapital marks the capital city of cc.
func (b *builder) fbCapital(name, cc string) {
	name = strings.TrimSpace(strings.Split(dropParens(name), ";")[0])
	for _, e := range b.byName[nameKey(name, cc, kb.Place, "city")] {
		if e.Kind == "city" || e.Kind == "capital" {
			e.Kind = "capital"
			e.score += 30
			return
		}
	}
}
