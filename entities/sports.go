package entities

import (
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/token"
)

// Sports reporting names teams by short forms: a university's ("Alabama
// beat LSU 21-14"), a college team's nickname ("the Crimson Tide"), a
// country for its national team ("England beat Samoa"), a team's home
// for the team ("Miami led at halftime"). Such aliases (kb.Sports) name
// the team only in text about its sport; elsewhere "Alabama" is the
// state and "England" the country.

// sportsFit reports whether a sports short form of entity i may name it
// in d, and whether it is a team's home: a university's or its
// program's fits text about college sports, a national team's text
// about its sport, and a team's home text about any sport (teamCoherence
// decides). Forms that do not fit are dropped before they become
// candidates: most texts are not about sports, and nearly every country
// has some.
func (l *Linker) sportsFit(d *doc, i int32) (fit, home bool) {
	kind := l.kbx.Kind(i)
	if sport, national := nationalSport(kind); national {
		return sport == d.teamSport(), false
	}
	if collegeKind(kind) {
		return d.collegeSports(), false
	}
	return d.aboutSports(), true
}

// sportsReading scores the sports short forms among m's candidates, all
// of which fit the text (see sportsFit). A university's, its program's
// or a national team's is preferred to the name's other readings unless
// the text places the name ("Tuscaloosa, Alabama", "the state of
// Alabama", "flew to England"); a team's home ("Miami" for the Heat)
// waits for teamCoherence.
func (d *doc) sportsReading(m *mention) {
	i := slices.IndexFunc(m.cands, func(c candidate) bool { return c.sports })
	if i < 0 {
		return
	}
	team := !placed(m) && !placeWordBefore(d, m.start) && !civicNounAfter(d, m.end)
	for ; i < len(m.cands); i++ {
		switch c := &m.cands[i]; {
		case !c.sports:
		case c.home:
			d.homes = true
			c.excluded = true
		default:
			c.team = team
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
// candidates of the mentions it applies to; a home the words before
// place ("the final in New York") stays the place.
func (l *Linker) teamCoherence(d *doc, ms []*mention, countries []int32) {
	if !d.homes {
		return
	}
	named := d.scr.named[:0]
	for _, m := range ms {
		if m.best >= 0 && !m.cands[m.best].sports && m.score >= confident {
			named = append(named, m.cands[m.best].idx)
		}
	}
	// Sorted, so that a long text takes n log n time, not n².
	slices.Sort(named)
	named = slices.Compact(named)
	sides := d.resultSides(ms)
	// A team a result names by its home is named for the rest of the
	// text too ("Chelsea beat Burnley 3-0 ... scored twice for
	// Chelsea"), so a second pass takes those homes as well.
	var results []int32
	for pass := 0; pass < 2; pass++ {
		for _, m := range ms {
			// m is one side of a result; another is named ("Manchester
			// United beat Liverpool 2-1", "Chelsea beat Burnley 3-0").
			opponent := pass == 0 && oneHome(m) && sides != nil && sides[d.sentOf[m.start]] >= 2
			if !d.takeHome(m, opponent, named) {
				continue
			}
			m.choose(countries)
			if opponent && m.best >= 0 && m.cands[m.best].team {
				results = append(results, m.cands[m.best].idx)
			}
		}
		if len(results) == 0 {
			break
		}
		named = append(named, results...)
		slices.Sort(named)
		named = slices.Compact(named)
	}
	d.scr.named = named
}

// takeHome admits as m's candidates the teams whose home m names, when
// m is a side of a result or the text names the team otherwise, and
// the words around m do not make it the place; it reports whether it
// admitted any.
func (d *doc) takeHome(m *mention, opponent bool, named []int32) bool {
	if placed(m) || locativeBefore(d, m.start) || civicNounAfter(d, m.end) {
		return false
	}
	changed := false
	for i := range m.cands {
		c := &m.cands[i]
		if c.home && c.excluded && (opponent || nameIn(named, c.idx)) {
			c.excluded, c.team, changed = false, true, true
		}
	}
	return changed
}

// nameIn reports whether entity i is among the sorted named.
func nameIn(named []int32, i int32) bool {
	_, ok := slices.BinarySearch(named, i)
	return ok
}

// oneHome reports whether m is the home of exactly one team: "Boston"
// may be any of four.
func oneHome(m *mention) bool {
	n := 0
	for _, c := range m.cands {
		if c.home {
			n++
		}
	}
	return n == 1
}

// resultSides counts, for each sentence that gives a result ("2-1"),
// the mentions that may be a side in it: a team by a name of its own or
// the home of one club. It is nil when no sentence has a side, and
// counts each sentence once, so that a long text takes linear time.
func (d *doc) resultSides(ms []*mention) []int32 {
	var sides []int32
	for _, m := range ms {
		if !teamSide(m) {
			continue
		}
		if sides == nil {
			sides = make([]int32, len(d.sents))
		}
		sides[d.sentOf[m.start]]++
	}
	for si, n := range sides {
		if n > 0 && !d.scoreline(d.sents[si]) {
			sides[si] = 0
		}
	}
	return sides
}

// teamSide reports whether m may be a side of a result: the home of one
// club, or a team named by a name of its own.
func teamSide(m *mention) bool {
	if oneHome(m) {
		return true
	}
	if m.best < 0 || m.score < confident {
		return false
	}
	c := m.cands[m.best]
	return c.club && !c.sports
}

// scoreline reports whether sentence s writes a result: a number, a
// hyphen or dash and a number, with no spaces ("2-1", "101-95").
func (d *doc) scoreline(s token.Span) bool {
	for i := s.Start; i+2 < s.End; i++ {
		a, h, b := d.toks[i], d.toks[i+1], d.toks[i+2]
		if a.Kind == token.Number && h.Kind == token.Hyphen && b.Kind == token.Number && !h.SpaceBefore && !b.SpaceBefore {
			return true
		}
	}
	return false
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
// after them ("in England", "to the U.S.", "toured England", "hosted by
// Mexico").
func placeWordBefore(d *doc, i int) bool {
	j := wordBefore(d, i)
	if j < 0 {
		return false
	}
	switch d.folds[j] {
	case "to", "from", "into", "visit", "visited", "toured", "touring":
		return true
	case "by":
		return j > 0 && (d.folds[j-1] == "hosted" || d.folds[j-1] == "held" || d.folds[j-1] == "staged")
	}
	return locativeBefore(d, i)
}

// locativeBefore reports whether a preposition of location comes before
// token i ("in New York", "across the U.S."): what happens there, where a
// motion word ("heading to Miami" for a coach's new team) may still mean
// a team.
func locativeBefore(d *doc, i int) bool {
	j := wordBefore(d, i)
	if j < 0 {
		return false
	}
	switch d.folds[j] {
	case "in", "across", "throughout", "around":
		return true
	}
	return false
}

// civicNounAfter reports whether the name ending before token i
// modifies a noun of civic life ("a new Arizona law", "Miami police",
// "Alabama voters"): the place, whatever teams the text names.
func civicNounAfter(d *doc, i int) bool {
	return i < len(d.toks) && d.toks[i].Kind == token.Word && isLowerWord(d.toks[i].Text) && civicNouns[d.folds[i]]
}

// civicNouns are the nouns civicNounAfter looks for.
var civicNouns = map[string]bool{
	"law": true, "laws": true, "lawmakers": true, "legislators": true, "voters": true, "residents": true,
	"officials": true, "authorities": true, "police": true, "courts": true, "judge": true, "judges": true,
	"prosecutors": true, "election": true, "elections": true, "ballot": true, "budget": true,
	"government": true, "economy": true, "schools": true, "hospitals": true, "prisons": true,
	"counties": true, "border": true, "taxpayers": true, "households": true, "businesses": true,
	"city": true, "council": true, "councillors": true, "mayor": true, "station": true, "airport": true,
}

// wordBefore returns the index of the token before token i, skipping a
// "the", or -1 at the start.
func wordBefore(d *doc, i int) int {
	if i > 1 && afterThe(d, i) {
		i--
	}
	return i - 1
}
