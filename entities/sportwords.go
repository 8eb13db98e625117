package entities

// The words that tell what sport a text is about. They are told apart by
// a switch rather than a map: hashing strings is slow in WebAssembly, and
// the scan runs over every word of a text that has a sports short form.

// collegeSports reports whether d is about college sports: it names a
// sport or a sports role and also something only college sports has.
func (d *doc) collegeSports() bool {
	d.scanSports()
	return d.college
}

// teamSport returns the team sport d is about: the one most of its
// sport words belong to, when they are at least two and no other sport
// has as many; else "".
func (d *doc) teamSport() string {
	d.scanSports()
	return d.sport
}

// scanSports reads the sports words of d once, for collegeSports and
// teamSport.
func (d *doc) scanSports() {
	if d.sportsScanned {
		return
	}
	d.sportsScanned = true
	var n [len(teamSports)]int
	rugby := 0 // words of both rugby codes
	sporty, college := false, false
	for i, f := range d.folds {
		c := sportWord(f)
		switch {
		case c == noSport:
			continue
		case c == collegeWord:
			college = true
			continue
		case c == rugbyWord && f == "rugby" && i+1 < len(d.folds) && d.folds[i+1] == "league":
			n[rugbyLeague]++
		case c == rugbyWord:
			rugby++
		case c >= footballWord:
			n[c-footballWord]++
		}
		sporty = true
	}
	d.college = sporty && college
	// Text about rugby league says "rugby league" at least once and
	// then often just "rugby".
	if n[rugbyLeague] > 0 {
		n[rugbyLeague] += rugby
	} else {
		n[rugbyUnion] += rugby
	}
	d.sport = leadingSport(n)
}

// leadingSport returns the sport with the most words, at least two and
// more than any other, else "".
func leadingSport(n [len(teamSports)]int) string {
	best, tie := 0, false
	for k := range n {
		switch {
		case n[k] > n[best]:
			best, tie = k, false
		case k != best && n[k] == n[best]:
			tie = true
		}
	}
	if n[best] < 2 || tie {
		return ""
	}
	return teamSports[best]
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

// wordClass is what a word says of the sport a text is about.
type wordClass uint8

const (
	noSport     wordClass = iota
	collegeWord           // only college sports has it
	anySport              // a sport or a sports role
	rugbyWord             // either rugby code
	// Words of one national teams' sport, in the order of teamSports.
	footballWord
	unionWord
	leagueWord
	cricketWord
	basketballWord
	hockeyWord
)

// sportWord classifies a folded word. "Football" is any sport's: it is
// also American football, which has no national teams to speak of; and
// "college" is not a college word, since a pro team drafts players out of
// college.
func sportWord(w string) wordClass {
	switch w {
	case "ncaa", "collegiate", "heisman", "freshman", "sophomore", "redshirt", "recruits",
		"recruiting", "signee", "walk-on", "sec", "acc", "pac-12", "bcs":
		return collegeWord
	case "football", "baseball", "softball", "coach", "coaches", "quarterback", "touchdown",
		"touchdowns", "halftime", "linebacker", "tailback", "rebounds", "innings", "playoff",
		"playoffs", "postseason", "preseason":
		return anySport
	case "rugby", "scrum":
		return rugbyWord
	case "soccer", "fifa", "uefa", "goalkeeper", "striker", "midfielder":
		return footballWord
	case "fly-half", "lineout":
		return unionWord
	case "nrl":
		return leagueWord
	case "cricket", "wicket", "wickets", "batsman", "batsmen", "bowler", "odi", "t20":
		return cricketWord
	case "basketball", "fiba":
		return basketballWord
	case "hockey", "iihf", "puck":
		return hockeyWord
	}
	return noSport
}
