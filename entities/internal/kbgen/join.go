package main

import "github.com/newslens/newslens/entities/internal/kb"

// civilianKinds are kinds of organization an armed group never is: a
// source's armed group without a country must not join one of them
// through a shared alias (PETRARCH2 codes a French resistance group as
// "Mavericks", the 23rd of September Communist League as "La Liga").
var civilianKinds = map[string]bool{
	"sports team": true, "sports league": true, "sports organization": true, "company": true,
	"university": true, "band": true, "newspaper": true, "magazine": true, "broadcaster": true,
	"news agency": true, "news website": true, "museum": true, "think tank": true, "hospital": true,
}

// joinable reports whether record r may join entity e by a shared name
// or title.
func joinable(e *ent, r *kb.Record) bool {
	return !(r.Kind == "armed group" && civilianKinds[e.Kind])
}
