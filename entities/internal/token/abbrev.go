package token

// isAbbreviation reports whether w, a word followed by a period, is a
// known abbreviation or an initial ("J." in "John F. Kennedy") whose
// period belongs to the word and does not end a sentence.
func isAbbreviation(w string) bool {
	if len(w) == 1 {
		// An initial, or the "v." of a case name ("Roe v. Wade").
		return w[0] >= 'A' && w[0] <= 'Z' || w == "v"
	}
	if len(w) > 5 {
		return false
	}
	_, ok := abbreviations[w]
	return ok
}

// abbreviations are the titles, month names and company suffixes that
// news text writes with a period. A map literal is built once at start;
// it is small and costs no regexp compilation.
var abbreviations = map[string]struct{}{
	"Mr": {}, "Mrs": {}, "Ms": {}, "Dr": {}, "Prof": {}, "Rev": {}, "Hon": {},
	"Gen": {}, "Lt": {}, "Col": {}, "Maj": {}, "Capt": {}, "Sgt": {}, "Cpl": {}, "Pvt": {},
	"Adm": {}, "Cmdr": {}, "Brig": {}, "Gov": {}, "Sen": {}, "Rep": {}, "Pres": {},
	"Supt": {}, "Insp": {}, "Det": {}, "Amb": {}, "Sec": {},
	"St": {}, "Mt": {}, "Ft": {}, "Ave": {}, "Blvd": {}, "Rd": {},
	"ST": {}, "MT": {}, "FT": {}, // capitals of a dateline: "ST. LOUIS (AP)"
	"Jr": {}, "Sr": {}, "Inc": {}, "Corp": {}, "Co": {}, "Ltd": {}, "Bros": {}, "Dept": {}, "Univ": {},
	"Jan": {}, "Feb": {}, "Mar": {}, "Apr": {}, "Jun": {}, "Jul": {}, "Aug": {},
	"Sep": {}, "Sept": {}, "Oct": {}, "Nov": {}, "Dec": {},
	"No": {}, "vs": {}, "etc": {}, "approx": {}, "est": {}, "Nos": {}, "Vol": {}, "pp": {},
}
