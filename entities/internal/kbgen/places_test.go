package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArabicVariants(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Al Fallūjah", []string{"Fallūjah", "Al Fallūja", "Fallūja", "Al Falloujah", "Falloujah"}},
		{"Khān Yūnis", []string{"Khān Younis"}},
		{"Baghdad", nil},
		{"Basrah", []string{"Basra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range arabicVariants(tt.name) {
				got = append(got, a.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
