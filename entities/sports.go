package entities

import (
	"slices"
	"strings"
)

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

// sportsReading scores the sports short forms among m's candidates. A
// university's or its athletics program's is taken in text about college
// sports; any other (a
// team's home, "Miami" for the Heat) waits for teamCoherence. Either
// is preferred to the name's other readings unless the text places the
// name ("Tuscaloosa, Alabama", "the state of Alabama").
func (l *Linker) sportsReading(d *doc, m *mention) {
	for i := range m.cands {
		c := &m.cands[i]
		if !c.sports {
			continue
		}
		d.sports = true
		kind := l.kbx.Kind(c.idx)
		switch sport, national := nationalSport(kind); {
		case national:
			// "England" for the team of the sport the text is about.
			c.excluded = sport != d.teamSport()
			c.team = !c.excluded && !placed(m) && !placeWordBefore(d, m.start)
		case collegeKind(kind) && d.collegeSports():
			c.team = !placed(m)
		default:
			c.excluded = true
		}
	}
}

// collegeKind reports whether an entry of this kind takes part in college
// sports: a university, or its athletics program.
func collegeKind(kind string) bool { return kind == "university" || kind == "college athletics" }

// placed reports whether the words around m say it is a place, or it
// opens a dateline ("MIAMI - The Heat...").
func placed(m *mention) bool {
	return m.dateline || m.located || m.afterPlace || m.cue == Place || m.divisionCue || m.paired()
}

// teamCoherence takes a sports short form for an entity the text names
// in another way ("Miami" after "the Heat"), and chooses again among the
// candidates of the mentions it applies to.
func (l *Linker) teamCoherence(d *doc, ms []*mention, countries []int32) {
	if !d.sports {
		return
	}
	named := d.scr.named[:0]
	for _, m := range ms {
		if m.best >= 0 && !m.cands[m.best].sports && m.score >= confident {
			named = append(named, m.cands[m.best].idx)
		}
	}
	d.scr.named = named
	for _, m := range ms {
		changed := false
		for i := range m.cands {
			c := &m.cands[i]
			if c.sports && c.excluded && slices.Contains(named, c.idx) && !placed(m) {
				c.excluded, c.team, changed = false, true, true
			}
		}
		if changed {
			m.choose(countries)
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

// nationalSport returns the sport of a national team's kind ("national
// rugby union team" is "rugby union"), and whether the kind is one.
func nationalSport(kind string) (string, bool) {
	s, ok := strings.CutPrefix(kind, "national ")
	if !ok {
		return "", false
	}
	return strings.CutSuffix(s, " team")
}

// placeWordBefore reports whether the words before token i put a place
// after them ("in England", "toured England", "hosted by Mexico").
func placeWordBefore(d *doc, i int) bool {
	if i > 1 && d.folds[i-1] == "by" && hostWords[d.folds[i-2]] {
		return true
	}
	return i > 0 && placeWords[d.folds[i-1]]
}

var hostWords = map[string]bool{"hosted": true, "held": true, "staged": true, "co-hosted": true}

var placeWords = map[string]bool{
	"in": true, "to": true, "from": true, "into": true, "across": true, "throughout": true,
	"around": true, "visit": true, "visited": true, "toured": true, "touring": true,
}

// teamSport returns the team sport d is about: the one most of its
// sport words belong to, when they are at least two and no other sport
// has as many; else "". The answer is computed on first use and kept.
func (d *doc) teamSport() string {
	if d.sportOK {
		return d.sport
	}
	d.sportOK = true
	var n [len(teamSports)]int
	rugby := 0 // words of both rugby codes
	for i, f := range d.folds {
		switch k, ok := sportWords[f]; {
		case f == "rugby" && i+1 < len(d.folds) && d.folds[i+1] == "league":
			n[rugbyLeague]++
		case f == "rugby" || f == "scrum":
			rugby++
		case ok:
			n[k]++
		}
	}
	// Text about rugby league says "rugby league" at least once and
	// then often just "rugby".
	if n[rugbyLeague] > 0 {
		n[rugbyLeague] += rugby
	} else {
		n[rugbyUnion] += rugby
	}
	best, tie := 0, false
	for k := range n {
		switch {
		case n[k] > n[best]:
			best, tie = k, false
		case k != best && n[k] == n[best]:
			tie = true
		}
	}
	if n[best] >= 2 && !tie {
		d.sport = teamSports[best]
	}
	return d.sport
}

// The team sports of national teams, by index.
const (
	football = iota
	rugbyUnion
	rugbyLeague
	cricket
	basketball
	iceHockey
)

var teamSports = [...]string{"football", "rugby union", "rugby league", "cricket", "basketball", "ice hockey"}

// sportWords are words only one sport's reporting uses. "Football" is
// not among them: it is also American football, which has no national
// teams to speak of.
var sportWords = map[string]int{
	"soccer": football, "fifa": football, "uefa": football, "goalkeeper": football, "striker": football,
	"midfielder": football, "fly-half": rugbyUnion, "lineout": rugbyUnion,
	"nrl": rugbyLeague, "cricket": cricket, "wicket": cricket, "wickets": cricket, "batsman": cricket,
	"batsmen": cricket, "bowler": cricket, "odi": cricket, "t20": cricket, "basketball": basketball,
	"fiba": basketball, "hockey": iceHockey, "iihf": iceHockey, "puck": iceHockey,
}
