package main

import (
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// addGivenNameForms gives a linked person the other form of an English
// given name that news uses for the same person: the formal one wire
// copy writes ("Edward Kennedy" for Ted Kennedy, "Christopher Dodd" for
// Chris Dodd) or the familiar one ("Bill Rehnquist"). A form another
// person is known by is left out: it names that person.
func (b *builder) addGivenNameForms() {
	taken := map[string]bool{}
	var people []*ent
	for _, e := range b.ents {
		if e.Type != kb.Person {
			continue
		}
		for s := range e.aliases {
			taken[nameKey1(s)] = true
		}
		taken[nameKey1(e.Name)] = true
		if e.QID != "" || e.Title != "" {
			people = append(people, e)
		}
	}
	for _, e := range people {
		first, rest, ok := strings.Cut(e.Name, " ")
		if !ok || strings.Contains(rest, ",") {
			continue
		}
		for _, alt := range givenNameForms[first] {
			if name := alt + " " + rest; !taken[nameKey1(name)] {
				e.alias(name, 0)
				taken[nameKey1(name)] = true
			}
		}
	}
}

// nameKey1 returns the key text of name.
func nameKey1(name string) string {
	k, _ := kb.KeyOf(name)
	return k.Text
}

// givenNameForms maps an English given name to its other forms in news
// copy, formal to familiar and back.
var givenNameForms = func() map[string][]string {
	pairs := [][2]string{
		{"Edward", "Ted"}, {"Edward", "Ed"}, {"Theodore", "Ted"}, {"Christopher", "Chris"},
		{"William", "Bill"}, {"Robert", "Bob"}, {"Richard", "Dick"}, {"Richard", "Rick"},
		{"James", "Jim"}, {"James", "Jimmy"}, {"Michael", "Mike"}, {"Thomas", "Tom"},
		{"Joseph", "Joe"}, {"Kenneth", "Ken"}, {"Charles", "Chuck"}, {"Charles", "Charlie"},
		{"Daniel", "Dan"}, {"David", "Dave"}, {"Stephen", "Steve"}, {"Steven", "Steve"},
		{"Anthony", "Tony"}, {"Lawrence", "Larry"}, {"Ronald", "Ron"}, {"Donald", "Don"},
		{"Gerald", "Jerry"}, {"Nicholas", "Nick"}, {"Samuel", "Sam"}, {"Alexander", "Alex"},
		{"Benjamin", "Ben"}, {"Andrew", "Andy"}, {"Timothy", "Tim"}, {"Matthew", "Matt"},
		{"Jeffrey", "Jeff"}, {"Gregory", "Greg"}, {"Peter", "Pete"}, {"Frederick", "Fred"},
		{"Henry", "Hank"}, {"Mitchell", "Mitch"}, {"Eugene", "Gene"}, {"Douglas", "Doug"},
		{"Raymond", "Ray"}, {"Gerald", "Gerry"}, {"Patrick", "Pat"}, {"Elizabeth", "Liz"},
		{"Katherine", "Kathy"}, {"Catherine", "Cathy"}, {"Margaret", "Peggy"}, {"Deborah", "Debbie"},
		{"Susan", "Sue"}, {"Philip", "Phil"}, {"Phillip", "Phil"}, {"Randall", "Randy"},
		{"Leonard", "Len"}, {"Albert", "Al"}, {"Vincent", "Vince"}, {"Zachary", "Zach"},
	}
	m := map[string][]string{}
	for _, p := range pairs {
		m[p[0]] = append(m[p[0]], p[1])
		m[p[1]] = append(m[p[1]], p[0])
	}
	return m
}()
