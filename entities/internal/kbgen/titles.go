package main

import (
	"bufio"
	"cmp"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/newslens/newslens/entities/internal/kb"
)

// loadPopular reads the popular-titles list (lower-cased titles).
func (b *builder) loadPopular(src string) ([]string, error) {
	f, err := os.Open(filepath.Join(src, "compromise-wikipedia", "titles.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			continue
		}
		out = append(out, t)
		if k, ok := kb.KeyOf(t); ok {
			b.popular[k.Text] = true
		}
	}
	return out, sc.Err()
}

// titles boosts entities whose name is a popular title and adds the other
// titles as title-only entities: a name the tagger finds that equals one
// links to it.
func (b *builder) titles(src string) error {
	list, err := b.loadPopular(src)
	if err != nil {
		return err
	}
	// A popular title names the entity whose article it is, else the
	// most popular entity of that name: "Venice" is the city's article,
	// not the region's of the same name, and "Democratic Republic of the
	// Congo" the article of the country named "DR Congo".
	titled, best := map[string]*ent{}, map[string]*ent{}
	for _, e := range b.ents {
		if e.Title != "" {
			k, _ := kb.KeyOf(strings.ReplaceAll(e.Title, "_", " "))
			if o := titled[k.Text]; o == nil || e.score > o.score {
				titled[k.Text] = e
			}
		}
		if townOnly(e) {
			// A town of a few thousand people is not what a popular
			// title names ("Ganges" is the river, "Christmas" the
			// feast): the title gets its own entity.
			continue
		}
		k, _ := kb.KeyOf(e.Name)
		if o := best[k.Text]; o == nil || e.score > o.score {
			best[k.Text] = e
		}
	}
	for _, t := range list {
		k, ok := kb.KeyOf(t)
		if !ok {
			continue
		}
		if e := cmp.Or(titled[k.Text], best[k.Text]); e != nil {
			e.score += 15
			continue
		}
		if len([]rune(t)) < 3 || !hasLetter(t) {
			continue
		}
		name := titleCase(t)
		title := strings.ReplaceAll(name, " ", "_")
		if b.byTitle[title] != nil {
			continue
		}
		r := kb.Record{Name: name, Title: title, Type: kb.Misc}
		if rest, ok := strings.CutPrefix(name, "The "); ok && strings.Count(rest, " ") > 0 {
			// "The Home Depot" is mostly written "Home Depot".
			r.Aliases = append(r.Aliases, kb.Alias{Text: rest})
		}
		university(&r)
		best[k.Text] = b.add(r, srcTitle, 50, false)
	}
	return nil
}

// townPop is the population below which a place known only from the
// city list is taken for a town no popular title names.
const townPop = 50000

// townOnly reports whether e is a town, fewer than townPop people, that
// a popular title equal to its name does not name: one known only from
// the city list (no Wikidata ID, no title), or one whose own title needs
// its state ("Cypress,_California": the bare "Cypress" is the tree).
func townOnly(e *ent) bool {
	if e.Type != kb.Place || e.pop >= townPop {
		return false
	}
	if e.src == srcGeoNames && e.QID == "" && e.Title == "" {
		return true
	}
	return e.pop > 0 && strings.Contains(e.Title, ",_")
}

// university types a popular title that names a university by its form
// ("University of Georgia", "Georgia State University") and gives a US
// state university the short name news and sports pages use ("Georgia
// State").
func university(r *kb.Record) {
	name := r.Name
	if !strings.HasPrefix(name, "University of ") && !strings.HasSuffix(name, " University") {
		return
	}
	r.Type, r.Kind = kb.Organization, "university"
	if st, ok := strings.CutSuffix(name, " State University"); ok && usStateNames[st] {
		r.Country = "US"
		r.Aliases = append(r.Aliases, kb.Alias{Text: st + " State"})
	}
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// minorWords stay lower case inside a title.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "in": true, "on": true, "at": true,
	"for": true, "to": true, "by": true, "de": true, "la": true, "du": true, "von": true, "van": true,
	"or": true, "with": true, "from": true, "del": true, "der": true, "y": true, "e": true,
}

// titleCase restores the usual capitalization of a lower-cased title:
// every word capitalized except minor words after the first.
func titleCase(t string) string {
	words := strings.Split(t, " ")
	for i, w := range words {
		if w == "" || (i > 0 && minorWords[w]) {
			continue
		}
		if romanNumerals[w] {
			words[i] = strings.ToUpper(w)
			continue
		}
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

var romanNumerals = map[string]bool{
	"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true,
	"xi": true, "xii": true, "xiii": true, "xiv": true, "xv": true, "xvi": true,
}
