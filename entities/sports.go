package entities

// College sports reporting names a university's teams by a short form
// ("Alabama beat LSU 21-14", "the Crimson Tide"). Such aliases (kb.Sports)
// name the university only in text about college sports; elsewhere
// "Alabama" is the state.

// collegeSports reports whether d is about college sports: it names a
// sport or a sports role and also something only college sports has.
// The answer is computed on first use and kept.
func (d *doc) collegeSports() bool {
	if d.college == 0 {
		d.college = 2
		if d.hasWordIn(sportsWords) && d.hasWordIn(collegeWords) {
			d.college = 1
		}
	}
	return d.college == 1
}

// hasWordIn reports whether some token of d, folded, is in words.
func (d *doc) hasWordIn(words map[string]bool) bool {
	for _, f := range d.folds {
		if words[f] {
			return true
		}
	}
	return false
}

// sportsWords name a team sport or what only its reporting speaks of.
var sportsWords = map[string]bool{
	"football": true, "basketball": true, "baseball": true, "hockey": true, "softball": true,
	"coach": true, "coaches": true, "quarterback": true, "touchdown": true, "touchdowns": true,
	"halftime": true, "linebacker": true, "tailback": true, "rebounds": true, "innings": true,
	"playoff": true, "playoffs": true, "postseason": true, "preseason": true,
}

// collegeWords are found in reporting on college sports and not in that
// on professional leagues ("college" is not: a pro team drafts players
// out of college).
var collegeWords = map[string]bool{
	"ncaa": true, "collegiate": true, "heisman": true, "freshman": true, "sophomore": true,
	"redshirt": true, "recruits": true, "recruiting": true, "signee": true, "walk-on": true,
	"sec": true, "acc": true, "pac-12": true, "bcs": true,
}

// sportsReading scores a sports short form in m: excluded outside
// college sports, preferred inside it unless the text places the name
// ("Tuscaloosa, Alabama", "the state of Alabama").
func (d *doc) sportsReading(m *mention) {
	for i := range m.cands {
		c := &m.cands[i]
		if !c.sports {
			continue
		}
		switch {
		case !d.collegeSports():
			c.excluded = true
		case !m.afterPlace && m.cue != Place && !m.divisionCue && !m.paired():
			c.team = true
		}
	}
}

// paired reports whether some candidate of m reads it as one half of
// "City, Region".
func (m *mention) paired() bool {
	for _, c := range m.cands {
		if c.paired {
			return true
		}
	}
	return false
}
