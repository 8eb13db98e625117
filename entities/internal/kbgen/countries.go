package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// handkept adds the reviewed table first: its IDs and titles win.
func (b *builder) handkept(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := kb.ParseText(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, r := range recs {
		companyAliases(&r)
		b.add(r, srcHand, float64(r.Prior), true)
	}
	return nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

type dr5hnCountry struct {
	Name, ISO2, ISO3, Capital, Native, Nationality string
	WikiDataID                                     string `json:"wikiDataId"`
	Population                                     int
}

type wcCountry struct {
	Name struct {
		Common, Official string
		Native           map[string]struct{ Common, Official string }
	}
	Cca2, Cca3   string
	Independent  bool
	Capital      []string
	AltSpellings []string
	Demonyms     map[string]struct{ F, M string }
}

// countryTitles are English Wikipedia titles of countries whose common
// name in the sources is not the article title.
var countryTitles = map[string]string{
	"CD": "Democratic_Republic_of_the_Congo", "CG": "Republic_of_the_Congo",
	"CI": "Ivory_Coast", "GE": "Georgia_(country)", "IE": "Republic_of_Ireland",
	"PS": "State_of_Palestine", "MK": "North_Macedonia", "CV": "Cape_Verde",
	"SZ": "Eswatini", "TL": "East_Timor", "VA": "Vatican_City", "KR": "South_Korea",
	"KP": "North_Korea", "MM": "Myanmar", "CZ": "Czech_Republic", "BS": "The_Bahamas",
	"GM": "The_Gambia", "FM": "Federated_States_of_Micronesia", "MO": "Macau",
	"US": "United_States", "GB": "United_Kingdom", "RU": "Russia", "SY": "Syria",
	"IR": "Iran", "LA": "Laos", "VN": "Vietnam", "BN": "Brunei", "TW": "Taiwan",
	"MD": "Moldova", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
	"TR": "Turkey", "AX": "Åland", "GS": "South_Georgia_and_the_South_Sandwich_Islands",
	"MF": "Collectivity_of_Saint_Martin",
}

// shortCodes are letter codes that news uses for countries; other codes
// in the alternative spellings ("IQ", "AT") are too ambiguous as names.
var shortCodes = map[string]bool{
	"US": true, "USA": true, "U.S.": true, "U.S.A.": true, "UK": true, "U.K.": true,
	"UAE": true, "DRC": true, "PRC": true, "ROK": true, "DPRK": true, "KSA": true,
}

func (b *builder) countries(src string) error {
	var dr []dr5hnCountry
	if err := readJSON(filepath.Join(src, "dr5hn", "countries.json"), &dr); err != nil {
		return err
	}
	var wc []wcCountry
	if err := readJSON(filepath.Join(src, "world-countries", "countries.json"), &wc); err != nil {
		return err
	}
	byISO := map[string]*wcCountry{}
	for i := range wc {
		byISO[wc[i].Cca2] = &wc[i]
		b.iso3[wc[i].Cca3] = wc[i].Cca2
	}
	for _, d := range dr {
		w := byISO[d.ISO2]
		r := kb.Record{QID: d.WikiDataID, Name: d.Name, Type: kb.Place, Kind: "country", Country: d.ISO2}
		score := 230.0
		if w != nil {
			r.Name = w.Name.Common
			r.Aliases = append(r.Aliases, countryAliases(w, d, b.demonyms)...)
			if !w.Independent {
				r.Kind, score = "territory", 190
			}
		}
		r.Title = countryTitles[d.ISO2]
		if r.Title == "" {
			r.Title = strings.ReplaceAll(r.Name, " ", "_")
		}
		b.iso3[d.ISO3] = d.ISO2
		b.countryNames[d.ISO2] = b.add(r, srcCountry, score, true).Name
	}
	b.dropTerritoryDemonyms()
	return nil
}

// dropTerritoryDemonyms takes from each territory the nationality words
// an independent country also has: "Chinese" is China's, not Taiwan's or
// Macau's, "French" France's, not the French Southern Lands'. Words two
// countries share ("Congolese") stay with both.
func (b *builder) dropTerritoryDemonyms() {
	national := map[string]bool{}
	for _, e := range b.ents {
		if e.Kind == "country" {
			for s, f := range e.aliases {
				if f&kb.Demonym != 0 {
					national[s] = true
				}
			}
		}
	}
	for _, e := range b.ents {
		if e.Kind != "territory" {
			continue
		}
		e.order = slices.DeleteFunc(e.order, func(s string) bool {
			if e.aliases[s]&kb.Demonym == 0 || !national[s] {
				return false
			}
			delete(e.aliases, s)
			return true
		})
	}
}

func countryAliases(w *wcCountry, d dr5hnCountry, demonymWords map[string]bool) []kb.Alias {
	var out []kb.Alias
	add := func(s string, f kb.AliasFlags) {
		if s != "" {
			out = append(out, kb.Alias{Text: s, Flags: f})
		}
	}
	add(d.Name, 0)
	add(w.Name.Official, 0)
	add(d.Native, 0)
	for _, lang := range sortedKeys(w.Name.Native) {
		add(w.Name.Native[lang].Common, 0)
		add(w.Name.Native[lang].Official, 0)
	}
	for _, s := range w.AltSpellings {
		if len(s) > 4 || shortCodes[s] {
			add(s, 0)
		}
	}
	var dems []string
	if eng, ok := w.Demonyms["eng"]; ok {
		dems = append(dems, eng.M, eng.F)
	}
	dems = append(dems, d.Nationality)
	for _, dm := range dems {
		for _, part := range strings.Split(dm, ",") {
			part = strings.TrimSpace(part)
			if part == "" || strings.Contains(part, " or ") {
				continue
			}
			add(part, kb.Demonym)
			demonymWords[strings.ToLower(part)] = true
			if p := plural(part); p != "" {
				add(p, kb.Demonym)
			}
		}
	}
	return out
}

// plural returns the plural of a demonym used as a noun ("Iraqis"), ""
// when it has none distinct ("Chinese", "Swiss", "French").
func plural(d string) string {
	l := strings.ToLower(d)
	for _, suf := range []string{"ese", "ss", "sh", "ch", "s", "x", "z"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return d + "s"
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
