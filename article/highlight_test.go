package article

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/newslens/newslens/entities"
)

var update = flag.Bool("update", false, "rewrite golden files")

// articleFromHTML builds an article from an HTML fragment with the given
// mentions instead of a linker's.
func articleFromHTML(t testing.TB, in string, ms []entities.Mention) *Article {
	t.Helper()
	a := &Article{}
	require.NoError(t, finish(a, in, newConfig([]Option{WithLinker(nil)})))
	a.Mentions = ms
	return a
}

// mentionsOf returns a mention for the first occurrence in text of each
// name, typed and linked as given ("Type:name" or "Type:name=QID").
func mentionsOf(t testing.TB, text string, specs ...string) []entities.Mention {
	t.Helper()
	var out []entities.Mention
	from := 0
	for _, s := range specs {
		typ, rest, _ := strings.Cut(s, ":")
		name, ref, _ := strings.Cut(rest, "=")
		i := strings.Index(text[from:], name)
		require.GreaterOrEqual(t, i, 0, "%q not in %q", name, text)
		m := entities.Mention{Start: from + i, End: from + i + len(name), Text: name, Type: entities.Type(typ), Score: 1}
		if ref != "" {
			e := &entities.Entity{Name: name, Type: m.Type}
			if strings.HasPrefix(ref, "Q") {
				e.ID = ref
			} else {
				e.Wikipedia = ref
			}
			m.Entity = e
		}
		out = append(out, m)
		from = m.End
	}
	return out
}

func TestHighlighted(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		specs    []string
		want     string
	}{
		{
			name:  "plain",
			in:    `<p>Mike Pompeo met Barham Salih.</p>`,
			specs: []string{"Person:Mike Pompeo=Mike_Pompeo", "Person:Barham Salih"},
			want:  `<p><mark class="nl-entity nl-person" data-type="Person" data-entity="Mike_Pompeo" data-mention="0">Mike Pompeo</mark> met <mark class="nl-entity nl-person" data-type="Person" data-mention="1">Barham Salih</mark>.</p>`,
		},
		{
			name:  "split across bold",
			in:    `<p>strikes on <b>Kataib</b> Hezbollah in Iraq</p>`,
			specs: []string{"Organization:Kataib Hezbollah=Kata'ib_Hezbollah", "Place:Iraq=Q796"},
			want:  `<p>strikes on <b><mark class="nl-entity nl-organization" data-type="Organization" data-entity="Kata&#39;ib_Hezbollah" data-mention="0">Kataib</mark></b><mark class="nl-entity nl-organization" data-type="Organization" data-entity="Kata&#39;ib_Hezbollah" data-mention="0"> Hezbollah</mark> in <mark class="nl-entity nl-place" data-type="Place" data-entity="Q796" data-mention="1">Iraq</mark></p>`,
		},
		{
			name:  "link inside a name",
			in:    `<p>Prime Minister <a href="https://x.example/m">Mustafa</a> al-Kadhimi said</p>`,
			specs: []string{"Person:Mustafa al-Kadhimi"},
			want:  `<p>Prime Minister <a href="https://x.example/m" rel="nofollow noopener noreferrer"><mark class="nl-entity nl-person" data-type="Person" data-mention="0">Mustafa</mark></a><mark class="nl-entity nl-person" data-type="Person" data-mention="0"> al-Kadhimi</mark> said</p>`,
		},
		{
			name:  "collapsed white space inside",
			in:    "<p>the United \n  Nations&nbsp;said</p>",
			specs: []string{"Organization:United Nations"},
			want:  "<p>the <mark class=\"nl-entity nl-organization\" data-type=\"Organization\" data-mention=\"0\">United \n  Nations</mark>\u00a0said</p>",
		},
		{
			name:  "across blocks",
			in:    `<p>New</p><p>York is big</p>`,
			specs: []string{"Place:New\n\nYork"},
			want:  `<p><mark class="nl-entity nl-place" data-type="Place" data-mention="0">New</mark></p><p><mark class="nl-entity nl-place" data-type="Place" data-mention="0">York</mark> is big</p>`,
		},
		{
			name:  "table cells",
			in:    "<table><tr><td>Iraq</td>\n<td>Iran</td></tr></table>",
			specs: []string{"Place:Iraq\n\nIran"},
			want:  "<table><tbody><tr><td><mark class=\"nl-entity nl-place\" data-type=\"Place\" data-mention=\"0\">Iraq</mark></td>\n<td><mark class=\"nl-entity nl-place\" data-type=\"Place\" data-mention=\"0\">Iran</mark></td></tr></tbody></table>",
		},
		{
			name:  "unknown type is misc, unsafe title dropped",
			in:    `<p>Acme "Corp" rises</p>`,
			specs: []string{`Weird:Acme "Corp"=Acme_"Corp"<x>`},
			want:  `<p><mark class="nl-entity nl-misc" data-type="Misc" data-mention="0">Acme &#34;Corp&#34;</mark> rises</p>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := articleFromHTML(t, tt.in, nil)
			a.Mentions = mentionsOf(t, a.Text, tt.specs...)
			got := a.Highlighted()
			assert.Equal(t, tt.want, got)
			checkHighlighted(t, a)
		})
	}
}

func TestHighlightedBadMentions(t *testing.T) {
	t.Parallel()
	a := articleFromHTML(t, `<p>café Iraq Iran</p>`, nil)
	a.Mentions = []entities.Mention{
		{Start: -1, End: 3, Type: entities.Place},
		{Start: 5, End: 100, Type: entities.Place},
		{Start: 4, End: 4, Type: entities.Place},
		{Start: 6, End: 10, Type: entities.Place},  // "Iraq"
		{Start: 8, End: 15, Type: entities.Place},  // overlaps: skipped
		{Start: 2, End: 4, Type: entities.Person},  // inside "é": widened
		{Start: 11, End: 15, Type: entities.Place}, // "Iran"
	}
	got := a.Highlighted()
	assert.Equal(t, `<p>ca<mark class="nl-entity nl-person" data-type="Person" data-mention="5">fé</mark> <mark class="nl-entity nl-place" data-type="Place" data-mention="3">Iraq</mark> <mark class="nl-entity nl-place" data-type="Place" data-mention="6">Iran</mark></p>`, got)
	assert.Equal(t, got, Sanitize(got))
}

func TestHighlightedWithoutBody(t *testing.T) {
	t.Parallel()
	a := &Article{HTML: `<p>Iraq and Iran</p>`, Text: "Iraq and Iran",
		Mentions: []entities.Mention{{Start: 9, End: 13, Type: entities.Place}}}
	assert.Equal(t, `<p>Iraq and <mark class="nl-entity nl-place" data-type="Place" data-mention="0">Iran</mark></p>`, a.Highlighted())
	a.Text = "something else"
	assert.Equal(t, `<p>Iraq and Iran</p>`, a.Highlighted())
}

func TestHighlightedConcurrent(t *testing.T) {
	t.Parallel()
	a := articleFromHTML(t, `<p>Mike Pompeo met <b>Barham</b> Salih in Baghdad.</p>`, nil)
	a.Mentions = mentionsOf(t, a.Text, "Person:Mike Pompeo", "Person:Barham Salih", "Place:Baghdad")
	want := a.Highlighted()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := a.Highlighted(); got != want {
					t.Errorf("concurrent Highlighted differs: %q", got)
					return
				}
			}
		})
	}
	wg.Wait()
	assert.Equal(t, `<p>Mike Pompeo met <b>Barham</b> Salih in Baghdad.</p>`, a.HTML, "HTML changed")
}

// TestHighlightedGolden compares highlighted case files with golden
// output as parsed trees (go test -run Golden -update rewrites them).
func TestHighlightedGolden(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "highlight", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			var c struct {
				HTML     string   `json:"html"`
				Mentions []string `json:"mentions"`
			}
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(b, &c))
			a := articleFromHTML(t, c.HTML, nil)
			a.Mentions = mentionsOf(t, a.Text, c.Mentions...)
			got := a.Highlighted()
			checkHighlighted(t, a)
			golden := strings.TrimSuffix(f, ".json") + ".golden.html"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got+"\n"), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, treeDump(t, string(want)), treeDump(t, got))
		})
	}
}

// treeDump renders the parse tree of a fragment, one node per line, with
// text nodes that are only white space between blocks left out.
func treeDump(t testing.TB, s string) string {
	t.Helper()
	nodes, err := parseFragment(strings.TrimSpace(s))
	require.NoError(t, err)
	var sb strings.Builder
	depth := 0
	if len(nodes) == 0 {
		return ""
	}
	walkTree(nodes[0].Parent, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			fmt.Fprintf(&sb, "%s<%s", strings.Repeat("  ", depth), n.Data)
			for _, a := range n.Attr {
				fmt.Fprintf(&sb, " %s=%q", a.Key, a.Val)
			}
			sb.WriteString(">\n")
			depth++
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				fmt.Fprintf(&sb, "%s%q\n", strings.Repeat("  ", depth), n.Data)
			}
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			depth--
		}
	})
	return sb.String()
}

// textContent is the concatenated text of a fragment's parse tree.
func textContent(t testing.TB, s string) string {
	t.Helper()
	nodes, err := parseFragment(s)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if len(nodes) == 0 {
		return ""
	}
	var sb strings.Builder
	walkTree(nodes[0].Parent, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		return true
	}, func(*html.Node) {})
	return sb.String()
}

// markTexts returns the concatenated text of the marks of each mention.
func markTexts(t testing.TB, s string) map[int]string {
	t.Helper()
	nodes, err := parseFragment(s)
	require.NoError(t, err)
	out := map[int]string{}
	if len(nodes) == 0 {
		return out
	}
	cur := -1
	walkTree(nodes[0].Parent, func(n *html.Node) bool {
		switch {
		case n.Type == html.ElementNode && n.Data == "mark" && hasAttr(n, "data-mention"):
			for _, a := range n.Attr {
				if a.Key == "data-mention" {
					cur, _ = strconv.Atoi(a.Val)
				}
			}
		case n.Type == html.TextNode && cur >= 0:
			out[cur] += n.Data
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "mark" && hasAttr(n, "data-mention") {
			cur = -1
		}
	})
	return out
}

// checkHighlighted checks the highlighting invariants: valid UTF-8, a
// fixed point of Sanitize, the text content of HTML, and every usable
// mention covered by marks whose text is the mention's text (white space
// aside, and ignoring block separators for mentions that cross blocks).
func checkHighlighted(t testing.TB, a *Article) {
	t.Helper()
	h := a.Highlighted()
	if !utf8.ValidString(h) {
		t.Fatalf("invalid UTF-8: %q", h)
	}
	if s := Sanitize(h); s != h {
		t.Fatalf("Sanitize changes Highlighted: %s", firstDiff(h, s))
	}
	if got, want := textContent(t, h), textContent(t, a.HTML); got != want {
		t.Fatalf("text content differs: %s", firstDiff(got, want))
	}
	marks := markTexts(t, h)
	last := 0
	for i, m := range a.Mentions {
		if m.Start < last || m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
			if _, ok := marks[i]; ok {
				t.Fatalf("skipped mention %d has marks", i)
			}
			continue
		}
		last = m.End
		want := a.Text[m.Start:m.End]
		got, ok := marks[i]
		if !ok && strings.TrimFunc(want, isSpace) != "" {
			t.Fatalf("mention %d %q has no mark", i, want)
		}
		// Block and line breaks and the space an image stands for have no
		// source, so white space is compared only where the text has one.
		if squeeze(got, false) != squeeze(want, false) || !strings.Contains(want, "\n") && squeeze(got, true) != squeeze(want, true) && !strings.Contains(a.HTML, "<img") {
			t.Fatalf("mention %d: marks %q, text %q", i, got, want)
		}
	}
}

// firstDiff shows where a and b start to differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-120)
	return fmt.Sprintf("at byte %d:\n  %q\n  %q", i, a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
}

// squeeze collapses white space to one space (keep) or removes it.
func squeeze(s string, keep bool) string {
	sep := ""
	if keep {
		sep = " "
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), sep)
}

// wordMentions returns random disjoint mentions on word boundaries of
// text, in order.
func wordMentions(text string, r *rand.Rand) []entities.Mention {
	var starts, ends []int
	prev := false
	for i, c := range text {
		w := unicode.IsLetter(c) || unicode.IsDigit(c)
		if w && !prev {
			starts = append(starts, i)
		}
		if !w && prev {
			ends = append(ends, i)
		}
		prev = w
	}
	if prev {
		ends = append(ends, len(text))
	}
	types := []entities.Type{entities.Person, entities.Organization, entities.Place, entities.Group, entities.Misc}
	var out []entities.Mention
	for i := 0; i < len(starts); {
		if r.IntN(3) != 0 {
			i++
			continue
		}
		j := i + r.IntN(4)
		if j >= len(ends) {
			break
		}
		s, e := starts[i], ends[j]
		m := entities.Mention{Start: s, End: e, Text: text[s:e], Type: types[r.IntN(len(types))]}
		if r.IntN(2) == 0 {
			m.Entity = &entities.Entity{ID: "Q" + strconv.Itoa(1+r.IntN(1000)), Wikipedia: "Title_" + strconv.Itoa(i)}
		}
		out = append(out, m)
		i = j + 1
	}
	return out
}

// TestHighlightedProperties checks the invariants with random word
// mentions over the seed, the readability pages and html5lib inputs.
func TestHighlightedProperties(t *testing.T) {
	t.Parallel()
	limit := 0
	if testing.Short() {
		limit = 40
	}
	inputs := corpusInputs(t, limit)
	if len(inputs) == 0 {
		t.Skip("no corpora found")
	}
	r := rand.New(rand.NewPCG(7, 11))
	for _, in := range inputs {
		a := &Article{}
		if err := finish(a, in, newConfig([]Option{WithLinker(nil)})); err != nil {
			continue
		}
		for range 2 {
			a.Mentions = wordMentions(a.Text, r)
			checkHighlighted(t, a)
		}
	}
}

func FuzzHighlighted(f *testing.F) {
	for _, in := range corpusInputs(f, 150) {
		if len(in) < 20000 {
			f.Add(in, uint64(1))
		}
	}
	f.Add(`<p>strikes on <b>Kataib</b> Hezbollah</p><table><tr><td>a</td> <td>b</td></tr></table>`, uint64(3))
	f.Fuzz(func(t *testing.T, in string, seed uint64) {
		a := &Article{}
		if err := finish(a, in, newConfig([]Option{WithLinker(nil)})); err != nil {
			return
		}
		a.Mentions = wordMentions(a.Text, rand.New(rand.NewPCG(seed, 1)))
		checkHighlighted(t, a)
	})
}

func TestHighlightedSeed(t *testing.T) {
	t.Parallel()
	page := readShared(t, "seed", "seed.html")
	a, err := Parse(strings.NewReader(page), WithLinker(nil))
	require.NoError(t, err)
	a.Mentions = wordMentions(a.Text, rand.New(rand.NewPCG(1, 1)))
	checkHighlighted(t, a)
	i := strings.Index(a.Text, "Kataib Hezbollah in Iraq")
	require.GreaterOrEqual(t, i, 0)
	a.Mentions = []entities.Mention{{Start: i, End: i + len("Kataib Hezbollah"), Text: "Kataib Hezbollah", Type: entities.Organization}}
	h := a.Highlighted()
	assert.Contains(t, h, `<b><mark class="nl-entity nl-organization" data-type="Organization" data-mention="0">Kataib</mark></b><mark class="nl-entity nl-organization" data-type="Organization" data-mention="0"> Hezbollah</mark>`)
	checkHighlighted(t, a)
}

// randomHTML returns a soup of article-like tags, text, entities and
// broken markup pieces.
func randomHTML(r *rand.Rand) string {
	pieces := []string{
		"<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<a href='https://x.example/'>", "</a>",
		"<nobr>", "</nobr>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<ul>", "<li>", "</ul>",
		"<pre>", "</pre>", "<br>", "<img src='https://i.example/a.jpg'>", "<svg>", "</svg>", "<select>",
		"<option>", "<template>", "</template>", "<h2>", "</h2>", "<blockquote>", "<figure><figcaption>",
		"<mark>", "</mark>", "<font>", "<button>", "<form>", "<xmp>", "<!--", "-->", "<script>x()</script>",
		"&nbsp;", "&amp;", "\n", " ", "  ", "\t", "Kataib", "Hezbollah", "Mustafa al-Kadhimi", "Iraq", "café",
		"漢字", "U.S.", "\u00a0", "\u200b", "(AP Photo)",
	}
	var sb strings.Builder
	for range 5 + r.IntN(60) {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

// TestHighlightedRandomHTML checks the invariants on random tag soup.
func TestHighlightedRandomHTML(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(21, 42))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		in := randomHTML(r)
		a := &Article{}
		if err := finish(a, in, newConfig([]Option{WithLinker(nil)})); err != nil {
			t.Fatalf("finish(%q): %v", in, err)
		}
		if got := Sanitize(a.HTML); got != a.HTML {
			t.Fatalf("Sanitize not idempotent on %q: %s", in, firstDiff(a.HTML, got))
		}
		a.Mentions = wordMentions(a.Text, r)
		checkHighlighted(t, a)
	}
}
