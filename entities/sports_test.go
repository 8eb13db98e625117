package entities

import (
	"strings"
	"testing"
)

// TestSportsShortForms: a sports short form names its team only in text
// about the team's sport, and never where the text places the name.
//   - college: a university's short form and its program's nickname in
//     text about college sports;
//   - home: a team's home where the text names the team otherwise;
//   - national: a country for its national team of the text's sport.
func TestSportsShortForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"college game", "Alabama beat Auburn 21-14 on Saturday. The Crimson Tide coach praised his freshman quarterback after the college football game.",
			[]want{{"Alabama", 0, Organization, "University_of_Alabama"}, {"Crimson Tide", 0, Organization, "Alabama_Crimson_Tide"}}},
		{"college coach at", "Saban agreed to coach at Alabama, where the Crimson Tide play in the SEC. He will meet the freshman recruits on Monday.",
			[]want{{"Alabama", 0, Organization, "University_of_Alabama"}}},
		{"college politics", "Alabama lawmakers passed a budget on Tuesday. The governor said Alabama would cut taxes.",
			[]want{{"Alabama", 0, Place, "Alabama"}, {"Alabama", 1, Place, "Alabama"}}},
		{"college pro sports", "The coach said Alabama fans would fill the stadium for the playoff game.",
			[]want{{"Alabama", 0, Place, "Alabama"}}},
		{"college placed", "The freshman quarterback grew up in Tuscaloosa, Alabama, and chose a college football program near home.",
			[]want{{"Alabama", 0, Place, "Alabama"}}},
		{"college in", "The freshman quarterback moved to Alabama last year; his college team plays in the SEC.",
			[]want{{"Alabama", 0, Place, "Alabama"}}},
		{"home team named", "The Miami Heat won their fifth straight game on Tuesday. Miami led by ten points at halftime.",
			[]want{{"Miami Heat", 0, Organization, "Miami_Heat"}, {"Miami", 1, Organization, "Miami_Heat"}}},
		{"home dateline", "MIAMI - The Miami Heat beat Boston 101-99 on Tuesday night.",
			[]want{{"MIAMI", 0, Place, "Miami"}, {"Miami Heat", 0, Organization, "Miami_Heat"}}},
		{"home no sport", "The Miami Heat sponsor a charity gala. Miami officials attended on Tuesday.",
			[]want{{"Miami", 1, Place, "Miami"}}},
		{"home city", "Miami police said the storm flooded several streets on Tuesday.",
			[]want{{"Miami", 0, Place, "Miami"}}},
		{"home placed", "The Heat signed a guard who grew up in Miami, Florida.",
			[]want{{"Miami", 0, Place, "Miami"}}},
		{"national rugby", "England beat Wales 30-10 at the rugby World Cup on Saturday after winning every scrum.",
			[]want{{"England", 0, Organization, "England_national_rugby_union_team"}}},
		{"national rugby league", "England beat Samoa 30-10 at the rugby league World Cup; the rugby was fierce and every scrum hard fought.",
			[]want{{"England", 0, Organization, "England_national_rugby_league_team"}}},
		{"national cricket", "England lost three wickets before lunch as the cricket Test slipped away.",
			[]want{{"England", 0, Organization, "England_cricket_team"}}},
		{"national placed", "The rugby squad flew to England on Monday; the scrum coach stayed behind.",
			[]want{{"England", 0, Place, "England"}}},
		{"national host", "The rugby World Cup hosted by England drew record crowds to every scrum.",
			[]want{{"England", 0, Place, "England"}}},
		{"national no sport", "England will hold local elections in May, the government said.",
			[]want{{"England", 0, Place, "England"}}},
		{"national one cue", "England has more cricket clubs than any other region, officials said.",
			[]want{{"England", 0, Place, "England"}}},
		{"national soccer", "The U.S. striker scored twice as the FIFA qualifier ended; the goalkeeper was beaten from range.",
			[]want{{"U.S.", 0, Organization, "United_States_men's_national_soccer_team"}}},
		{"national to the", "The striker moved to the U.S. after the season; FIFA approved the goalkeeper's transfer.",
			[]want{{"U.S.", 0, Place, "United_States"}}},
	}
	l := miniLinker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runCase(t, l, tt.text, tt.want) })
	}
}

// TestSportWord: every listed word is found in its class, and other
// words in none.
func TestSportWord(t *testing.T) {
	for class, words := range sportWords {
		for _, w := range strings.Fields(words) {
			if got := sportWord(w); got != wordClass(class) {
				t.Errorf("sportWord(%q) = %d, want %d", w, got, class)
			}
		}
	}
	for _, w := range []string{"", "a", "the", "college", "rugbys", "t2", "league", "hockeys"} {
		if got := sportWord(w); got != noSport {
			t.Errorf("sportWord(%q) = %d, want none", w, got)
		}
	}
}
