package kb

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// TextColumns names the tab-separated columns of the text format.
var TextColumns = [...]string{"id", "wikipedia", "name", "type", "kind", "country", "region", "prior", "description", "aliases"}

// Alias prefixes of the text format.
const (
	demonymPrefix   = '@'
	partialPrefix   = '^'
	titleOnlyPrefix = '?'
	sportsPrefix    = '%'
)

// LineError is a text-format error on one line (1-based).
type LineError struct {
	Line int
	Msg  string
}

// Error returns "line N: message".
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// maxLine bounds one line of the text format.
const maxLine = 1 << 20

// ParseText reads records in the text format: one entity per line, tab-
// separated columns as in TextColumns (trailing empty columns may be left
// out, the first four are required), '#' comment lines and blank lines
// ignored. It stops at the first malformed line with a *LineError.
func ParseText(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var recs []Record
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		rec, msg := parseLine(s)
		if msg != "" {
			return nil, &LineError{Line: line, Msg: msg}
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, &LineError{Line: line + 1, Msg: err.Error()}
	}
	return recs, nil
}

// parseLine parses one entity line, returning a message when malformed.
func parseLine(s string) (Record, string) {
	if !utf8.ValidString(s) {
		return Record{}, "invalid UTF-8"
	}
	if i := strings.IndexFunc(s, isControl); i >= 0 {
		return Record{}, fmt.Sprintf("control character %q at byte %d", s[i], i+1)
	}
	f := strings.Split(s, "\t")
	if len(f) < 4 {
		return Record{}, fmt.Sprintf("%d columns, want at least 4 (id, wikipedia, name, type)", len(f))
	}
	if len(f) > len(TextColumns) {
		return Record{}, fmt.Sprintf("%d columns, want at most %d", len(f), len(TextColumns))
	}
	f = append(f, make([]string, len(TextColumns)-len(f))...)
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	r := Record{QID: f[0], Title: f[1], Name: strings.TrimSpace(f[2]), Kind: f[4], Country: f[5], Region: f[6], Description: f[8]}
	if r.QID != "" && !ValidQID(r.QID) {
		return r, fmt.Sprintf("id %q is not a Wikidata ID like Q42", r.QID)
	}
	if strings.ContainsRune(r.Title, ' ') {
		return r, fmt.Sprintf("wikipedia title %q has a space; use underscores", r.Title)
	}
	if _, ok := KeyOf(r.Name); !ok {
		return r, fmt.Sprintf("name %q has no words", f[2])
	}
	t, ok := ParseType(f[3])
	if !ok {
		return r, fmt.Sprintf("type %q is not one of Person, Organization, Place, Group, Misc", f[3])
	}
	r.Type = t
	if r.Country != "" && !isCountryCode(r.Country) {
		return r, fmt.Sprintf("country %q is not an ISO 3166-1 alpha-2 code", r.Country)
	}
	if f[7] != "" {
		p, err := strconv.ParseUint(f[7], 10, 8)
		if err != nil {
			return r, fmt.Sprintf("prior %q is not an integer 0..255", f[7])
		}
		r.Prior = uint8(p)
	}
	if f[9] != "" {
		for a := range strings.SplitSeq(f[9], "|") {
			al := parseAlias(a)
			if _, ok := KeyOf(al.Text); !ok {
				return r, fmt.Sprintf("alias %q has no words", a)
			}
			r.Aliases = append(r.Aliases, al)
		}
	}
	return r, ""
}

// parseAlias reads one alias of the text format: its flag characters,
// then its text.
func parseAlias(a string) Alias {
	var al Alias
	// Spaces before the flags go too: the written form of an alias
	// starts with its flags, so " %x" must read as "%x" does. A space
	// after a flag ends the flags: "? %" is a title-only "%".
	a = strings.TrimSpace(a)
	for len(a) > 0 {
		switch a[0] {
		case demonymPrefix:
			al.Flags |= Demonym
		case partialPrefix:
			al.Flags |= Partial
		case titleOnlyPrefix:
			al.Flags |= TitleOnly
		case sportsPrefix:
			al.Flags |= Sports
		default:
			al.Text = strings.TrimSpace(a)
			return al
		}
		a = a[1:]
	}
	return al
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// WriteText writes k in the text format, one line per entity in index
// order. Aliases are written from their keys (folded, with the case the
// rules need), so reading the output back gives the same knowledge base.
func WriteText(w io.Writer, k *KB) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n", strings.Join(TextColumns[:], "\t"))
	for _, r := range k.Records() {
		bw.WriteString(FormatRecord(&r))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// FormatRecord renders r as one line of the text format (no newline).
func FormatRecord(r *Record) string {
	prior := ""
	if r.Prior != 0 {
		prior = strconv.Itoa(int(r.Prior))
	}
	aliases := make([]string, len(r.Aliases))
	for i, a := range r.Aliases {
		aliases[i] = formatAlias(a.Flags, a.Text)
	}
	cols := []string{r.QID, r.Title, r.Name, r.Type.String(), r.Kind,
		r.Country, r.Region, prior, r.Description, strings.Join(aliases, "|")}
	for len(cols) > 4 && cols[len(cols)-1] == "" {
		cols = cols[:len(cols)-1]
	}
	return strings.Join(cols, "\t")
}

// Records returns every entity of k as a record, in index order; Build of
// the result gives an equivalent knowledge base.
func (k *KB) Records() []Record {
	aliases := k.aliasTexts()
	out := make([]Record, k.Len())
	for i := range int32(k.Len()) {
		r := &out[i]
		desc, _ := k.descs.of(i)
		*r = Record{QID: k.QID(i), Title: k.Title(i), Name: k.Name(i), Type: k.Type(i), Kind: k.Kind(i),
			Country: k.Country(i), Region: k.regions[k.regionOf[i]], Description: desc, Prior: k.prior[i]}
		for _, a := range aliases[i] {
			r.Aliases = append(r.Aliases, parseAlias(a))
		}
	}
	return out
}

// aliasTexts renders each entity's alias entries other than its name.
func (k *KB) aliasTexts() [][]string {
	out := make([][]string, k.Len())
	nameKeys := make([]string, k.Len())
	for i := range int32(k.Len()) {
		if key, ok := KeyOf(k.Name(i)); ok {
			nameKeys[i] = key.Text
		}
	}
	k.Aliases(func(ki int32, c Candidate) {
		key := k.key(ki)
		if key == nameKeys[c.Entity] {
			if c.Flags&^Upper&^implicitFlags(k.Type(c.Entity), k.Kind(c.Entity)) != 0 {
				out[c.Entity] = append(out[c.Entity], formatAlias(c.Flags, k.Name(c.Entity)))
			}
			return
		}
		out[c.Entity] = append(out[c.Entity], formatAlias(c.Flags, AliasText(key, c.Caps, c.Flags&Upper != 0)))
	})
	return out
}

// formatAlias writes an alias as parseAlias reads it. A text that starts
// with a flag character ("%", "@a") is set off from the flags by a space,
// which ends them, so "? %" does not read back as two flags and no text.
func formatAlias(f AliasFlags, text string) string {
	p := aliasPrefix(f)
	if p != "" && text != "" && isFlagChar(text[0]) {
		return p + " " + text
	}
	return p + text
}

func isFlagChar(c byte) bool {
	return c == demonymPrefix || c == partialPrefix || c == titleOnlyPrefix || c == sportsPrefix
}

func aliasPrefix(f AliasFlags) string {
	var p string
	if f&Demonym != 0 {
		p += string(demonymPrefix)
	}
	if f&Partial != 0 {
		p += string(partialPrefix)
	}
	if f&TitleOnly != 0 {
		p += string(titleOnlyPrefix)
	}
	if f&Sports != 0 {
		p += string(sportsPrefix)
	}
	return p
}

// isControl reports a control character other than the tab separator.
func isControl(r rune) bool { return r != '\t' && (r < 0x20 || r == 0x7F) }
