package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/newslens/newslens/entities/internal/kb"
)

// yperson is the part of a congress-legislators YAML entry we use.
type yperson struct {
	fields map[string]string // "id.wikidata", "name.last", ...
	terms  []map[string]string
}

// readPeopleYAML parses the regular layout of the congress-legislators
// files: a list of entries with two-space indented mappings and a list
// of terms. It is not a general YAML parser.
func readPeopleYAML(path string) ([]yperson, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []yperson
	var cur *yperson
	section := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "- "):
			out = append(out, yperson{fields: map[string]string{}})
			cur = &out[len(out)-1]
			section = strings.TrimSuffix(strings.TrimSpace(line[2:]), ":")
		case cur == nil:
		case strings.HasPrefix(line, "  - ") && section == "terms":
			cur.terms = append(cur.terms, map[string]string{})
			setField(cur.terms[len(cur.terms)-1], "", line[4:])
		case strings.HasPrefix(line, "  - "):
			// Items of other lists (leadership roles) are not used.
		case strings.HasPrefix(line, "    ") && section == "terms" && len(cur.terms) > 0:
			setField(cur.terms[len(cur.terms)-1], "", line[4:])
		case strings.HasPrefix(line, "    "):
			setField(cur.fields, section+".", line[4:])
		case strings.HasPrefix(line, "  "):
			section = strings.TrimSuffix(strings.TrimSpace(line), ":")
		}
	}
	return out, sc.Err()
}

func setField(m map[string]string, prefix, s string) {
	k, v, ok := strings.Cut(s, ":")
	if !ok || strings.HasPrefix(k, " ") {
		return
	}
	v = strings.TrimSpace(v)
	v = strings.Trim(v, "'\"")
	m[prefix+k] = v
}

func (b *builder) congress(src string) error {
	for _, file := range []string{"legislators-current.yaml", "executive.yaml"} {
		people, err := readPeopleYAML(filepath.Join(src, "congress-legislators", file))
		if err != nil {
			return err
		}
		for _, p := range people {
			if r, score, ok := b.personRecord(p); ok {
				if e := b.handOffice(&r); e != nil {
					b.merge(e, &r, score)
					continue
				}
				b.add(r, srcPerson, score, false)
			}
		}
	}
	return nil
}

// handOffice returns the hand-kept entry of the same name and kind
// (president, vice president) that r joins: most former presidents come
// without IDs, which the hand-kept table gives. Other people of the same
// name (John Kennedy, the senator) are not joined.
func (b *builder) handOffice(r *kb.Record) *ent {
	if r.QID != "" || r.Title != "" {
		return nil
	}
	for _, e := range b.byName[nameKey(r.Name, r.Country, r.Type, r.Kind)] {
		if e.src == srcHand && e.Kind == r.Kind {
			return e
		}
	}
	return nil
}

// personRecord turns a legislator or executive entry into a record.
func (b *builder) personRecord(p yperson) (kb.Record, float64, bool) {
	f := p.fields
	first, last := f["name.first"], f["name.last"]
	if first == "" || last == "" || len(p.terms) == 0 {
		return kb.Record{}, 0, false
	}
	t := p.terms[len(p.terms)-1]
	r := kb.Record{QID: f["id.wikidata"], Title: strings.ReplaceAll(f["id.wikipedia"], " ", "_"), Type: kb.Person, Country: "US"}
	full := first + " " + last
	if s := f["name.suffix"]; s != "" {
		full += " " + s
	}
	r.Name = f["name.official_full"]
	if r.Name == "" {
		r.Name = full
	}
	names := []string{full, first + " " + last}
	if nick := f["name.nickname"]; nick != "" {
		names = append(names, nick+" "+last)
	}
	if mid := f["name.middle"]; mid != "" {
		names = append(names, first+" "+mid+" "+last)
	}
	for _, n := range names {
		r.Aliases = append(r.Aliases, kb.Alias{Text: n})
	}
	r.Aliases = append(r.Aliases, kb.Alias{Text: last, Flags: kb.Partial})
	score := 140.0
	switch t["type"] {
	case "sen":
		r.Kind, r.Region, score = "legislator", kb.USStates[t["state"]], 160
	case "rep":
		r.Kind, r.Region = "legislator", kb.USStates[t["state"]]
	case "prez":
		r.Kind, score = "president", 200
	case "viceprez":
		r.Kind, score = "vice president", 170
	}
	if r.Title == "" {
		r.Title = b.popularTitle(names)
	}
	return r, score, true
}

// popularTitle returns the first name that is a popular Wikipedia title,
// as a title, or "".
func (b *builder) popularTitle(names []string) string {
	for _, n := range names {
		k, ok := kb.KeyOf(n)
		if ok && b.popular[k.Text] {
			return strings.ReplaceAll(n, " ", "_")
		}
	}
	return ""
}
