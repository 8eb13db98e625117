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
	for _, e := range b.ents {
		if e.Kind != "sports team" {
			continue
		}
		if town := teamTown(e.Name, e.order); town != "" {
			e.alias(town, kb.Sports)
		}
	}
}

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
