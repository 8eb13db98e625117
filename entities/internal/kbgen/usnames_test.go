package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestAddUSShortNames(t *testing.T) {
	b := newBuilder()
	dept := b.add(kb.Record{Name: "United States Department of Education", Type: kb.Organization, Kind: "government department", Country: "US"}, srcHand, 155, true)
	capitol := b.add(kb.Record{Name: "United States Capitol", Type: kb.Place, Kind: "building", Country: "US"}, srcHand, 150, true)
	other := b.add(kb.Record{Name: "United States Mission", Type: kb.Organization, Kind: "company", Country: "GB"}, srcHand, 100, true)
	homeland := b.add(kb.Record{Name: "United States Department of Homeland Security", Type: kb.Organization, Kind: "government department", Country: "US"}, srcHand, 165, true)
	b.addUSShortNames()
	assert.Contains(t, dept.order, "U.S. Department of Education")
	assert.NotContains(t, dept.order, "Education", "a one-word field is an everyday word")
	assert.Contains(t, homeland.order, "Homeland Security")
	assert.NotContains(t, capitol.order, "U.S. Capitol", "a place is not an organization")
	assert.NotContains(t, other.order, "U.S. Mission")
}
