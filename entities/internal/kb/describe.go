package kb

import (
	"sort"
	"strings"
)

// Describe returns a one-line description made from an entity's kind,
// region and country name: "city in California, United States",
// "capital of Iraq", "head of government of Iraq", "news agency".
func Describe(kind, region, country string) string {
	where := withArticle(country)
	if region != "" {
		where = country
		if where != "" {
			where = region + ", " + where
		} else {
			where = region
		}
	}
	switch {
	case kind == "":
		return ""
	case where == "" || kind == "country" || kind == "territory":
		return kind
	}
	switch kind {
	case "capital":
		return "capital of " + where
	case "head of state", "head of government", "minister", "legislator", "monarch", "president", "vice president":
		return kind + " of " + where
	}
	return kind + " in " + where
}

// withArticle puts "the" before the country names that take it ("the
// United States", "the Philippines").
func withArticle(country string) string {
	switch {
	case country == "":
		return ""
	case strings.HasPrefix(country, "United "), strings.HasSuffix(country, " Islands"),
		strings.HasSuffix(country, " Republic"), strings.HasPrefix(country, "Democratic Republic"),
		strings.HasPrefix(country, "Republic of"):
		return "the " + country
	}
	switch country {
	case "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles",
		"Vatican City", "Caribbean Netherlands":
		return "the " + country
	}
	return country
}

// CountryName returns the English short name of the country with ISO
// 3166-1 alpha-2 code cc, "" when unknown.
func CountryName(cc string) string {
	i := sort.Search(len(countryNames), func(i int) bool { return countryNames[i][0] >= cc })
	if i < len(countryNames) && countryNames[i][0] == cc {
		return countryNames[i][1]
	}
	return ""
}
