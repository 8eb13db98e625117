package main

import "github.com/newslens/newslens/entities/internal/kb"

// adminNames names the first-level divisions of the countries whose towns
// news most often writes with their state, province or nation ("Portland,
// Maine", "London, Ontario", "Perth, Western Australia", "Cambridge,
// England"), by the GeoNames admin1 code the city list gives. Outside the
// US each code was read off the capital and largest cities of its
// division in the list.
var adminNames = map[string]map[string]string{
	"US": kb.USStates,
	"CA": {
		"01": "Alberta", "02": "British Columbia", "03": "Manitoba", "04": "New Brunswick",
		"05": "Newfoundland and Labrador", "07": "Nova Scotia", "08": "Ontario",
		"09": "Prince Edward Island", "10": "Quebec", "11": "Saskatchewan", "12": "Yukon",
		"13": "Northwest Territories", "14": "Nunavut",
	},
	"AU": {
		"01": "Australian Capital Territory", "02": "New South Wales", "03": "Northern Territory",
		"04": "Queensland", "05": "South Australia", "06": "Tasmania", "07": "Victoria",
		"08": "Western Australia",
	},
	"GB": {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"},
}
