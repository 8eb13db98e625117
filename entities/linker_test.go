package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newslens/newslens/entities/internal/token"
)

// want is an expected mention: its text (the n-th occurrence when the
// text repeats), type and Wikipedia title ("" for an unlinked name).
type want struct {
	text  string
	nth   int
	typ   Type
	title string
}

func TestFindCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
		// onlyDefault marks cases that need entities the small test
		// knowledge base lacks.
		onlyDefault bool
	}{
		{"a sentence's capital The is no part of a name that lacks it", "The Associated Press reported the fire. The Hague hosted the talks.",
			[]want{{"Associated Press", 0, Organization, "Associated_Press"}, {"The Hague", 0, Place, "The_Hague"}}, true},
		{"an office named for its holder is an organization, not a person after a title", "The Harris County Sheriff's Office opened an inquiry, and the Manhattan District Attorney's Office declined to comment.",
			[]want{{"Harris County Sheriff's Office", 0, Organization, ""}, {"Manhattan District Attorney's Office", 0, Organization, ""}}, true},
		{"a local body's name goes on past the place that opens it", "The Oakland Unified School District cut its budget, and students in the Boise School District returned on Monday.",
			[]want{{"Oakland Unified School District", 0, Organization, ""}, {"Boise School District", 0, Organization, ""}}, true},
		{"a department's name takes its of-phrase", "Data: Phillips (2010). \"Outlook\" (PDF). New Zealand Department of Labour. 2010.",
			[]want{{"New Zealand Department of Labour", 0, Organization, ""}}, true},
		{"a city, not the province of its name that nothing links to", "Tourists crowded Venice on Sunday, and floods reached Ancona and the Ancona province.",
			[]want{{"Venice", 0, Place, "Venice"}, {"Ancona", 0, Place, "Ancona"}, {"Ancona", 1, Place, ""}}, true},
		{"a province named with its word is not the city of its name", "Fighting spread across Herat Province before the Taliban took Herat.",
			[]want{{"Herat Province", 0, Place, ""}, {"Herat", 1, Place, "Herat"}}, true},
		{"politicians and players in the news, by title", "Kemi Badenoch attacked the budget. Coco Gauff beat Iga Swiatek in Paris.",
			[]want{{"Kemi Badenoch", 0, Person, "Kemi_Badenoch"}, {"Coco Gauff", 0, Person, "Coco_Gauff"}, {"Iga Swiatek", 0, Person, "Iga_Świątek"}}, true},
		{"a team's home before a noun of civic life is the place", "A judge blocked a new Arizona law on Friday. The Arizona Cardinals lost to the Seattle Seahawks, and Arizona trailed 14-7 at halftime.",
			[]want{{"Arizona", 0, Place, "Arizona"}, {"Arizona", 2, Organization, "Arizona_Cardinals"}}, true},
		{"a sentence's first word with a letter English words lack is a name", "Beyoncé and Jay-Z attended the gala on Monday.",
			[]want{{"Beyoncé", 0, Person, "Beyoncé"}}, true},
		{"Congo alone is the larger country", "Health officials declared the outbreak in Congo over on Thursday.",
			[]want{{"Congo", 0, Place, "Democratic_Republic_of_the_Congo"}}, true},
		{"the smaller Congo by its own name", "The Republic of Congo held elections in March.",
			[]want{{"Republic of Congo", 0, Place, "Republic_of_the_Congo"}}, true},
		{"provinces and states named like larger cities elsewhere", "Ontario Premier Doug Ford spoke in Toronto. Bushfires spread across Victoria, Australia, and farmers in Punjab, Pakistan, protested. He later moved to Portland, Maine.",
			[]want{{"Ontario", 0, Place, "Ontario"}, {"Victoria", 0, Place, "Victoria_(state)"}, {"Punjab", 0, Place, "Punjab,_Pakistan"}, {"Portland", 0, Place, "Portland,_Maine"}}, true},
		{"a Mexican state and a Nigerian state by their names", "Violence flared in Oaxaca, and gunmen attacked a village in Borno State.",
			[]want{{"Oaxaca", 0, Place, "Oaxaca"}, {"Borno State", 0, Place, "Borno_State"}}, true},
		{"an acronym before a comma and a lower-case word is no dateline", "IMO, this is not a free speech issue.\n\nKABUL, Afghanistan - Gunmen attacked a checkpoint.",
			[]want{{"IMO", 0, Organization, ""}, {"KABUL", 0, Place, "Kabul"}}, true},
		{"a result names clubs by their towns for the rest of the text", "Chelsea beat Arsenal 2-1 on Saturday, and Liverpool lost to Newcastle 3-0. Cole Palmer scored twice for Chelsea. Fans in Chelsea celebrated.",
			[]want{{"Chelsea", 0, Organization, "Chelsea_F.C."}, {"Newcastle", 0, Organization, "Newcastle_United_F.C."}, {"Chelsea", 1, Organization, "Chelsea_F.C."}, {"Chelsea", 2, Place, "Chelsea"}}, true},
		{"a vote's tally is no result", "The Miami Heat owner backed the stadium tax. The measure was defeated 51-49 on Tuesday, and Miami mayor Francis Suarez said he was disappointed.",
			[]want{{"Miami", 1, Place, "Miami"}}, true},
		{"a party name many countries share is not another country's party", "SEOUL (Reuters) - South Korea's opposition Democratic Party won a majority on Wednesday, officials in Seoul said.",
			[]want{{"Democratic Party", 0, Organization, ""}}, true},
		{"a sentence's The before a party whose name lacks it", "The Democratic Party gained seats in Congress, and Democrats in Ohio and Texas cheered.",
			[]want{{"Democratic Party", 0, Organization, "Democratic_Party_(United_States)"}}, true},
		{"a state's own legislature and court are not the nation's", "ATLANTA (AP) - The Georgia state Senate passed the bill, and the state Supreme Court will hear the case. The U.S. Senate and the Supreme Court in Washington were not involved.",
			[]want{{"Senate", 0, Organization, ""}, {"Supreme Court", 0, Organization, ""}, {"U.S. Senate", 0, Organization, "United_States_Senate"}, {"Supreme Court", 1, Organization, "Supreme_Court_of_the_United_States"}}, true},
		{"the House is the House of Representatives, but a state's House joins no other House", "Pelosi said the House would vote on Friday. The House of Commons debated it in London. In Ohio, the state House approved the budget.",
			[]want{{"House", 0, Organization, "United_States_House_of_Representatives"}, {"House of Commons", 0, Organization, "House_of_Commons_of_the_United_Kingdom"}, {"House", 2, Organization, ""}}, true},
		{"an acronym read as a word in title case, British style, unless the word names something else", "Ministers from Nato and Opec met in Nice on Monday, and Unicef and Hmrc sent officials. Critics called the plan a coda to the war.",
			[]want{{"Nato", 0, Organization, "NATO"}, {"Opec", 0, Organization, "OPEC"}, {"Nice", 0, Place, "Nice"}, {"Unicef", 0, Organization, "UNICEF"}, {"Hmrc", 0, Organization, ""}}, true},
		{"a storm's name alone keeps the type its full name's words give", "Hurricane Delphine crashed ashore on Tuesday. Delphine weakened overnight.",
			[]want{{"Hurricane Delphine", 0, Misc, ""}, {"Delphine", 1, Misc, ""}}, false},
		{"a party's adjective is the US party, unless a capitalized word makes it another party's name", "Democratic presidential hopefuls met in Iowa. In Berlin, the Social Democratic mayor objected.",
			[]want{{"Democratic", 0, Group, "Democratic_Party_(United_States)"}, {"Democratic", 1, Group, ""}}, true},
		{"a country's possessive makes a party or court of that name its own", "Japan's Democratic Party won the vote. South Korea's Supreme Court upheld it, and the Democratic Party in Washington said nothing.",
			[]want{{"Democratic Party", 0, Organization, ""}, {"Supreme Court", 0, Organization, ""}, {"Democratic Party", 1, Organization, "Democratic_Party_(United_States)"}}, true},
		{"a party's acronym names it only in a story about its country", "New Zealand's income per head at PPP rose, officials in Wellington and Auckland said.",
			[]want{{"PPP", 0, Organization, ""}}, true},
		{"a party's acronym in a story about its country", "ISLAMABAD (Reuters) - The PPP said on Monday that Pakistan would hold elections in February.",
			[]want{{"PPP", 0, Organization, "Pakistan_Peoples_Party"}}, true},
		{"a headline's verb run into a known name leaves the name", "Scientists Vote to Demote Pluto\n\nPRAGUE (AP) - Astronomers voted Thursday to strip Pluto of its status as a planet.",
			[]want{{"Pluto", 0, Place, "Pluto"}, {"Pluto", 1, Place, "Pluto"}}, true},
		{"a headline's two-word name named again below stays whole", "Police Arrest Maria Lopez in Boston\n\nBOSTON (AP) - Police arrested Maria Lopez on Monday.",
			[]want{{"Maria Lopez", 0, Person, ""}, {"Maria Lopez", 1, Person, ""}}, false},
		{"a title before a surname makes it a person's, whatever the tagger read", "President Bush spoke with the governor by telephone on Tuesday.",
			[]want{{"Bush", 0, Person, "George_W._Bush"}}, true},
		{"a surname before a campaign or administration is a person's, a place's campaign stays a place", "The Bush campaign said on Tuesday that Republicans in the Iowa campaign had erred.",
			[]want{{"Bush", 0, Person, "George_W._Bush"}, {"Iowa", 0, Place, "Iowa"}}, true},
		{"a club's nickname after \"the\" in sports text is a name though the tagger missed it", "The Titans lost to the Colts 24-17 on Sunday as the quarterback threw two touchdowns.",
			[]want{{"Colts", 0, Organization, "Indianapolis_Colts"}}, true},
		{"a tournament's name before what one wins there is the tournament", "Federer won his fifth straight Wimbledon title on Sunday. He lives in Wimbledon now.",
			[]want{{"Wimbledon", 0, Misc, "Wimbledon_Championships"}, {"Wimbledon", 1, Place, "Wimbledon,_London"}}, true},
		{"a storm's given name alone is the storm the text named in full", "NEW ORLEANS (Reuters) - Hurricane Katrina smashed into the Gulf Coast on Monday. Katrina had crossed south Florida as a Category 1 hurricane last week.",
			[]want{{"Hurricane Katrina", 0, Misc, "Hurricane_Katrina"}, {"Katrina", 1, Misc, "Hurricane_Katrina"}}, true},
		{"a name's number is part of it: the index is not the agency named by its first words", "The broader Standard & Poor's 500 index rose 0.1 percent. Standard & Poor's downgraded Italy on Friday.",
			[]want{{"Standard & Poor's 500", 0, Misc, "S&P_500"}, {"Standard & Poor's", 1, Organization, "S&P_Global_Ratings"}}, true},
		{"a name with a number names no person whose short form the name alone would be (Firefox is untyped in the knowledge base, so the tagger types it)", "As of this writing, the Fetch API is available in Firefox 39 (currently Nightly) and Chrome 42 (currently dev).\n\nThis is currently undergoing some security review. Firefox exposes the attribute, but it has no effect.",
			[]want{{"Firefox 39", 0, Misc, ""}, {"Firefox", 1, Person, "Firefox"}}, true},
		{"a middle initial the knowledge base does not list", "Roberts replaces William H. Rehnquist, who died on Saturday. George W. Bush spoke.",
			[]want{{"William H. Rehnquist", 0, Person, "William_Rehnquist"}, {"George W. Bush", 0, Person, "George_W._Bush"}}, true},
		{"a byline's credit names the agency, not its writer's job", "By ROBERT JABLON, Associated Press Writer\n\nBy STEPHEN WILSON, AP Sports Writer\n\nThe Screen Writer said so.",
			[]want{{"Associated Press", 0, Organization, "Associated_Press"}, {"AP", 0, Organization, "Associated_Press"}, {"Screen Writer", 0, Organization, ""}}, true},
		{"theaters, planetariums and trophies are typed by their last word", "He sang at the Apollo Theater. Scientists at the Hayden Planetarium watched. The Celtics won the Larry O'Brien Trophy.",
			[]want{{"Apollo Theater", 0, Place, ""}, {"Hayden Planetarium", 0, Place, ""}, {"Larry O'Brien Trophy", 0, Misc, ""}}, false},
		{"the adjective of a people without a country of its own names the people", "The suit said the city discriminated against Hispanic and Native American residents.",
			[]want{{"Hispanic", 0, Group, "Hispanic_and_Latino_Americans"}, {"Native American", 0, Group, "Native_Americans_in_the_United_States"}}, true},
		{"a name written with a lower-case word", "Oil prices rose, with Brent crude climbing above $80 a barrel.",
			[]want{{"Brent crude", 0, Misc, "Brent_Crude"}}, true},
		{"a place named again is the one its address pinned down", "SPRINGFIELD, Ill. (AP) — A man was charged after a shooting outside a bar, Springfield police said.",
			[]want{{"SPRINGFIELD", 0, Place, "Springfield,_Illinois"}, {"Springfield", 0, Place, "Springfield,_Illinois"}}, true},
		{"a title-case headline's names, not the tagger's run of capitals", "Lakers Rally Past Celtics Behind James, Davis\n\nThe Lakers came back from 18 points down.\n\nJudge Blocks Biden Student Loan Plan\n\nA judge blocked the student loan plan on Monday.",
			[]want{{"Lakers", 0, Organization, "Los_Angeles_Lakers"}, {"Celtics", 0, Organization, "Boston_Celtics"}, {"Biden", 0, Person, "Joe_Biden"}}, true},
		{"a line of names alone stays as the tagger found it", "Netscape Communications Corporation\n\nThe corporation made browsers in the 1990s.",
			[]want{{"Netscape Communications Corporation", 0, Organization, ""}}, true},
		{"storms, tours and award shows the knowledge base lacks are events", "Storm Zelda brought winds of 90mph to Wales. Fans flocked to the Quillan Tour, and the Zorvex Awards were postponed.",
			[]want{{"Storm Zelda", 0, Misc, ""}, {"Quillan Tour", 0, Misc, ""}, {"Zorvex Awards", 0, Misc, ""}}, false},
		{"a body named like other countries' bodies is not one country's in a story about another", "WELLINGTON (Reuters) - The Ministry of Justice said on Monday that courts in Auckland and Wellington would reopen.",
			[]want{{"Ministry of Justice", 0, Organization, ""}}, true},
		{"a dateline of two words is the city, whatever teams the story names", "LOS ANGELES — LeBron James scored 32 points and had 10 rebounds as the Lakers beat the Denver Nuggets 120-110 on Sunday night.",
			[]want{{"LOS ANGELES", 0, Place, "Los_Angeles"}, {"Lakers", 0, Organization, "Los_Angeles_Lakers"}}, true},
		{"a currency's letters and a sentence's participle are no names", "Born in Dayton, Ohio, she backed a C$5 billion plan in Ottawa.",
			[]want{{"Dayton", 0, Place, "Dayton,_Ohio"}, {"Ottawa", 0, Place, "Ottawa"}}, true},
		{"an occupation next to a name backs the namesake it describes", "England cricketer James Anderson retired on Friday. Later, James Anderson, the cricketer, thanked fans.",
			[]want{{"James Anderson", 0, Person, "James_Anderson_(cricketer)"}, {"James Anderson", 1, Person, "James_Anderson_(cricketer)"}}, true},
		{"a word before an unknown name or the first word of it gives its type", "The results were published in the journal Zorvex Reports. Police searched the River Quill near Dunmore Park.",
			[]want{{"Zorvex Reports", 0, Misc, ""}, {"River Quill", 0, Place, ""}, {"Dunmore Park", 0, Place, ""}}, false},
		{"a place's own unsure vote does not cancel its country's", "The trial, led by researchers at a university in Melbourne, followed 19,000 people in Australia and the United States for six years.",
			[]want{{"Melbourne", 0, Place, "Melbourne"}}, true},
		{"an author with a joined given name in a reference is no famous namesake", "The film was sold abroad.\n\nReferences\n\n^ Lee, Hyo-won (7 July 2017). \"Cannes: A Time Travel Film Sells\". The Hollywood Reporter.",
			[]want{{"Lee", 0, Person, ""}}, true},
		{"a game's words back a player whose name others share", "Josh Allen threw two touchdown passes in the fourth quarter.",
			[]want{{"Josh Allen", 0, Person, "Josh_Allen_(quarterback)"}}, true},
		{"a club's town is still the place where its words say so", "Liverpool beat Everton 2-1 on Sunday. The Mayor of Liverpool and the Liverpool city council announced a parade.",
			[]want{{"Liverpool", 0, Organization, "Liverpool_F.C."}, {"Liverpool", 1, Place, "Liverpool"}, {"Liverpool", 2, Place, "Liverpool"}}, true},
		{"a title-case headline keeps a famous body's short name", "Supreme Court Hears Case On Texas Law\n\nThe justices heard arguments on the law on Monday.",
			[]want{{"Supreme Court", 0, Organization, "Supreme_Court_of_the_United_States"}, {"Texas", 0, Place, "Texas"}}, true},
		{"an occupation of someone else's does not back a namesake", "James Anderson, the cricketer's father, spoke at the dinner.",
			[]want{{"James Anderson", 0, Person, ""}}, true},
		{"a run of a name's words stops at a date", "Rain fell in Seattle Monday Council members met.",
			[]want{{"Seattle", 0, Place, "Seattle"}}, true},
		{"a common surname alone names no one in particular", "Sales fell 3% in the quarter. Brown said the decision was final.",
			[]want{{"Brown", 0, Person, ""}}, true},
		{"a common surname after the full name is that person", "Gordon Brown spoke in Edinburgh. Brown said the plan would work.",
			[]want{{"Gordon Brown", 0, Person, "Gordon_Brown"}, {"Brown", 1, Person, "Gordon_Brown"}}, true},
		{"a common surname before administration is the leader", "Economists in the Carter administration worried about inflation.",
			[]want{{"Carter", 0, Person, "Jimmy_Carter"}}, true},
		{"a party's and a house's short names are the country's of the story", "OTTAWA (Reuters) - The Conservative Party gained in polls, and the House of Commons debated the budget, officials in Ottawa and Toronto said.",
			[]want{{"Conservative Party", 0, Organization, "Conservative_Party_of_Canada"}, {"House of Commons", 0, Organization, "House_of_Commons_of_Canada"}}, true},
		{"the same short names in a British story", "LONDON (Reuters) - The Conservative Party lost seats in the House of Commons, officials in London said.",
			[]want{{"Conservative Party", 0, Organization, "Conservative_Party_(UK)"}, {"House of Commons", 0, Organization, "House_of_Commons_of_the_United_Kingdom"}}, true},
		{"a dateline joins no team of its city's name", "Brunson's 41 points lift Knicks past Celtics, into East finals\n\nNEW YORK (AP) — Jalen Brunson scored 41 points, including 14 in the fourth quarter, and the New York Knicks beat the Boston Celtics 119-108 on Friday night in Game 6 to reach the Eastern Conference finals for the first time in 25 years.\n\nKarl-Anthony Towns added 22 points and 15 rebounds, and OG Anunoby had 18 points and a career playoff-high five steals as the Knicks closed out the defending champions in front of a delirious crowd at Madison Square Garden. New York will face the Indiana Pacers, who eliminated the Cleveland Cavaliers in five games.\n\n\"This city has waited a long time for this,\" Brunson said. \"We're not done.",
			[]want{{"NEW YORK", 0, Place, "New_York_City"}, {"Knicks", 0, Organization, "New_York_Knicks"}}, true},
		{"a county of the dateline's state", "DAYTON, Ohio (AP) — The bank has nine branches across Montgomery County and Greene County, officials said.",
			[]want{{"Montgomery County", 0, Place, "Montgomery_County,_Ohio"}, {"Greene County", 0, Place, "Greene_County,_Ohio"}}, true},
		{"a famous name given an age and an everyday job is a namesake", "One fan, Michael Jordan of the Bronx, a 52-year-old bus driver, said he cried. Jordan said it was worth it. Another resident, Thomas Jefferson, 70, a retired mechanic, agreed.",
			[]want{{"Michael Jordan", 0, Person, ""}, {"Jordan", 1, Person, ""}, {"Thomas Jefferson", 0, Person, ""}}, true},
		{"a famous name described by its fame or its humble start stays linked", "Michael Jordan, the former Chicago Bulls star, attended the game. Voters chose Jimmy Carter, a peanut farmer from Georgia.",
			[]want{{"Michael Jordan", 0, Person, "Michael_Jordan"}, {"Jimmy Carter", 0, Person, "Jimmy_Carter"}}, true},
		{"a club's short name is the club the story names most", "Manchester United are weighing a bid for the striker. United manager Ruben Amorim said on Friday that United would not overpay. Rivals include Anthony Gordon of Newcastle United and Jack Grealish of Everton. At United, sources say the deal could close next week.",
			[]want{{"United", 4, Organization, "Manchester_United_F.C."}}, true},
		{"plural nationality names the people", "Iraqis voted on Sunday while Democrats in Washington watched.",
			[]want{{"Iraqis", 0, Group, "Iraqis"}, {"Democrats", 0, Group, "Democratic_Party_(United_States)"}}, true},
		{"an indigenous people named by one word", "Māori settled New Zealand centuries before Native Americans met Europeans.",
			[]want{{"Māori", 0, Group, "Māori_people"}, {"Native Americans", 0, Group, "Native_Americans_in_the_United_States"}}, true},
		{"a plural nationality noun of two words names the people too", "Many New Zealanders and South Africans live in the New Zealand capital.",
			[]want{{"New Zealanders", 0, Group, "New_Zealanders"}, {"South Africans", 0, Group, "South_Africans"}, {"New Zealand", 1, Place, "New_Zealand"}}, true},
		{"a statement of ancestry names the people, the adjective elsewhere the country", "A businessman of Syrian descent was detained after Syrian officials asked about Kenyans.",
			[]want{{"Syrian", 0, Group, "Syrians"}, {"Syrian", 1, Group, "Syria"}, {"Kenyans", 0, Group, ""}}, true},
		{"a sentence's capital The before a people is not a title", "The Americans won the final in Madrid.",
			[]want{{"Americans", 0, Group, "Americans"}, {"Madrid", 0, Place, "Madrid"}}, true},
		{"a capital The inside a sentence is a title", "Critics praised The Americans, a spy drama.",
			[]want{{"The Americans", 0, Misc, "The_Americans"}}, true},
		{"an adjective of descent names the people", "A chemist of German descent and two Japanese engineers met in Lyon.",
			[]want{{"German", 0, Group, "Germans"}, {"Japanese", 0, Group, "Japan"}, {"Lyon", 0, Place, "Lyon"}}, true},
		{"a plural that is not the people's title", "Britons and Thais queued at the border with Scots.",
			[]want{{"Britons", 0, Group, "British_people"}, {"Thais", 0, Group, "Thai_people"}, {"Scots", 0, Group, "Scottish_people"}}, true},
		{"ancestry needs its own words", "Cricket is a game of British origins, says a report of Australian Heritage.",
			[]want{{"British", 0, Group, "United_Kingdom"}, {"Australian", 0, Group, "Australia"}}, true},
		{"a paper named again by the end of its name", "The New York Times broke the story on Monday. The Times said the mayor declined to comment.",
			[]want{{"The New York Times", 0, Organization, "The_New_York_Times"}, {"The Times", 0, Organization, "The_New_York_Times"}}, true},
		{"an office backs the politician of a shared name", "Rep. Doug Collins said the committee would vote on Tuesday.",
			[]want{{"Doug Collins", 0, Person, "Doug_Collins_(politician)"}}, true},
		{"sport backs the coach of a shared name", "Doug Collins coached the Bulls into the playoffs that season.",
			[]want{{"Doug Collins", 0, Person, "Doug_Collins_(basketball)"}}, true},
		{"a team's nickname in a text about sport", "The Heat beat the Knicks 101-95, with 14 rebounds from their center.",
			[]want{{"Heat", 0, Organization, "Miami_Heat"}, {"Knicks", 0, Organization, "New_York_Knicks"}}, true},
		{"a storm and a township the knowledge base lacks take their type from a word of the name", "Hurricane Zelda will strengthen before it reaches Quillan Township, forecasters said.",
			[]want{{"Hurricane Zelda", 0, Misc, ""}, {"Quillan Township", 0, Place, ""}}, false},
		{"a common word and its number name a model or mission, not the word's title", "Apollo 11 landed in 1969, and voters later approved Proposition 8. Fans bought the PlayStation 4 in Tokyo. A Falcon 9 rocket lifted off.",
			[]want{{"Falcon 9", 0, Misc, "Falcon_9"}, {"Apollo 11", 0, Misc, "Apollo_11"}, {"Proposition 8", 0, Misc, ""}, {"PlayStation 4", 0, Misc, "PlayStation_4"}}, true},
		{"English counties, not the towns abroad that share their names", "Floods hit Cornwall and Devon on Tuesday, and police in Kent and Surrey closed roads.",
			[]want{{"Cornwall", 0, Place, "Cornwall"}, {"Devon", 0, Place, "Devon"}, {"Kent", 0, Place, "Kent"}, {"Surrey", 0, Place, "Surrey"}}, true},
		{"the most populous county of a name", "In Atlanta, Fulton County officials counted ballots.",
			[]want{{"Fulton County", 0, Place, "Fulton_County,_Georgia"}}, true},
		{"seas and straits", "North Korea fired a missile into the Sea of Japan, and a destroyer sailed through the Taiwan Strait toward the Gulf of Aden.",
			[]want{{"Sea of Japan", 0, Place, "Sea_of_Japan"}, {"Taiwan Strait", 0, Place, "Taiwan_Strait"}, {"Gulf of Aden", 0, Place, "Gulf_of_Aden"}}, true},
		{"a city and its country after a comma", "Researchers in Houston, Texas, and at an institute in Melbourne, Australia, led the study of U.S. children.",
			[]want{{"Melbourne", 0, Place, "Melbourne"}, {"Australia", 0, Place, "Australia"}}, true},
		{"a state that shares a country's name pairs with its city", "Athens, Georgia did not host the talks; Tbilisi, Georgia did.",
			[]want{{"Athens", 0, Place, "Athens,_Georgia"}, {"Georgia", 0, Place, "Georgia_(U.S._state)"}, {"Georgia", 1, Place, "Georgia_(country)"}}, true},
		{"a name that ends in a possessive", "Shares of McDonald's and Lowe's rose, and Iraq's oil minister spoke.",
			[]want{{"McDonald's", 0, Organization, "McDonald's"}, {"Lowe's", 0, Organization, "Lowe's"}, {"Iraq", 0, Place, "Iraq"}}, true},
		{"a surname the tagger reads as a company is not a lesser-known person", "Shares fell after Moody's said the outlook was negative.",
			[]want{{"Moody's", 0, Organization, "Moody's_Ratings"}}, true},
		{"a surname the text also writes as a common word is no one's alone", "Tasks are kept in the task store.\n\nTask Store\n\nStore Consumer\n\nQueue\n\nTask Store\nTasks are stored in and triggered from the task store.",
			[]want{{"Store", 2, Person, ""}}, true},
		{"an acronym the text defines as another name is not the entry's", "This Asynchronous Task Framework (ATF) replaced older systems. ATF runs every job. The Federal Bureau of Investigation (FBI) said the FBI agreed.",
			[]want{{"ATF", 0, Organization, ""}, {"ATF", 1, Organization, ""}, {"FBI", 0, Organization, "Federal_Bureau_of_Investigation"}, {"FBI", 1, Organization, "Federal_Bureau_of_Investigation"}}, true},
		{"a file format in parentheses after a name does not rename it", "^ \"Annual Report\". Reserve Bank of New Zealand (PDF). Retrieved 2 May 2011.",
			[]want{{"Reserve Bank of New Zealand", 0, Organization, "Reserve_Bank_of_New_Zealand"}, {"PDF", 0, Organization, "PDF"}}, true},
		{"authors in a reference list are no famous namesakes", "The islands were settled late.\n\nReferences\n\n^ Wilson, John (2009). The Islands. Auckland: Reed.\n\n^ Bauer, Laurie; Warren, Paul; Kennedy, Marianna (2007). Settlement. Journal of Phonetics.\n\n^ Hatfield, Peter J.; Penny, David (1998). \"Testing migration patterns\". Annals of Human Biology.",
			[]want{{"Wilson", 0, Person, ""}, {"Warren", 0, Person, ""}, {"Paul", 0, Person, ""}, {"Kennedy", 0, Person, ""}, {"David", 0, Person, ""}, {"Auckland", 0, Place, "Auckland"}}, true},
		{"the same surname after the full name is still the person", "Jonas Gahr Store won the vote. Store said the store of grain was full.",
			[]want{{"Jonas Gahr Store", 0, Person, "Jonas_Gahr_Støre"}, {"Store", 1, Person, "Jonas_Gahr_Støre"}}, true},
		{"a Japanese prefecture", "An earthquake struck Ishikawa prefecture, and Osaka Prefecture sent help.",
			[]want{{"Ishikawa", 0, Place, "Ishikawa_Prefecture"}, {"Osaka Prefecture", 0, Place, "Osaka_Prefecture"}}, true},
		{"a region word after a name asks for the region, not its city", "Shelling hit the Kherson region, and drones struck Kherson, Donetsk and Zaporizhzhia.",
			[]want{{"Kherson", 0, Place, "Kherson_Oblast"}, {"Kherson", 1, Place, "Kherson"}, {"Donetsk", 0, Place, "Donetsk"}, {"Zaporizhzhia", 0, Place, "Zaporizhzhia"}}, true},
		{"governorates and their cities", "Airstrikes hit Idlib province, and rebels took Hama. In Iraq, Anbar province was calm.",
			[]want{{"Idlib", 0, Place, "Idlib_Governorate"}, {"Hama", 0, Place, "Hama"}, {"Anbar", 0, Place, "Al_Anbar_Governorate"}}, true},
		{"security bodies of the Middle East and Sudan", "Israel's Shin Bet said it had arrested two members of Palestinian Islamic Jihad. U.S. Central Command, or CENTCOM, said a drone was shot down. The Palestinian Authority and the Rapid Support Forces issued statements.",
			[]want{{"Shin Bet", 0, Organization, "Shin_Bet"}, {"Palestinian Islamic Jihad", 0, Organization, "Palestinian_Islamic_Jihad"},
				{"U.S. Central Command", 0, Organization, "United_States_Central_Command"}, {"CENTCOM", 0, Organization, "United_States_Central_Command"},
				{"Palestinian Authority", 0, Organization, "Palestinian_Authority"}, {"Rapid Support Forces", 0, Organization, "Rapid_Support_Forces"}}, true},
		{"a result names the club its town stands for", "Manchester United beat Liverpool 2-1 at Old Trafford, where the striker scored after an equaliser.",
			[]want{{"Liverpool", 0, Organization, "Liverpool_F.C."}}, true},
		{"a result between two towns' clubs", "Chelsea beat Burnley 3-0 as the midfielder scored twice.",
			[]want{{"Chelsea", 0, Organization, "Chelsea_F.C."}, {"Burnley", 0, Organization, "Burnley_F.C."}}, true},
		{"a team's home after in is the place", "The Yankees won in 11 innings on Sunday. Fans then watched the tennis final in New York.",
			[]want{{"New York", 0, Place, "New_York_City"}}, true},
		{"a state named elsewhere does not make a world city its town", "The treasury secretary met Chinese officials in Geneva. Florida Gov. Ron DeSantis criticized the talks.",
			[]want{{"Geneva", 0, Place, "Geneva"}, {"Florida", 0, Place, "Florida"}}, true},
		{"a town is in the dateline's state", "PORTLAND, Maine (AP) - A man from Lewiston was charged on Tuesday. The suspect was arrested in Auburn after a manhunt.",
			[]want{{"Auburn", 0, Place, "Auburn,_Maine"}}, true},
		{"a vote is no result", "Liverpool voted 60-40 to keep the museum open.",
			[]want{{"Liverpool", 0, Place, "Liverpool"}}, true},
		{"a legislator's party and state", "House Speaker Mike Johnson, R-La., called the bill a disgrace.",
			[]want{{"Mike Johnson", 0, Person, "Mike_Johnson"}, {"La.", 0, Place, "Louisiana"}}, true},
		{"a legislator's party asks for the state, not the country", "Rep. Marjorie Taylor Greene (R-Georgia) spoke first.",
			[]want{{"Georgia", 0, Place, "Georgia_(U.S._state)"}}, true},
		{"a state office asks for the state, not the country", "Rep. Doug Collins of Georgia said the committee would vote on Tuesday.",
			[]want{{"Georgia", 0, Place, "Georgia_(U.S._state)"}}, true},
		{"a popular title keeps the case the text writes it in", "Writers moved from Microsoft Word to LibreOffice last year.",
			[]want{{"LibreOffice", 0, Organization, "LibreOffice"}}, true},
		{"an acronym amid ordinary words keeps its capitals", "Doctors said the new HIV drug works.",
			[]want{{"HIV", 0, Misc, "HIV"}}, true},
		{"the spelling most mentions use wins", "A Raspberry PI board runs Linux. The Raspberry Pi costs little, and schools buy the Raspberry Pi in bulk.",
			[]want{{"Raspberry PI", 0, Organization, "Raspberry_Pi"}}, true},
		{"a mixed-case spelling wins over capitals, wherever it is", "Sites log in with OAuth, and the OAUTH flow then asks for a token.",
			[]want{{"OAuth", 0, Organization, "OAuth"}, {"OAUTH", 0, Organization, "OAuth"}}, true},
		{"possessive", "Militants attacked Baghdad's Green Zone on Sunday.",
			[]want{{"Baghdad", 0, Place, "Baghdad"}, {"Green Zone", 0, Place, "Green_Zone"}}, false},
		{"hyphen compound", "Officials blamed Tehran-backed factions for the attack.",
			[]want{{"Tehran", 0, Place, "Tehran"}}, false},
		{"pro prefix", "The rally drew pro-Iran armed groups into the streets of Mosul.",
			[]want{{"Iran", 0, Place, "Iran"}, {"Mosul", 0, Place, "Mosul"}}, false},
		{"dotted abbreviation", "The U.S. embassy in Baghdad stays open, officials said.",
			[]want{{"U.S.", 0, Place, "United_States"}, {"Baghdad", 0, Place, "Baghdad"}}, false},
		{"demonym", "Two Iraqi officials and an American diplomat met in Erbil.",
			[]want{{"Iraqi", 0, Group, "Iraq"}, {"American", 0, Group, "United_States"}, {"Erbil", 0, Place, "Erbil"}}, false},
		{"parenthetical alias", "He was deputy head of the Hashed al-Shaabi (Popular Mobilization Forces) in Iraq.",
			[]want{{"Hashed al-Shaabi", 0, Organization, "Popular_Mobilization_Forces"},
				{"Popular Mobilization Forces", 0, Organization, "Popular_Mobilization_Forces"}}, false},
		{"acronym", "Fighters of the Popular Mobilization Forces (PMF) moved north. Later the PMF denied any role in Iraq.",
			[]want{{"PMF", 1, Organization, "Popular_Mobilization_Forces"}}, false},
		{"short form", "U.S. Secretary of State Mike Pompeo called Baghdad. Pompeo said the embassy could close.",
			[]want{{"Mike Pompeo", 0, Person, "Mike_Pompeo"}, {"Pompeo", 1, Person, "Mike_Pompeo"}}, false},
		{"short form before the full name", "Pompeo to visit Baghdad\nU.S. Secretary of State Mike Pompeo will fly to Iraq on Monday.",
			[]want{{"Pompeo", 0, Person, "Mike_Pompeo"}, {"Mike Pompeo", 0, Person, "Mike_Pompeo"}}, false},
		{"acronym of a name in the text beats a lesser entry", "British Airways cancelled flights on Monday. BA said the backlog would clear.",
			[]want{{"BA", 0, Organization, "British_Airways"}}, false},
		{"state after a town", "The lowest scores went to Sioux Falls, S.D., the report said.",
			[]want{{"Sioux Falls", 0, Place, "Sioux_Falls,_South_Dakota"}, {"S.D.", 0, Place, "South_Dakota"}}, false},
		{"a regional adjective asks for the state", "Storms hit eastern Washington on Monday, officials said.",
			[]want{{"Washington", 0, Place, "Washington_(state)"}}, false},
		{"a state office after the name asks for the state", "Washington Gov. Jay Inslee met officials in Baghdad.",
			[]want{{"Washington", 0, Place, "Washington_(state)"}}, false},
		{"a senator of a state", "Sen. Maria Cantwell of Washington said the bill would pass.",
			[]want{{"Washington", 0, Place, "Washington_(state)"}}, false},
		{"a mayor of a city", "The mayor of Washington said the bill would pass.",
			[]want{{"Washington", 0, Place, "Washington,_D.C."}}, false},
		{"generic words in lower case after a name", "Shares fell as the Dow Jones industrial average lost 2 percent and the Labour party met.",
			[]want{{"Dow Jones industrial average", 0, Misc, "Dow_Jones_Industrial_Average"}, {"Labour party", 0, Organization, "Labour_Party_(UK)"}}, true},
		{"a list of counties names a county each, in one state", "Wildfires burned in Ventura, Kern and Santa Barbara counties on Monday.",
			[]want{{"Ventura", 0, Place, "Ventura_County,_California"}, {"Kern", 0, Place, "Kern_County,_California"},
				{"Santa Barbara", 0, Place, "Santa_Barbara_County,_California"}}, true},
		{"a county list leaves the city named elsewhere", "The depot lies between the cities of Burbank and Los Angeles. Its crews serve Los Angeles, Ventura and Kern counties.",
			[]want{{"Los Angeles", 0, Place, "Los_Angeles"}, {"Los Angeles", 1, Place, "Los_Angeles_County,_California"},
				{"Kern", 0, Place, "Kern_County,_California"}}, true},
		{"a state written short locates a town named apart from it", "The shelter serves Dickinson and Stark County, N.D., officials said.",
			[]want{{"Dickinson", 0, Place, "Dickinson,_North_Dakota"}, {"Stark County", 0, Place, "Stark_County,_North_Dakota"}}, true},
		{"a compass word makes a state of a college team's name", "Georgia beat Auburn 31-17 in the SEC opener on Saturday. The coach, who plans to retire to a farm in north Georgia, praised the Bulldogs' defense and the quarterback's touchdown passes.",
			[]want{{"Georgia", 0, Organization, "University_of_Georgia"}, {"Georgia", 1, Place, "Georgia_(U.S._state)"}}, true},
		{"a camel-case brand is a name", "She sold the old phone on eBay last week.",
			[]want{{"eBay", 0, Organization, "EBay"}}, true},
		{"upstate names the state", "The storm moved to upstate New York on Monday.",
			[]want{{"New York", 0, Place, "New_York_(state)"}}, true},
		{"a city followed by its state", "He lives in Portland, Maine, and works in Springfield, Ill.",
			[]want{{"Portland", 0, Place, "Portland,_Maine"}, {"Springfield", 0, Place, "Springfield,_Illinois"}}, true},
		{"a famous name followed by the state of a namesake", "The festival moved to Paris, Texas, last year.",
			[]want{{"Paris", 0, Place, "Paris,_Texas"}, {"Texas", 0, Place, "Texas"}}, true},
		{"a title of two words before a name", "Chief Justice John Roberts wrote the opinion for the court.",
			[]want{{"John Roberts", 0, Person, "John_Roberts"}}, true},
		{"America is the United States", "The troops returned to America on Monday.",
			[]want{{"America", 0, Place, "United_States"}}, true},
		{"the city without a cue", "Officials in Washington said the talks would go on.",
			[]want{{"Washington", 0, Place, "Washington,_D.C."}}, false},
		{"a list of places is no address", "Envoys from Iraq, Washington and Tehran met on Monday.",
			[]want{{"Washington", 0, Place, "Washington,_D.C."}}, false},
		{"alias with a lower-case word", "A U.S. military spokesman said on Monday that the U.S. embassy in Baghdad was calm.",
			[]want{{"U.S. military", 0, Organization, "United_States_Armed_Forces"}, {"U.S.", 1, Place, "United_States"}}, false},
		{"small town after born in", "Erich was born in Neunkirchen.",
			[]want{{"Neunkirchen", 0, Place, "Neunkirchen"}}, false},
		{"a dateline names a city", "Gaza 11-15 (AFP) - Medical sources said two people were hurt.",
			[]want{{"Gaza", 0, Place, "Gaza"}}, false},
		{"the same name elsewhere", "Medical sources said aid reached Gaza on Monday.",
			[]want{{"Gaza", 0, Place, "Gaza_Strip"}}, false},
		{"short form of a company", "Shares of Target Corp. rose on Monday. Target said sales grew in Lyon.",
			[]want{{"Target Corp.", 0, Organization, "Target_Corporation"}, {"Target", 1, Organization, "Target_Corporation"}}, false},
		{"clause opener before a name", "Gerald Ford took office in 1974. Once Ford pardoned Nixon, his ratings fell.",
			[]want{{"Ford", 1, Person, "Gerald_Ford"}}, true},
		{"a linked short form keeps its link when later names disagree",
			"Bush signs the budget\nFirst lady Laura Bush watched as President George W. Bush signed the budget in Washington.",
			[]want{{"Bush", 0, Person, "George_W._Bush"}}, true},
		{"place with a designator before", "The envoy flew on to the Sultanate of Brunei last week.",
			[]want{{"Sultanate of Brunei", 0, Place, "Brunei"}}, false},
		{"place with a designator after", "Floods hit Jiangsu Province on Monday.",
			[]want{{"Jiangsu Province", 0, Place, "Jiangsu"}}, false},
		{"designator the tagger left out", "Jiangsu Province officials said the plant would open in May.",
			[]want{{"Jiangsu Province", 0, Place, "Jiangsu"}}, false},
		{"an adjective is no short form of an organization", "Islamic Jihad said on Monday that Islamic law was strict.",
			[]want{{"Islamic", 1, Misc, ""}}, true},
		{"acronym known as a popular title", "The show moved from MTV to Netflix.",
			[]want{{"MTV", 0, Misc, "MTV"}}, true},
		{"a minor record gets no lift from the text's country", "Serbia wants to join the EU, officials in Belgrade said on Monday.",
			[]want{{"EU", 0, Organization, "European_Union"}}, false},
		{"romanized name with a hyphenated syllable", "North Korean leader Kim Jong-un fired a missile on Monday.",
			[]want{{"Kim Jong-un", 0, Person, "Kim_Jong_Un"}}, false},
		{"unknown romanized name keeps its syllable", "The court in Seoul jailed Choi Soon-sil on Friday.",
			[]want{{"Choi Soon-sil", 0, Person, ""}}, false},
		{"spelling variant", "Prime Minister Mustafa al-Kadhimi flew to Washington. In Baghdad, Kadhemi said the talks went well.",
			[]want{{"Kadhemi", 0, Person, "Mustafa_Al-Kadhimi"}}, false},
		{"metonyms", "Washington and Tehran traded accusations on Monday after the strike in Iraq.",
			[]want{{"Washington", 0, Place, "Washington,_D.C."}, {"Tehran", 0, Place, "Tehran"}}, false},
		{"unknown person", "Zorvan Pelletrix said the factory in Lyon would close.",
			[]want{{"Zorvan Pelletrix", 0, Person, ""}}, false},
		{"dateline and state abbreviation", "TALLAHASSEE, Fla. - Lawyers for the state said on Friday that the count would go on.",
			[]want{{"TALLAHASSEE", 0, Place, "Tallahassee,_Florida"}, {"Fla.", 0, Place, "Florida"}}, true},
		{"an acronym before a full stop keeps out the stop", "Farmers in Serbia want to join the EU.",
			[]want{{"EU", 0, Organization, "European_Union"}}, true},
		{"a name's whole first word before a full stop", "Dan Marino played quarterback for the Miami Dolphins for 17 seasons. He never threw for fewer than 2,000 yards in a full season.\nThe team said he never wanted to leave Miami.\nHe retired in 2000.",
			[]want{{"Miami", 1, Organization, "Miami_Dolphins"}}, true},
		{"seat of government read as a place", "CHATTANOOGA, Tenn. - The governor toured eastern Tennessee on Monday and said he hoped to visit the White House next month.",
			[]want{{"White House", 0, Organization, "White_House"}}, true},
		{"soft hyphens inside names", "Russian President Vladi\u00admir Putin met Benjamin Netan\u00adyahu in Moscow.",
			[]want{{"Vladi\u00admir Putin", 0, Person, "Vladimir_Putin"}, {"Benjamin Netan\u00adyahu", 0, Person, "Benjamin_Netanyahu"}}, true},
		{"middle initial", "Gerald Ford laid to rest\nGerald R. Ford was buried on Wednesday. Ford served as president.",
			[]want{{"Gerald R. Ford", 0, Person, "Gerald_Ford"}, {"Ford", 2, Person, "Gerald_Ford"}}, true},
		{"a news agency's credit does not make a legislature its country's", "SEOUL (AFP) - South Korean lawmakers entered the National Assembly on Wednesday, and South Korea's president backed down.",
			[]want{{"National Assembly", 0, Organization, "National_Assembly_(South_Korea)"}}, true},
		{"a nationality word is the country's, not a territory's", "The Chinese foreign minister visited Moscow. Taiwan's president criticized Beijing.",
			[]want{{"Chinese", 0, Group, "China"}, {"Taiwan", 0, Place, "Taiwan"}}, true},
		{"a religious title is no part of the name", "Grand Ayatollah Ali al-Sistani urged calm, and Archbishop Desmond Tutu spoke later.",
			[]want{{"Ali al-Sistani", 0, Person, "Ali_al-Sistani"}, {"Desmond Tutu", 0, Person, "Desmond_Tutu"}}, true},
		{"honorific", "Officials said Mr. Pompeo would travel to Baghdad.",
			[]want{{"Pompeo", 0, Person, "Mike_Pompeo"}}, true},
		{"country named like a surname", "Jordan's King Abdullah met the prime minister in Amman.",
			[]want{{"Jordan", 0, Place, "Jordan"}, {"Amman", 0, Place, "Amman"}}, true},
		{"compound adjective", "The Atlanta-based company said profits rose.",
			[]want{{"Atlanta", 0, Place, "Atlanta"}}, true},
	}
	linkers := map[string]*Linker{"mini": miniLinker(t)}
	if Default().kbx != nil {
		linkers["default"] = Default()
	}
	for name, l := range linkers {
		for _, tt := range tests {
			if tt.onlyDefault && name != "default" {
				continue
			}
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				t.Parallel()
				runCase(t, l, tt.text, tt.want)
			})
		}
	}
}

func runCase(t *testing.T, l *Linker, text string, wants []want) {
	t.Helper()
	got := l.Find(text)
	checkMentions(t, text, got)
	for _, w := range wants {
		m, ok := mentionAt(text, got, w.text, w.nth)
		if !ok {
			t.Errorf("%q (#%d) not found in %s", w.text, w.nth, describeAll(got))
			continue
		}
		title := ""
		if m.Entity != nil {
			title = m.Entity.Wikipedia
		}
		if m.Type != w.typ || !sameTitle(title, w.title) {
			t.Errorf("%q: got %s, want %s -> %q", w.text, describe(m), w.typ, w.title)
		}
	}
}

// mentionAt returns the mention exactly covering the nth occurrence of s.
func mentionAt(text string, ms []Mention, s string, nth int) (Mention, bool) {
	off := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(text[off+1:], s)
		if j < 0 {
			return Mention{}, false
		}
		off += 1 + j
	}
	for _, m := range ms {
		if m.Start == off && m.End == off+len(s) {
			return m, true
		}
	}
	return Mention{}, false
}

func describeAll(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(describe(m))
		b.WriteString("; ")
	}
	return b.String()
}

func TestFindEmptyAndNil(t *testing.T) {
	var l *Linker
	if got := l.Find("Iraq"); got != nil {
		t.Errorf("nil Linker: got %v", got)
	}
	if got := Default().Find(""); got != nil {
		t.Errorf("empty text: got %v", got)
	}
	if got := Default().Find("   \n\t"); len(got) != 0 {
		t.Errorf("blank text: got %v", got)
	}
}

// TestPeopleEntry checks that a plural nationality word links the
// people's own entry when the knowledge base has one, while the
// adjective still links the country and a plural without such an entry
// stays an unlinked Group.
func TestPeopleEntry(t *testing.T) {
	runCase(t, miniLinker(t), "Iranians voted on Sunday; Iranian officials and Iraqis in Baghdad watched.",
		[]want{{"Iranians", 0, Group, "Iranians"}, {"Iranian", 1, Group, "Iran"}, {"Iraqis", 0, Group, ""}})
}

// TestCommonWordTitle checks that a capitalized word the text also
// writes in lower case is not linked to the popular title of the same
// word: "Poker" here is the game the text talks about, not a name.
func TestCommonWordTitle(t *testing.T) {
	l := Default()
	if l.kbx == nil {
		t.Skip("no embedded knowledge base")
	}
	found := false
	for _, m := range l.Find("He said Poker was his passion. He played poker every night in Las Vegas.") {
		if m.Text != "Poker" {
			continue
		}
		found = true
		if m.Entity != nil {
			t.Errorf("Poker linked to %s", m.Entity.Wikipedia)
		}
	}
	if !found {
		t.Error("Poker is no mention: the case no longer reaches the rule")
	}
}

// TestLoneInitial checks that an initial alone, as in a list of
// references ("Keller, T."), is not a mention.
func TestLoneInitial(t *testing.T) {
	text := `References: Keller, T., "Widget Transfer Protocol", RFC 9901, May 2020. Ortiz, M. and Lund, P., "Widget Discovery", RFC 9902, June 2021.`
	for name, l := range map[string]*Linker{"mini": miniLinker(t), "default": Default()} {
		for _, m := range l.Find(text) {
			if loneInitial(m.Text) {
				t.Errorf("%s: initial %q is a mention", name, m.Text)
			}
		}
	}
}

// TestForeignInstitution checks that a generic short name of a US
// institution is left unlinked in a story about another country, and
// still linked in one about the United States.
func TestForeignInstitution(t *testing.T) {
	l := Default()
	if l.kbx == nil {
		t.Skip("no embedded knowledge base")
	}
	tests := []struct {
		text, name, want string
	}{
		{"Congress leader Rahul Gandhi attacked Prime Minister Narendra Modi in New Delhi on Monday. Gandhi said Congress would fight the BJP in Mumbai and across India.", "Congress", ""},
		{"CANBERRA, Australia - Prime Minister Anthony Albanese said on Monday that the Senate would vote on the bill this week. Australian officials in Sydney and Melbourne welcomed the plan.", "Senate", ""},
		{"WASHINGTON - The Senate voted 51-49 on Tuesday to confirm the nominee, a victory for the White House.", "Senate", "United_States_Senate"},
		{"WASHINGTON - The Senate voted on Tuesday to widen sanctions on Russia. Russian officials in Moscow said Vladimir Putin would answer; Putin called the vote hostile.", "Senate", "United_States_Senate"},
	}
	for _, tt := range tests {
		found := false
		for _, m := range l.Find(tt.text) {
			if m.Text != tt.name {
				continue
			}
			found = true
			got := ""
			if m.Entity != nil {
				got = m.Entity.Wikipedia
			}
			if got != tt.want {
				t.Errorf("%q in %q linked to %q, want %q", tt.name, tt.text, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%q not found in %q", tt.name, tt.text)
		}
	}
}

// TestAcronymIsNoName checks that a word in capitals amid ordinary text is
// read as an acronym, not as a name spelled in ordinary case, while a
// dateline in capitals keeps its place.
func TestAcronymIsNoName(t *testing.T) {
	l := miniLinker(t)
	tests := []struct {
		name, text string
		want       []want
	}{
		{"acronym is not a town", "A spokesman for CAIR said on Monday that the group would sue.",
			nil},
		{"dateline in capitals", "BAGHDAD, Iraq - Officials said on Monday that the embassy was calm.",
			[]want{{"BAGHDAD", 0, Place, "Baghdad"}}},
		{"dateline shape after other text on its line", "Posted 10:32 BAGHDAD, Iraq - Officials said the embassy was calm.",
			[]want{{"BAGHDAD", 0, Place, "Baghdad"}}},
		{"town in ordinary case", "He grew up in Čair, a district of Skopje.",
			[]want{{"Čair", 0, Place, "Čair"}}},
		{"abbreviation in capitals", "She was seen heading to a yoga class on a rainy Sunday in LA.",
			[]want{{"LA", 0, Place, "Los_Angeles"}}},
		{"state abbreviation", "He lives in Monroe, La., with his family.",
			[]want{{"La.", 0, Place, "Louisiana"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runCase(t, l, tt.text, tt.want)
			for _, m := range l.Find(tt.text) {
				if m.Text == "CAIR" && m.Entity != nil {
					t.Errorf("CAIR linked to %s", m.Entity.Wikipedia)
				}
			}
		})
	}
}

// TestAddress checks that only ", State" or ", Country" after a town's
// name locates the town, not any capitalized word after a comma.
func TestAddress(t *testing.T) {
	l := miniLinker(t)
	runCase(t, l, "He grew up in Jones, Oklahoma, before the war.",
		[]want{{"Jones", 0, Place, "Jones,_Oklahoma"}, {"Oklahoma", 0, Place, "Oklahoma"}})
	for _, m := range l.Find("References: Jones, P., Salguerio, G., and Smarr, J., \"WebFinger\", 2013.") {
		if m.Entity != nil && m.Entity.Wikipedia == "Jones,_Oklahoma" {
			t.Errorf("the author %q was linked to the town", m.Text)
		}
	}
}

// TestGivenNameVariant checks that a spelling variant of a given name is
// not taken for the person ("Français" after "François Hollande"), while
// a variant of the surname still is.
func TestGivenNameVariant(t *testing.T) {
	text := "President François Hollande spoke on Monday. Choose your language: Français. " +
		"Mustafa al-Kadhimi met him; Kadhemi said no."
	ms := Default().Find(text)
	for _, m := range ms {
		if m.Text == "Français" && m.Entity != nil && m.Entity.Wikipedia == "François_Hollande" {
			t.Errorf("%q linked to François Hollande", m.Text)
		}
	}
	runCase(t, Default(), text, []want{{"Kadhemi", 0, Person, "Mustafa_Al-Kadhimi"}})
}

// TestNamesake checks that a person whose Wikipedia title qualifies the
// name is linked only when the text points to them.
func TestNamesake(t *testing.T) {
	l := miniLinker(t)
	tests := []struct{ name, text, title string }{
		{"nothing points to the congressman", "The store manager, Tom Davis, called the police.", ""},
		{"an office before the name", "Rep. Tom Davis spoke on Monday.", "Tom_Davis_(Virginia_politician)"},
		{"party and state after the name", "Tom Davis (R-Va.) spoke on Monday.", "Tom_Davis_(Virginia_politician)"},
		{"the state named in the text", "Virginia voters backed Tom Davis in 2004.", "Tom_Davis_(Virginia_politician)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runCase(t, l, tt.text, []want{{"Tom Davis", 0, Person, tt.title}})
		})
	}
}

// TestParticipleOpener checks that a participle opening a sentence is
// not taken into the name after it.
func TestParticipleOpener(t *testing.T) {
	text := "He was 96. Born Anthony Dominick Benedetto in Queens, he sang for decades. " +
		"Founded Rebel Records in 1959, the label grew."
	for _, m := range Default().Find(text) {
		if strings.HasPrefix(m.Text, "Born ") || strings.HasPrefix(m.Text, "Founded ") {
			t.Errorf("mention %q keeps the participle", m.Text)
		}
	}
}

// TestNoNameWords checks that a sentence's participle alone and the
// letters of a dollar sign's country yield no mention.
func TestNoNameWords(t *testing.T) {
	text := "Born in Dayton, Ohio, she backed a C$5 billion plan, and Hong Kong spent HK$2 billion."
	for _, m := range Default().Find(text) {
		switch m.Text {
		case "Born", "C", "HK":
			t.Errorf("mention %q", m.Text)
		}
	}
}

// TestCitationWords checks that a reference's boilerplate, capitalized
// before a date or a number, yields no mention.
func TestCitationWords(t *testing.T) {
	for _, text := range []string{
		"^ Lange, David (1990). Nuclear Free. Penguin Books. ISBN 0-14-014519-2. Retrieved 2 May 2011.",
		"^ \"Annual Report\". Reserve Bank of New Zealand. Archived from the original on 3 June 2012. PMID 18523023. OCLC 12345.",
	} {
		for _, m := range Default().Find(text) {
			if citationWord(m.Text) {
				t.Errorf("%q: mention %q", text, m.Text)
			}
		}
	}
}

// TestPartyNonState checks that after a legislator's party letter only a
// state may link: "D-Centre" names a district, not a town elsewhere.
func TestPartyNonState(t *testing.T) {
	tests := []struct {
		text, name string
		state      bool
		want       bool
	}{
		{"said Rep. Richard Lindsey, D-Centre, chairman of the panel.", "Centre", false, true},
		{"said Rep. Richard Lindsey, D-Centre, chairman of the panel.", "Centre", true, false},
		{"said Sen. Chuck Schumer (D-N.Y.) on Monday.", "N.Y.", true, false},
		{"a rally in Centre drew crowds.", "Centre", false, false},
		{"the D-Day landings in Normandy.", "Day", false, false},
	}
	for _, tt := range tests {
		d := newDoc(tt.text)
		i := slices.IndexFunc(d.toks, func(tok token.Token) bool { return tok.Text == tt.name })
		if i < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.name)
		}
		m := &mention{start: i, end: i + 1, cands: []candidate{{typ: Place, state: tt.state}}, best: 0}
		if got := partyNonState(d, m); got != tt.want {
			t.Errorf("%q, %q (state %v): got %v, want %v", tt.text, tt.name, tt.state, got, tt.want)
		}
	}
}
