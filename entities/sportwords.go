package entities

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/token"
)

// The words that tell what sport a text is about. The scan runs over
// every word of a text that has a sports short form, so the words are
// looked up in a small table of their own (see sportTable).

// collegeSports reports whether d is about college sports: it names a
// sport or a sports role and also something only college sports has.
func (d *doc) collegeSports() bool {
	d.scanSports()
	return d.college
}

// aboutSports reports whether d has any word of sports reporting.
func (d *doc) aboutSports() bool {
	d.scanSports()
	return d.sporty
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
		case c == noSport && !d.result(i):
			continue
		case c == noSport:
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
	d.sporty = sporty
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
// result reports whether token i is a verb of a result whose other side
// it names, in a sentence with a score: "Chelsea beat Arsenal 2-1",
// "lost to Newcastle 3-0". The name right after the verb keeps out
// votes ("the bill was defeated 51-49").
func (d *doc) result(i int) bool {
	if !resultVerb(d.folds[i]) {
		return false
	}
	j := i + 1
	if j < len(d.toks) && (d.folds[j] == "to" || d.folds[j] == "with") {
		j++
	}
	return j < len(d.toks) && d.toks[j].Kind == token.Word && capitalized(d.toks[j].Text) &&
		d.scoreline(d.sents[d.sentOf[i]])
}

// resultVerb reports whether w is a verb result calls for. It is asked
// of every word of a text: a switch compares lengths and bytes, where a
// map would hash each word, which WebAssembly does slowly.
func resultVerb(w string) bool {
	switch w {
	case "beat", "beats", "defeated", "edged", "thrashed", "routed",
		"drew", "lost", "hammered", "stunned":
		return true
	}
	return false
}

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
	if len(w) < 3 {
		return noSport
	}
	for h := sportHash(w); ; h = (h + 1) % uint(len(sportTable)) {
		e := &sportTable[h]
		if e.word == "" {
			return noSport
		}
		if e.word == w {
			return e.class
		}
	}
}

// sportTable holds sportWords by open addressing on sportHash: most
// words of a text stop at an empty slot after one cheap hash, which a
// map's string hash is not in WebAssembly.
var sportTable = func() (t [256]struct {
	word  string
	class wordClass
}) {
	for class, words := range sportWords {
		for _, w := range strings.Fields(words) {
			h := sportHash(w)
			for t[h].word != "" {
				h = (h + 1) % uint(len(t))
			}
			t[h].word, t[h].class = w, wordClass(class)
		}
	}
	return t
}()

func sportHash(w string) uint {
	return (uint(len(w))*61 + uint(w[0])*31 + uint(w[1])*7 + uint(w[len(w)-1])) % 256
}

// sportWords lists the words of each class, indexed by wordClass.
var sportWords = [...]string{
	collegeWord: "ncaa collegiate heisman freshman sophomore redshirt recruits recruiting signee walk-on sec acc pac-12 bcs",
	anySport: "football baseball softball coach coaches quarterback touchdown touchdowns halftime linebacker " +
		"tailback rebounds innings playoff playoffs postseason preseason",
	rugbyWord:      "rugby scrum",
	footballWord:   "soccer fifa uefa goalkeeper striker midfielder defender winger equaliser equalizer relegation",
	unionWord:      "fly-half lineout",
	leagueWord:     "nrl",
	cricketWord:    "cricket wicket wickets batsman batsmen bowler odi t20",
	basketballWord: "basketball fiba",
	hockeyWord:     "hockey iihf puck",
}
