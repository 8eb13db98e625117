package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestGivenNameForms(t *testing.T) {
	b := newBuilder()
	person := func(title, name string) *ent {
		return b.add(kb.Record{Title: title, Name: name, Type: kb.Person, Kind: "politician", Country: "US"}, srcHand, 150, true)
	}
	ted, dodd := person("Ted_Kennedy", "Ted Kennedy"), person("Chris_Dodd", "Chris Dodd")
	bob, robert := person("Bob_Smith", "Bob Smith"), person("Robert_Smith", "Robert Smith")
	untitled := b.add(kb.Record{Name: "Mike Jones", Type: kb.Person, Country: "US"}, srcPerson, 90, true)
	b.addGivenNameForms()
	assert.Contains(t, ted.aliases, "Edward Kennedy")
	assert.Contains(t, dodd.aliases, "Christopher Dodd")
	assert.NotContains(t, bob.aliases, "Robert Smith", "another person's name")
	assert.NotContains(t, robert.aliases, "Bob Smith", "another person's name")
	assert.NotContains(t, untitled.aliases, "Michael Jones", "a person without ID or title")
}
