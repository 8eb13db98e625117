package kb

import (
	"sort"
	"strings"
)

// Describe returns a one-line description made from an entity's kind,
// region and country name: "city in California, United States",
// "capital of Iraq", "head of government of Iraq", "news agency".
func Describe(kind, region, country string) string {
	if kindAlone(kind, region, country) {
		return kind
	}
	return string(appendDescribe(nil, kind, region, country))
}

// kindAlone reports whether the description is the kind alone.
func kindAlone(kind, region, country string) bool {
	return kind == "" || region == "" && country == "" || kind == "country" || kind == "territory"
}

// appendDescribe appends the description that is more than the kind
// alone to b.
func appendDescribe(b []byte, kind, region, country string) []byte {
	var sep, the string
	switch {
	case region != "" && country != "":
		sep = ", "
	case region == "" && takesArticle(country):
		the = "the "
	}
	switch kind {
	case "capital":
		b = append(b, "capital of "...)
	case "head of state", "head of government", "minister", "legislator", "monarch", "president", "vice president":
		b = append(append(b, kind...), " of "...)
	default:
		b = append(append(b, kind...), " in "...)
	}
	return append(append(append(append(b, region...), sep...), the...), country...)
}

// takesArticle reports whether a country name takes "the" ("the United
// States", "the Philippines").
func takesArticle(country string) bool {
	switch {
	case country == "":
		return false
	case strings.HasPrefix(country, "United "), strings.HasSuffix(country, " Islands"),
		strings.HasSuffix(country, " Republic"), strings.HasPrefix(country, "Democratic Republic"),
		strings.HasPrefix(country, "Republic of"):
		return true
	}
	switch country {
	case "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles",
		"Vatican City", "Caribbean Netherlands":
		return true
	}
	return false
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
