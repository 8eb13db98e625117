package entities

import "testing"

// TestCollegeSportsShortForms: a university's sports short form names it
// only in text about college sports, and not where the text places the
// name.
func TestCollegeSportsShortForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"game", "Alabama beat Auburn 21-14 on Saturday. The Crimson Tide coach praised his freshman quarterback after the college football game.",
			[]want{{"Alabama", 0, Organization, "University_of_Alabama"}, {"Crimson Tide", 0, Organization, "Alabama_Crimson_Tide"}}},
		{"coach at", "Saban agreed to coach at Alabama, where the Crimson Tide play in the SEC. He will meet the freshman recruits on Monday.",
			[]want{{"Alabama", 0, Organization, "University_of_Alabama"}}},
		{"politics", "Alabama lawmakers passed a budget on Tuesday. The governor said Alabama would cut taxes.",
			[]want{{"Alabama", 0, Place, "Alabama"}, {"Alabama", 1, Place, "Alabama"}}},
		{"pro sports", "The coach said Alabama fans would fill the stadium for the playoff game.",
			[]want{{"Alabama", 0, Place, "Alabama"}}},
		{"placed", "The freshman quarterback grew up in Tuscaloosa, Alabama, and chose a college football program near home.",
			[]want{{"Alabama", 0, Place, "Alabama"}}},
	}
	l := miniLinker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runCase(t, l, tt.text, tt.want) })
	}
}

// TestTeamHomeShortForms: a team's home names the team where the text
// names the team otherwise, and the city elsewhere.
func TestTeamHomeShortForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"team named", "The Miami Heat won their fifth straight game on Tuesday. Miami led by ten points at halftime.",
			[]want{{"Miami Heat", 0, Organization, "Miami_Heat"}, {"Miami", 1, Organization, "Miami_Heat"}}},
		{"dateline", "MIAMI - The Miami Heat beat Boston 101-99 on Tuesday night.",
			[]want{{"MIAMI", 0, Place, "Miami"}, {"Miami Heat", 0, Organization, "Miami_Heat"}}},
		{"city", "Miami police said the storm flooded several streets on Tuesday.",
			[]want{{"Miami", 0, Place, "Miami"}}},
		{"placed", "The Heat signed a guard who grew up in Miami, Florida.",
			[]want{{"Miami", 0, Place, "Miami"}}},
	}
	l := miniLinker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runCase(t, l, tt.text, tt.want) })
	}
}

// TestNationalTeams: a country names its national team of the sport the
// text is about, except where the text places it.
func TestNationalTeams(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"rugby", "England beat Wales 30-10 at the rugby World Cup on Saturday after winning every scrum.",
			[]want{{"England", 0, Organization, "England_national_rugby_union_team"}}},
		{"rugby league", "England beat Samoa 30-10 at the rugby league World Cup; the rugby was fierce and every scrum hard fought.",
			[]want{{"England", 0, Organization, "England_national_rugby_league_team"}}},
		{"cricket", "England lost three wickets before lunch as the cricket Test slipped away.",
			[]want{{"England", 0, Organization, "England_cricket_team"}}},
		{"placed", "The rugby squad flew to England on Monday; the scrum coach stayed behind.",
			[]want{{"England", 0, Place, "England"}}},
		{"host", "The rugby World Cup hosted by England drew record crowds to every scrum.",
			[]want{{"England", 0, Place, "England"}}},
		{"no sport", "England will hold local elections in May, the government said.",
			[]want{{"England", 0, Place, "England"}}},
		{"one cue", "England has more cricket clubs than any other region, officials said.",
			[]want{{"England", 0, Place, "England"}}},
	}
	l := miniLinker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runCase(t, l, tt.text, tt.want) })
	}
}
