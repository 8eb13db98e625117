package entities

import (
	"slices"
	"testing"
)

// TestRoleWordsSplitNames: a job title between or before names is part of
// neither.
func TestRoleWordsSplitNames(t *testing.T) {
	tests := []struct {
		text string
		want []string // mention texts that must be found
		not  []string // mention texts that must not be
	}{
		{"Home Depot CEO Nardelli resigned on Wednesday after six years.",
			[]string{"Home Depot", "Nardelli"}, []string{"Home Depot CEO Nardelli"}},
		{"The CEO of Home Depot resigned.",
			[]string{"Home Depot"}, []string{"CEO of Home Depot"}},
		{"Shares of Home Depot fell after the CEO said sales would slow.",
			[]string{"Home Depot"}, []string{"CEO"}},
		{"Microsoft founder Bill Gates spoke in Seattle on Monday.",
			[]string{"Microsoft", "Bill Gates"}, []string{"Microsoft founder Bill Gates"}},
		{"In Atlanta, Fulton County District Attorney Fani Willis asked the court to act.",
			[]string{"Fulton County", "Fani Willis"}, []string{"Fulton County District", "Fulton County District Attorney Fani Willis"}},
		{"Manhattan District Attorney Alvin Bragg filed charges.",
			[]string{"Manhattan", "Alvin Bragg"}, []string{"Manhattan District"}},
		{"Mayor Bill de Blasio proposed a budget.",
			[]string{"Bill de Blasio"}, []string{"Mayor Bill de Blasio"}},
	}
	l := Default()
	for _, tt := range tests {
		var got []string
		for _, m := range l.Find(tt.text) {
			got = append(got, m.Text)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Find(%q) = %q, want a mention %q", tt.text, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("Find(%q) = %q, has the role word in %q", tt.text, got, w)
			}
		}
	}
}

// TestRoleStart: the modifiers before a role word belong to the role,
// but at least the span's first word stays with the name before it.
func TestRoleStart(t *testing.T) {
	tests := []struct {
		text string
		k    int // the role word's token
		want int
	}{
		{"Fulton County District Attorney Fani Willis", 3, 2},
		{"Manhattan District Attorney Alvin Bragg", 2, 1},
		{"District Attorney Alvin Bragg", 1, 1},
		{"Cook County Sheriff Tom Dart", 2, 2},
	}
	for _, tt := range tests {
		if got := roleStart(newDoc(tt.text), 0, tt.k); got != tt.want {
			t.Errorf("roleStart(%q, 0, %d) = %d, want %d", tt.text, tt.k, got, tt.want)
		}
	}
}
