package entities

import (
	"slices"
	"strings"

	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// The words and names around a mention that say which place, or which
// kind of place, it is: an address ("Sioux Falls, S.D.", "Portland,
// Maine"), a cue word ("the town of", "born in", "upstate", "Gov."), the
// region of a small town named elsewhere in the text.

// locate marks the small places among m's candidates that the text
// locates: the name is followed by ", State" or ", Country"
// ("Buckhannon, W.Va."), or the place's region is named in the text.
// prev and next are the mentions around m (nil at the ends).
func (l *Linker) locate(d *doc, m *mention, ms []*mention, prev, next *mention) {
	m.afterPlace = prev != nil && prev.end+1 == m.start && d.toks[prev.end].Text == "," && townLike(prev) && !listEnd(d, m.end)
	m.cue = cueBefore(d, m.start)
	if m.cue == "" && personAfter(d, m) {
		m.cue = Person
	}
	l.markCompetition(d, m)
	m.dateline = datelineName(d, m.start, m.end)
	m.divisionCue = divisionCue(d, m.start, m.end)
	m.stateCue = m.divisionCue && stateCue(d, m.start, m.end)
	if namedDivision(d, m) {
		excludeNonDivisions(m)
	}
	l.backNamesakes(d, m, ms)
	d.sportsReading(m)
	comma := addressOf(d, m, next)
	m.located = comma
	if m.dateline && comma {
		l.setHomeRegions(d, next)
	}
	for i := range m.cands {
		c := &m.cands[i]
		if (c.settlement || c.county) && len(d.homeRegions) > 0 {
			c.homeRegion = slices.Contains(d.homeRegions, l.kbx.Region(c.idx))
		}
		if !c.minor {
			continue
		}
		if comma || m.cue == Place {
			// "Buckhannon, W.Va." and "the town of Mobile" say the name
			// is a place's.
			c.located = true
			continue
		}
		if r := l.region(c.idx); r != "" {
			c.located = d.named(ms, r) || slices.Contains(d.shortDivisions, r)
			c.far = c.located && !c.homeRegion // the dateline's region is where the story is
		}
	}
}

// listEnd reports whether token i, right after a name, joins the last
// item of a list: "Kherson, Donetsk and Zaporizhzhia" names three
// cities, where "Sioux Falls, S.D." names a city and its state.
func listEnd(d *doc, i int) bool {
	return i < len(d.toks) && (d.folds[i] == "and" || d.folds[i] == "or")
}

// setHomeRegions records the states or regions a dateline places the
// story in ("PORTLAND, Maine (AP) -"): the towns it names later are
// likely there ("arrested in Auburn" is Auburn, Maine).
func (l *Linker) setHomeRegions(d *doc, region *mention) {
	d.homeRegions = d.homeRegions[:0]
	for _, c := range region.cands {
		if c.division && !c.demonym && !c.nation {
			d.homeRegions = append(d.homeRegions, l.kbx.Name(c.idx))
		}
	}
}

// backNamesakes marks the candidates of m that are persons with a
// qualified title, and whether the text backs them: an office written
// around the name ("Rep. Tom Davis", "Tom Davis (R-Va.)") or the
// person's state named anywhere in the text, and for a sportsperson a
// text about sport. A store manager called Tom Davis is not the former
// congressman.
func (l *Linker) backNamesakes(d *doc, m *mention, ms []*mention) {
	for i := range m.cands {
		c := &m.cands[i]
		if c.typ != Person || !l.kbx.Qualified(c.idx) {
			continue
		}
		c.namesake = true
		kind := l.kbx.Kind(c.idx)
		switch {
		case kindAround(d, m.start, m.end, kind):
			c.backed = true
		case sportsKinds[kind]:
			c.backed = d.aboutSports()
		default:
			c.backed = officeAround(d, m.start, m.end) || l.regionNamed(ms, l.region(c.idx))
		}
	}
}

// sportsKinds are the kinds of sportspeople, whom a text about sport
// backs ("Jason Williams" the point guard in a game report).
var sportsKinds = map[string]bool{
	"athlete": true, "coach": true, "footballer": true, "cricketer": true, "tennis player": true,
	"golfer": true, "racing driver": true, "rugby player": true, "cyclist": true, "boxer": true,
	"swimmer": true, "basketball player": true, "baseball player": true, "american football player": true,
	"ice hockey player": true, "football manager": true,
}

// kindAround reports whether the words of kind (a person's occupation,
// "actor") stand right before the name from token start to end ("actor
// Chris Evans") or follow it after a comma ("Chris Evans, the actor").
func kindAround(d *doc, start, end int, kind string) bool {
	if kind == "" {
		return false
	}
	words := strings.Fields(kind)
	n := len(words)
	if start >= n && foldsAre(d, start-n, words) {
		return true
	}
	i := end
	if i >= len(d.toks) || d.toks[i].Text != "," {
		return false
	}
	i++
	if i < len(d.toks) && (d.folds[i] == "a" || d.folds[i] == "an" || d.folds[i] == "the") {
		i++
	}
	// "Chris Evans, the actor's brother" describes someone else.
	return i+n <= len(d.toks) && foldsAre(d, i, words) && !(i+n < len(d.toks) && possessive(d, i+n))
}

// foldsAre reports whether the tokens from i fold to words.
func foldsAre(d *doc, i int, words []string) bool {
	for k, w := range words {
		if d.folds[i+k] != w {
			return false
		}
	}
	return true
}

// officeAround reports whether the name from token start to end has a
// political office before it ("Rep.", "Sen.", "congressman") or a party
// and state after it ("(R-Va.)", "(D-N.Y.)").
func officeAround(d *doc, start, end int) bool {
	if start > 0 && officeWords[d.folds[start-1]] {
		return true
	}
	return end+2 < len(d.toks) && d.toks[end].Text == "(" &&
		partyLetter(d.toks[end+1].Text) && d.toks[end+2].Kind == token.Hyphen
}

func partyLetter(s string) bool { return s == "R" || s == "D" || s == "I" }

// officeWords are offices written right before a politician's name.
var officeWords = map[string]bool{
	"rep": true, "sen": true, "gov": true, "congressman": true, "congresswoman": true,
	"senator": true, "representative": true, "lawmaker": true, "governor": true, "speaker": true,
	"secretary": true, "mayor": true, "delegate": true, "ambassador": true,
}

// regionNamed reports whether some mention of ms may name the state or
// region r (folded), in full or abbreviated ("Virginia", "Va.").
func (l *Linker) regionNamed(ms []*mention, r string) bool {
	if r == "" {
		return false
	}
	for _, m := range ms {
		for _, c := range m.cands {
			if c.division && !c.demonym && l.divisionName(c.idx) == r {
				return true
			}
		}
	}
	return false
}

// addressOf reports whether m is followed by ", " and a name that may be
// a state, region or country ("Buckhannon, W.Va."), not just any
// capitalized word ("Jones, P." in a list of authors).
func addressOf(d *doc, m, next *mention) bool {
	if next == nil || next.start != m.end+1 || d.toks[m.end].Text != "," {
		return false
	}
	for _, c := range next.cands {
		if c.division && !c.demonym {
			return true
		}
	}
	return false
}

// pairRegion marks, when m is followed by ", " and mention next, the
// candidates of m that lie in a state or region next may name, and those
// region candidates: "Portland, Maine" is the Portland in Maine, "London,
// Ontario" the London in Ontario, "Springfield, Ill." the one in
// Illinois.
func (l *Linker) pairRegion(d *doc, m, next *mention) {
	if next.start != m.end+1 || d.toks[m.end].Text != "," {
		return
	}
	for j := range next.cands {
		n := &next.cands[j]
		if !n.division || n.demonym {
			continue
		}
		name := l.divisionName(n.idx)
		for i := range m.cands {
			c := &m.cands[i]
			// "Melbourne, Australia" pairs the city with its country as
			// "Melbourne, Florida" with its state, and "Victoria,
			// Australia" the state with its country; "Athens, Georgia"
			// does not pair Athens with the country Georgia, whose name
			// is a state's too.
			if c.typ == Place && !c.nation && (n.nation && c.country == n.country || !n.nation && !c.division && l.region(c.idx) == name) {
				c.paired, n.paired, m.inRegion = true, true, true
			}
		}
	}
}

// divisionName returns the name of state or region i folded as region
// names are (see region).
func (l *Linker) divisionName(i int32) string {
	l.divMu.RLock()
	r, ok := l.divisions[i]
	l.divMu.RUnlock()
	if ok {
		return r
	}
	r = foldWords(l.kbx.Name(i))
	l.divMu.Lock()
	if l.divisions == nil {
		l.divisions = make(map[int32]string)
	}
	l.divisions[i] = r
	l.divMu.Unlock()
	return r
}

// topDivisions returns the folded names of the divisions (states,
// countries) whose most popular candidate a mention of ms is, when the
// mention writes a name other than the division's own: "Mandan and
// Morton County, N.D." locates Mandan as "Mandan, North Dakota" would.
// It appends them to out.
func (l *Linker) topDivisions(d *doc, ms []*mention, out []string) []string {
	for _, m := range ms {
		if len(m.cands) == 0 || !m.cands[0].division || m.cands[0].demonym {
			continue
		}
		name := l.divisionName(m.cands[0].idx)
		if !slices.Contains(out, name) && !d.spells(m, name) {
			out = append(out, name)
		}
	}
	return out
}

// spells reports whether m's folded text is name.
func (d *doc) spells(m *mention, name string) bool {
	if m.end-m.start == 1 {
		return d.folds[m.start] == name
	}
	var buf [64]byte
	return string(d.appendFoldSpan(buf[:0], m.start, m.end)) == name
}

// named reports whether some mention of ms has the folded text name.
func (d *doc) named(ms []*mention, name string) bool {
	if d.names.slots == nil {
		d.names = mentionNames(d, ms)
	}
	return d.names.has(name)
}

// mentionNames returns the set of the folded texts of ms. The texts of
// several words are written into one buffer, which becomes one string.
func mentionNames(d *doc, ms []*mention) strSet {
	names := make([]string, len(ms))
	var buf []byte
	var ends []int
	for i, m := range ms {
		if m.end-m.start == 1 {
			names[i] = d.folds[m.start]
			continue
		}
		buf = d.appendFoldSpan(buf, m.start, m.end)
		ends = append(ends, len(buf))
	}
	all, start, k := string(buf), 0, 0
	set := newStrSet(names, len(ms), d.scr.nameSlots)
	d.scr.nameSlots = set.slots
	for i, m := range ms {
		if m.end-m.start != 1 {
			names[i], start = all[start:ends[k]], ends[k]
			k++
		}
		set.add(i)
	}
	return set
}

// region returns the folded region name of entry i ("west virginia"),
// cached per Linker as reading it decodes the whole record.
func (l *Linker) region(i int32) string {
	n := l.kbx.RegionIndex(i)
	if r := l.regions[n].Load(); r != nil {
		return *r
	}
	r := foldWords(l.kbx.RegionName(n))
	l.regions[n].Store(&r)
	return r
}

// placeLike reports whether m is tagged a location or its best-known
// candidate is a place.
func placeLike(m *mention) bool {
	if m.tag == tagger.LOC {
		return true
	}
	return len(m.cands) > 0 && m.cands[0].typ == Place && !m.cands[0].demonym
}

// townLike reports whether m may be the town of an address ("Sioux
// Falls," before "S.D."): place-like, and not best known as a country
// or state, as in the list "Iraq, Washington" or "Ohio, New York".
func townLike(m *mention) bool {
	return placeLike(m) && (len(m.cands) == 0 || !m.cands[0].division)
}

// appendFoldSpan appends the folded words of tokens [start, end)
// joined by spaces, the form region names are compared in.
func (d *doc) appendFoldSpan(b []byte, start, end int) []byte {
	n := len(b)
	for i := start; i < end; i++ {
		if d.toks[i].Kind != token.Word {
			continue
		}
		if len(b) > n {
			b = append(b, ' ')
		}
		b = append(b, d.folds[i]...)
	}
	return b
}

// foldWords folds a name to its words joined by spaces ("West Virginia"
// gives "west virginia").
func foldWords(s string) string {
	var b strings.Builder
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Word {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(token.Fold(t.Text))
	}
	return b.String()
}

// cueBefore returns the type the word before token i asks for ("the city
// of Mobile", "President Jordan", "the firm Apple"), "" when none.
func cueBefore(d *doc, i int) Type {
	j := i - 1
	of := j >= 0 && d.toks[j].Text == "of"
	if of {
		j--
	}
	if j < 0 || d.toks[j].Kind != token.Word {
		return ""
	}
	if placePreps[d.folds[j]] && j > 0 && placeVerbs[d.folds[j-1]] {
		return Place // "born in Mobile", "based near Reading"
	}
	t := cueWords[d.folds[j]]
	switch {
	case !of || t != Person:
		return t // "the city of Mobile"
	case localOffices[d.folds[j]]:
		return Place // "the mayor of Liverpool"
	}
	return "" // "president of Mozilla Europe" names no person
}

// localOffices are the offices whose "of" names a place.
var localOffices = map[string]bool{"mayor": true, "governor": true, "gov": true, "premier": true}

// divisionCue reports whether the words around the name from token start
// to end say it names a state or region rather than a city of the same
// name: a regional adjective before it ("upstate New York", "eastern
// Washington"), "state", "region" or a state office after it ("New York
// state", "the Donetsk region", "New York Gov. Kathy Hochul", "the
// Washington legislature").
func divisionCue(d *doc, start, end int) bool {
	if start > 0 && d.toks[start-1].Kind == token.Word && regionWords[d.toks[start-1].Text] {
		return true
	}
	if end < len(d.toks) && divisionNouns[d.toks[end].Text] {
		return true
	}
	return stateCue(d, start, end)
}

// namedDivision reports whether m's own last word says it names a
// region ("Herat Province", "Idlib Governorate") and one of its
// candidates is one.
func namedDivision(d *doc, m *mention) bool {
	if m.end-m.start < 2 || !divisionNouns[d.folds[m.end-1]] {
		return false
	}
	for _, c := range m.cands {
		if c.division && !c.nation {
			return true
		}
	}
	return false
}

// excludeNonDivisions rules out m's candidates other than regions: the
// city a province is named after is not the province.
func excludeNonDivisions(m *mention) {
	for i := range m.cands {
		if c := &m.cands[i]; !c.division || c.nation {
			c.excluded = true
		}
	}
}

// divisionNouns, in lower case right after a name, make it a region's
// ("the Donetsk region", "Idlib province", "Ishikawa prefecture").
var divisionNouns = map[string]bool{
	"region": true, "regions": true, "province": true, "provinces": true, "oblast": true,
	"prefecture": true, "governorate": true,
}

// stateCue reports whether the words around the name from token start to
// end say it names a country's state, not the country or a city: a state
// office of it ("Sen. Doug Collins of Georgia", "Georgia Gov."), a
// legislator's party before it ("R-Georgia") or "state" after it.
func stateCue(d *doc, start, end int) bool {
	if officeOf(d, start) || start >= 2 && partyPrefix(d, start-2, end) {
		return true
	}
	if end >= len(d.toks) || d.toks[end].Kind != token.Word {
		return false
	}
	next := d.toks[end].Text
	return next == "state" || stateOffices[d.folds[end]]
}

// officeOf reports whether the name at token i follows a legislator's or
// governor's title, name and "of" ("Sen. Charles Schumer of New York",
// "Gov. Andrew Cuomo of New York"): a state, not its city.
func officeOf(d *doc, i int) bool {
	j := i - 1
	if j < 2 || d.toks[j].Text != "of" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if stateTitles[d.folds[k]] {
			return k < j-1
		}
		if !capitalized(d.toks[k].Text) && d.toks[k].Text != "." {
			return false
		}
	}
	return false
}

// stateTitles are the offices held for a state: the name after their
// holder's and "of" is the state's.
var stateTitles = map[string]bool{
	"sen": true, "senator": true, "rep": true, "representative": true, "congressman": true,
	"congresswoman": true, "gov": true, "governor": true,
}

// regionWords, written in lower case right before a name, place it in a
// part of a state or country.
var regionWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"upstate": true, "downstate": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "rural": true,
}

// stateOffices, right after a name, make it a state's: its governor or
// premier, legislature or members of Congress ("New York Sen. Chuck
// Schumer", "Ontario Premier Doug Ford").
var stateOffices = map[string]bool{
	"gov": true, "governor": true, "governors": true, "legislature": true, "legislators": true,
	"statehouse": true, "sen": true, "senator": true, "senators": true, "rep": true, "congressman": true,
	"congresswoman": true, "lawmakers": true, "premier": true, "premiers": true,
}

// placePreps and placeVerbs make the cue "born in", "based near": a
// participle of birth, death or residence and a preposition of place.
var (
	placePreps = map[string]bool{"in": true, "near": true, "outside": true}
	placeVerbs = map[string]bool{"born": true, "based": true, "located": true, "headquartered": true,
		"raised": true, "died": true, "lives": true, "lived": true, "living": true, "situated": true}
)

// cueWords are words that, right before a name, say what it names.
var cueWords = map[string]Type{
	"city": Place, "town": Place, "village": Place, "capital": Place, "province": Place,
	"county": Place, "region": Place, "district": Place, "port": Place,
	"president": Person, "minister": Person, "senator": Person, "sen": Person, "rep": Person,
	"gov": Person, "governor": Person, "secretary": Person, "chancellor": Person, "premier": Person, "mayor": Person,
	"mr": Person, "mrs": Person, "ms": Person, "dr": Person, "gen": Person, "coach": Person,
	"spokesman": Person, "spokeswoman": Person, "actor": Person, "actress": Person, "singer": Person,
	"company": Organization, "firm": Organization, "group": Organization, "party": Organization,
	"agency": Organization, "club": Organization, "team": Organization, "newspaper": Organization,
	"network": Organization, "bank": Organization, "militia": Organization, "magazine": Organization,
	"journal": Misc, "film": Misc, "movie": Misc, "album": Misc, "novel": Misc, "series": Misc,
}
