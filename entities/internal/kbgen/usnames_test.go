package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newslens/newslens/entities/internal/kb"
)

func TestAddUSShortNames(t *testing.T) {
	b := newBuilder()
	dept := b.add(kb.Record{Name: "United States Department of Education", Type: kb.Organization, Kind: "government department", Country: "US"}, srcHand, 155, true)
	city := b.add(kb.Record{Name: "United States", Type: kb.Place, Kind: "country", Country: "US"}, srcHand, 255, true)
	other := b.add(kb.Record{Name: "United States Mission", Type: kb.Organization, Kind: "company", Country: "GB"}, srcHand, 100, true)
	b.addUSShortNames()
	assert.Contains(t, dept.order, "U.S. Department of Education")
	assert.NotContains(t, city.order, "U.S. ")
	assert.NotContains(t, other.order, "U.S. Mission")
}
