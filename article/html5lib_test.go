package article

// Malformed HTML: every html5lib tree-construction input (the parser
// conformance corpus shipped with golang.org/x/net) through Sanitize, the
// text walk, Parse and Highlighted: no panic, safe valid UTF-8 output, and
// no lost text.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// secDatCase is one #data section of an html5lib .dat file.
type secDatCase struct {
	Name string // file:index
	Data string
}

// secHTML5libCases reads every #data section of the tree-construction
// tests, skipping the test when the x/net module source is not available.
func secHTML5libCases(t testing.TB) []secDatCase {
	t.Helper()
	cases, err := secHTML5libData()
	if err != nil {
		t.Skip(err)
	}
	return cases
}

// secHTML5libData reads every #data section of the tree-construction tests
// that ship in the golang.org/x/net module's source.
func secHTML5libData() ([]secDatCase, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/net").Output()
	if err != nil {
		return nil, fmt.Errorf("cannot locate golang.org/x/net: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "html", "testdata", "html5lib-tests", "tree-construction")
	files, _ := filepath.Glob(filepath.Join(dir, "*.dat"))
	if len(files) == 0 {
		return nil, fmt.Errorf("no html5lib tree-construction tests in %s", dir)
	}
	var cases []secDatCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for i, d := range datInputs(b) {
			cases = append(cases, secDatCase{fmt.Sprintf("%s:%d", filepath.Base(f), i), d})
		}
	}
	return cases, nil
}

// secDroppedContent are elements whose content is not article text: raw
// text (script, style, xmp, noscript...), metadata (title, head), inert
// templates, form controls, embedded documents and foreign (SVG/MathML)
// content, which the article policy removes together with its text.
var secDroppedContent = map[string]bool{
	"script": true, "style": true, "template": true, "noscript": true, "noembed": true,
	"noframes": true, "iframe": true, "object": true, "title": true, "textarea": true,
	"xmp": true, "head": true, "select": true, "option": true, "button": true,
	"svg": true, "math": true, "plaintext": true, "frameset": true, "applet": true,
}

// secVisibleWords returns the words of the text of doc as a browser
// renders it, skipping secDroppedContent.
func secVisibleWords(doc string) []string {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return nil
	}
	var words []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (secDroppedContent[n.Data] || n.Namespace != "") {
			return
		}
		if n.Type == html.TextNode {
			words = append(words, secWords(n.Data)...)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return words
}

// secLostWords returns the words of want that do not occur in got, which
// is compared as letters only so block breaks and spacing do not matter.
func secLostWords(want []string, got string) []string {
	all := secLetters(got)
	var lost []string
	for _, w := range want {
		if !strings.Contains(all, w) {
			lost = append(lost, w)
		}
	}
	return lost
}

// secRecover turns a panic into a test error naming the input.
func secRecover(t *testing.T, what, input string) {
	t.Helper()
	if r := recover(); r != nil {
		t.Errorf("%s panicked on %q: %v", what, secClip(input), r)
	}
}

func TestHTML5libSanitize(t *testing.T) {
	cases := secHTML5libCases(t)
	safe := newSecTally(t, "html5lib/Sanitize")
	kept := newSecTally(t, "html5lib/Sanitize(text kept)")
	walked := newSecTally(t, "html5lib/text walk(text kept)")
	cfg := newConfig([]Option{WithLinker(nil)})
	for _, c := range cases {
		func() {
			defer secRecover(t, c.Name+" Sanitize", c.Data)
			out := Sanitize(c.Data)
			safe.record(c.Name+" "+c.Data, secCheckSanitized(out))
			want := secVisibleWords(c.Data)
			kept.record(c.Name+" "+c.Data, secLost("Sanitize", secLostWords(want, secTextContent(out))))
			a := &Article{}
			if err := finish(a, c.Data, cfg); err != nil {
				t.Errorf("%s: finish: %v", c.Name, err)
				return
			}
			walked.record(c.Name+" "+c.Data, secLost("Text", secLostWords(want, a.Text)))
		}()
	}
	safe.log()
	kept.log()
	walked.log()
}

func secLost(where string, lost []string) []secViolation {
	if len(lost) == 0 {
		return nil
	}
	return []secViolation{{"text-lost", fmt.Sprintf("%d words missing from %s: %q", len(lost), where, lost)}}
}

func TestHTML5libParse(t *testing.T) {
	cases := secHTML5libCases(t)
	parsed := newSecArticleTallies(t, "html5lib/Parse")
	linked := newSecArticleTallies(t, "html5lib/Parse(default linker)")
	body := newSecArticleTallies(t, "html5lib/body")
	cfg := newConfig([]Option{WithLinker(nil)})
	for _, c := range cases {
		func() {
			defer secRecover(t, c.Name+" Parse", c.Data)
			a, err := Parse(strings.NewReader(c.Data), WithLinker(nil), WithURL("https://news.example.com/a/b.html"))
			parsed.record(t, c.Name+" "+c.Data, a, err)
			a, err = Parse(strings.NewReader(c.Data), WithURL("https://news.example.com/a/b.html"))
			linked.record(t, c.Name+" "+c.Data, a, err)
		}()
		func() {
			// The whole input as an article body: Parse may find no
			// content in a test snippet, this always exercises the
			// sanitize, text walk and highlight stages.
			defer secRecover(t, c.Name+" Highlighted", c.Data)
			a := &Article{}
			err := finish(a, c.Data, cfg)
			body.record(t, c.Name+" "+c.Data, a, err)
		}()
	}
	t.Logf("html5lib inputs: %d", len(cases))
	parsed.log(t)
	linked.log(t)
	body.log(t)
}
