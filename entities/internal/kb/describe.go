package kb

import "sort"

// Describe returns a one-line description made from an entity's kind,
// region and country name: "city in California, United States",
// "capital of Iraq", "head of government of Iraq", "news agency".
func Describe(kind, region, country string) string {
	where := country
	if region != "" {
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
	case "head of state", "head of government", "minister", "legislator", "monarch":
		return kind + " of " + where
	}
	return kind + " in " + where
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
