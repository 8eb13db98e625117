package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/kb"
)

// TestHandOffice: a president without IDs joins the hand-kept entry of
// the same name and office, never another person of that name.
func TestHandOffice(t *testing.T) {
	b := newBuilder()
	b.add(kb.Record{QID: "Q9916", Title: "Dwight_D._Eisenhower", Name: "Dwight D. Eisenhower", Type: kb.Person, Kind: "president", Country: "US",
		Aliases: []kb.Alias{{Text: "Dwight Eisenhower"}}}, srcHand, 200, true)
	b.add(kb.Record{Title: "John_Kennedy_(Louisiana_politician)", Name: "John Kennedy", Type: kb.Person, Kind: "legislator", Country: "US"}, srcPerson, 160, false)
	for _, p := range []yperson{
		{fields: map[string]string{"name.first": "Dwight", "name.last": "Eisenhower"}, terms: []map[string]string{{"type": "prez"}}},
		{fields: map[string]string{"name.first": "John", "name.last": "Kennedy"}, terms: []map[string]string{{"type": "prez"}}},
	} {
		r, _, ok := b.personRecord(p)
		require.True(t, ok)
		got := b.handOffice(&r)
		if r.Name == "Dwight Eisenhower" {
			require.NotNil(t, got)
			assert.Equal(t, "Q9916", got.QID)
		} else {
			assert.Nil(t, got, "John Kennedy the senator is not the president")
		}
	}
}
