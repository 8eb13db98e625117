package main

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// addTeamTowns gives each sports team whose name is its home and its
// nickname ("Miami Heat", nickname "Heat") the home as a sports short
// form ("Miami"): reporting writes "Miami beat Boston" once the teams
// are named. The linker takes it for the team only where the text names
// the team otherwise.
func (b *builder) addTeamTowns() {
	var teams []*ent
	homes := map[string]*ent{} // club homes by "United", "City"... (see clubHome)
	for _, e := range b.ents {
		if e.Kind != "sports team" {
			continue
		}
		teams = append(teams, e)
		if town := teamTown(e.Name, e.order); town != "" {
			e.alias(town, kb.Sports)
		} else if home := clubHome(e.Name); home != "" {
			homes[home] = e
		}
	}
	for home, e := range homes {
		if !sharedHome(teams, home, e) {
			e.alias(home, kb.Sports)
		}
	}
}

// sharedHome reports whether a team of e's country other than e has a
// name that starts with home ("Sheffield Wednesday" beside "Sheffield
// United"). Another country's town of that name is another place:
// Newcastle's clubs in Australia leave "Newcastle" to Newcastle United.
func sharedHome(teams []*ent, home string, e *ent) bool {
	for _, o := range teams {
		if o != e && o.Country == e.Country && strings.HasPrefix(o.Name, home+" ") {
			return true
		}
	}
	return false
}

// clubHome returns the town of a football club named for it with a word
// such as "United" or "City" ("Newcastle United", "Leicester City"):
// British reporting calls the club by the town when no other club shares
// it ("Newcastle", but never "Manchester" for either of its clubs).
func clubHome(name string) string {
	for _, w := range clubWords {
		if town, ok := strings.CutSuffix(name, " "+w); ok && town != "" {
			return town
		}
	}
	return ""
}

// clubWords end the names of clubs called by their towns.
var clubWords = []string{"United", "City", "Town", "Rovers", "Athletic", "Wanderers", "Albion", "County", "Hotspur"}

// teamTown returns name without the nickname among aliases it ends
// with, or without a club suffix ("Liverpool F.C.": British reporting
// calls the club "Liverpool"), or "" when it ends with neither.
func teamTown(name string, aliases []string) string {
	for _, suffix := range clubSuffixes {
		if town, ok := strings.CutSuffix(name, suffix); ok && town != "" {
			return town
		}
	}
	for _, a := range aliases {
		town, ok := strings.CutSuffix(name, " "+a)
		if ok && a != name && town != "" {
			return town
		}
	}
	return ""
}

// clubSuffixes end the formal names of football clubs.
var clubSuffixes = []string{" F.C.", " A.F.C.", " FC", " AFC", " C.F.", " CF"}
