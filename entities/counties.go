package entities

import "github.com/newslens/newslens/entities/internal/kb"

// countyLists links the names of a list of places that ends in
// "counties" ("Los Angeles, Orange and Riverside counties") to the
// counties of those names. The plural belongs to every name of the list,
// but the tagger and the alias matcher see each name alone and read
// "Orange" as the city. A list names neighbours, so its counties are
// taken in one state (see listState). The last name may hold the plural
// itself ("Riverside Counties", as title case has it); that mention keeps
// its span.
func (l *Linker) countyLists(d *doc, ms []*mention) {
	for i, m := range ms {
		nameEnd := countiesEnd(d, m)
		if nameEnd < 0 {
			continue
		}
		first := i
		for first > 0 && i-first < maxCountyList && listItem(ms[first-1]) && listGap(d, ms[first-1].end, ms[first].start) {
			first--
		}
		if first == i {
			continue
		}
		found := make([]map[string]int32, 0, i+1-first)
		for _, c := range ms[first:i] {
			found = append(found, l.countiesNamed(d, c.start, c.end))
		}
		found = append(found, l.countiesNamed(d, m.start, nameEnd))
		state := l.listState(found, l.commonRegion(ms[first:i+1]))
		for k, c := range ms[first : i+1] {
			if idx, ok := found[k][state]; ok {
				c.cands = append(c.cands, l.candidate(kb.Match{Candidate: kb.Candidate{Entity: idx}}))
				c.best = len(c.cands) - 1
				c.ent, c.typ = d.entity(l.kbx, idx), Place
			}
		}
	}
}

// maxCountyList bounds how far back a list of counties is read: lists
// in news name a few neighbours, and a text of comma-joined "X Counties"
// must not cost time quadratic in its length.
const maxCountyList = 16

// countiesEnd returns where the name of mention m ends when "counties"
// follows it or ends it, -1 otherwise.
func countiesEnd(d *doc, m *mention) int {
	switch {
	case listItem(m) && m.end < len(d.toks) && d.folds[m.end] == "counties":
		return m.end
	case m.end-m.start >= 2 && d.folds[m.end-1] == "counties":
		return m.end - 1
	}
	return -1
}

// listItem reports whether m can be a name of such a list: a place, or a
// name left unlinked ("Kern" the tagger took for an organization).
func listItem(m *mention) bool { return m.typ == Place || m.ent == nil }

// listGap reports whether tokens [end, start) join two items of a list:
// a comma, "and" or "or", or a comma and one of them.
func listGap(d *doc, end, start int) bool {
	switch start - end {
	case 1:
		f := d.folds[end]
		return d.toks[end].Text == "," || f == "and" || f == "or"
	case 2:
		f := d.folds[end+1]
		return d.toks[end].Text == "," && (f == "and" || f == "or")
	}
	return false
}

// countiesNamed returns the counties that tokens [start, end) and
// "County" name, by state.
func (l *Linker) countiesNamed(d *doc, start, end int) map[string]int32 {
	var out map[string]int32
	name := d.text[d.toks[start].Start:d.toks[end-1].End]
	for _, c := range l.kbx.Lookup(name + " County") {
		if i := c.Entity; l.kbx.Kind(i) == "county" {
			if out == nil {
				out = map[string]int32{}
			}
			out[l.kbx.Region(i)] = i
		}
	}
	return out
}

// listState chooses the state of a list's counties, found per name: the
// state the names were linked in when it has a county of every name,
// else the state with the most names, then the most popular counties.
func (l *Linker) listState(found []map[string]int32, linked string) string {
	names := map[string]int{}
	weight := map[string]int{}
	for _, f := range found {
		for st, i := range f {
			names[st]++
			weight[st] += int(l.kbx.Prior(i))
		}
	}
	if names[linked] == len(found) {
		return linked
	}
	best := ""
	for st := range names {
		if best == "" || names[st] > names[best] || (names[st] == names[best] && (weight[st] > weight[best] || weight[st] == weight[best] && st < best)) {
			best = st
		}
	}
	return best
}

// commonRegion returns the region (state) most of ms are linked in, ""
// when none is.
func (l *Linker) commonRegion(ms []*mention) string {
	count := map[string]int{}
	best := ""
	for _, m := range ms {
		if m.best < 0 || m.ent == nil {
			continue
		}
		r := l.kbx.Region(m.cands[m.best].idx)
		if r == "" {
			continue
		}
		count[r]++
		if count[r] > count[best] {
			best = r
		}
	}
	return best
}
