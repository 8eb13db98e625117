package article

// The XSS suite: public attack corpora through every function that returns
// HTML, checked with the structural rules of safety_test.go.

import (
	"encoding/json"
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// secSharedDir returns ../shared beside the repository root, skipping the
// test when it is absent.
func secSharedDir(t testing.TB, sub ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "shared"}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not available (%s): %v", dir, err)
	}
	return dir
}

// secSharedDirOK returns ../shared/sub... beside the repository root, ""
// when it is absent.
func secSharedDirOK(sub ...string) string {
	dir := filepath.Join(append([]string{"..", "..", "shared"}, sub...)...)
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

// secCorpus is one named list of attack payloads.
type secCorpus struct {
	Name     string
	Payloads []string
}

// secLoadCorpora reads the XSS corpora that are present; it skips the test
// when none is.
func secLoadCorpora(t testing.TB) []secCorpus {
	t.Helper()
	dir := secSharedDir(t, "eval", "xss")
	var cs []secCorpus
	if b, err := os.ReadFile(filepath.Join(dir, "dompurify-expect.json")); err == nil {
		var cases []struct {
			Payload string `json:"payload"`
		}
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("dompurify-expect.json: %v", err)
		}
		c := secCorpus{Name: "dompurify"}
		for _, x := range cases {
			c.Payloads = append(c.Payloads, x.Payload)
		}
		cs = append(cs, c)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "h5sc-vectors.txt")); err == nil {
		cs = append(cs, secCorpus{Name: "h5sc", Payloads: secSplitH5SC(string(b))})
	}
	if b, err := os.ReadFile(filepath.Join(dir, "payloadbox-xss.txt")); err == nil {
		c := secCorpus{Name: "payloadbox"}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimRight(line, "\r"); strings.TrimSpace(line) != "" {
				c.Payloads = append(c.Payloads, line)
			}
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		t.Skipf("no XSS corpus in %s", dir)
	}
	return cs
}

// secSplitH5SC cuts the HTML5 Security Cheatsheet dump into its vectors:
// each is wrapped as <div id="N">VECTOR//["'`-->]]>]</div>.
func secSplitH5SC(s string) []string {
	re := regexp.MustCompile("(?s)<div id=\"[0-9]+\">(.*?)//\\[\"'`-->\\]\\]>\\]</div>")
	var vs []string
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		vs = append(vs, m[1])
	}
	return vs
}

// secSample thins large corpora in -short mode and under the race detector
// (which makes each call about ten times slower); the full corpora run in
// the default mode.
func secSample(t testing.TB, ps []string) []string {
	if (!testing.Short() && !secRace) || len(ps) <= 1000 {
		return ps
	}
	var out []string
	for i := 0; i < len(ps); i += 10 {
		out = append(out, ps[i])
	}
	t.Logf("short or race mode: %d of %d payloads", len(out), len(ps))
	return out
}

const secPara1 = `Floodwaters rose across the coastal towns on Tuesday after the storm
stalled offshore for a second day, forcing thousands of residents to leave their homes
and shutting the main highway along the bay, officials said.`

const secPara2 = `The regional governor said emergency crews had rescued more than two hundred
people from rooftops and cars, and that shelters in schools and churches were close to full
as the rain continued into the evening.`

const secPara3 = `Forecasters expect the storm to move north by Thursday, but warned that rivers
fed by the rain could keep rising for several days, threatening farms and villages inland
that escaped the first wave of flooding.`

// secBodyPage puts payload, unescaped, in three places inside the article
// body of a realistic news page: inside a paragraph, as a block between
// paragraphs and in a figure caption.
func secBodyPage(payload string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Storm floods coastal towns | Daily Example</title>
<meta property="og:title" content="Storm floods coastal towns">
<meta property="og:site_name" content="Daily Example">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Storm floods coastal towns</h1>
<p class="byline">By Jane Reporter</p>
<p>` + secPara1 + `</p>
<p>Residents described the scene. ` + payload + ` The water kept rising through the night.</p>
` + payload + `
<p>` + secPara2 + `</p>
<figure><img src="/img/storm.jpg" alt="Flooded street"><figcaption>` + payload + ` (AP Photo/Jane Doe)</figcaption></figure>
<p>` + secPara3 + `</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Other story</a></li></ul></aside>
<footer><p>© 2024 Daily Example</p></footer>
</body></html>`
}

// secMetaPage puts payload, correctly escaped, into every metadata field a
// page carries (so its value is exactly the payload): a javascript: URL in
// og:image or the canonical link must not come back as an article URL.
func secMetaPage(payload string) string {
	a := html.EscapeString(payload)
	j, _ := json.Marshal(payload)
	js := strings.ReplaceAll(string(j), "</", `<\/`)
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>` + a + ` | Daily Example</title>
<link rel="canonical" href="` + a + `">
<meta property="og:title" content="` + a + `">
<meta property="og:url" content="` + a + `">
<meta property="og:image" content="` + a + `">
<meta property="og:site_name" content="` + a + `">
<meta name="description" content="` + a + `">
<meta name="author" content="` + a + `">
<meta property="article:published_time" content="` + a + `">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":` + js + `,"url":` + js + `,"image":{"@type":"ImageObject","url":` + js + `,"caption":` + js + `},
"author":{"@type":"Person","name":` + js + `},"publisher":{"name":` + js + `},"datePublished":` + js + `}</script>
</head><body><article><h1>` + a + `</h1>
<p class="byline">By ` + a + `</p>
<p>` + secPara1 + `</p><p>` + secPara2 + `</p>
<figure><img src="` + a + `" srcset="` + a + ` 2x"><figcaption>` + a + `</figcaption></figure>
<p><a href="` + a + `">` + a + `</a> ` + secPara3 + `</p>
</article></body></html>`
}

// secTextDoc puts payload as its own paragraph of a plain-text article laid
// out like the seed: headline, caption line with credit, paragraphs.
func secTextDoc(payload string) string {
	return "Storm floods coastal towns\n\nResidents wade through a flooded street. (AP Photo/Jane Doe)\n\n" +
		secPara1 + "\n\n" + payload + "\n\n" + secPara2
}

// secAcceptable are the errors a hostile input may legitimately produce.
func secAcceptable(err error) bool {
	return errors.Is(err, ErrNoContent) || errors.Is(err, ErrNotHTML) ||
		errors.Is(err, ErrTooDeep) || errors.Is(err, ErrTooLarge)
}

// secArticleTallies tallies the three outputs of an article.
type secArticleTallies struct {
	html, highlighted, marked *secTally
	rejected, marks           int
}

func newSecArticleTallies(t *testing.T, name string) *secArticleTallies {
	return &secArticleTallies{
		html:        newSecTally(t, name+".HTML"),
		highlighted: newSecTally(t, name+".Highlighted"),
		marked:      newSecTally(t, name+".Highlighted(synthetic mentions)"),
	}
}

func (s *secArticleTallies) record(t *testing.T, input string, a *Article, err error) {
	t.Helper()
	if err != nil {
		if !secAcceptable(err) {
			t.Errorf("%s: unexpected error %v for %q", s.html.name, err, secClip(input))
		}
		s.rejected++
		return
	}
	r := secCheckArticle(a)
	s.html.record(input, r.HTML)
	s.highlighted.record(input, r.Highlighted)
	s.marked.record(input, r.Marked)
	s.marks += r.Marks
}

func (s *secArticleTallies) log(t *testing.T) {
	t.Helper()
	s.html.log()
	s.highlighted.log()
	s.marked.log()
	if s.rejected > 0 {
		t.Logf("%-40s rejected with a typed error: %d", s.html.name, s.rejected)
	}
	if s.marked.tried > 0 && s.marks == 0 {
		t.Errorf("%s: synthetic mentions produced no <mark>: Highlighted() was not exercised", s.marked.name)
	}
}

func TestXSSSanitize(t *testing.T) {
	for _, c := range secLoadCorpora(t) {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			tl := newSecTally(t, c.Name+"/Sanitize")
			for _, p := range secSample(t, c.Payloads) {
				tl.record(p, secCheckSanitized(Sanitize(p)))
			}
			tl.log()
		})
	}
}

func TestXSSParse(t *testing.T) {
	for _, c := range secLoadCorpora(t) {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			body := newSecArticleTallies(t, c.Name+"/Parse(body)")
			meta := newSecArticleTallies(t, c.Name+"/Parse(meta)")
			opts := []Option{WithURL("https://news.example.com/2024/05/storm.html"), WithLinker(nil)}
			for i, p := range secSample(t, c.Payloads) {
				a, err := Parse(strings.NewReader(secBodyPage(p)), opts...)
				body.record(t, p, a, err)
				if len(c.Payloads) > 1000 && i%4 != 0 {
					// Metadata holds text and URLs only: a quarter
					// of the large corpus covers its variety.
					continue
				}
				a, err = Parse(strings.NewReader(secMetaPage(p)), opts...)
				meta.record(t, p, a, err)
			}
			body.log(t)
			meta.log(t)
		})
	}
}

func TestXSSFromText(t *testing.T) {
	for _, c := range secLoadCorpora(t) {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			ts := newSecArticleTallies(t, c.Name+"/FromText")
			kept := newSecTally(t, c.Name+"/FromText(text kept)")
			for _, p := range secSample(t, c.Payloads) {
				a, err := FromText(secTextDoc(p), WithLinker(nil))
				ts.record(t, p, a, err)
				if err == nil {
					kept.record(p, secTextKept(p, a))
				}
			}
			ts.log(t)
			kept.log()
		})
	}
}

// secTextKept checks that plain text that looks like markup is kept as
// text: every letter of the payload paragraph is in the article's text.
func secTextKept(payload string, a *Article) []secViolation {
	all := secLetters(a.Text)
	for _, w := range secWords(payload) {
		if !strings.Contains(all, w) {
			return []secViolation{{"text-lost", "word " + secClip(w) + " of the input is not in Text"}}
		}
	}
	return nil
}

// TestXSSDefaultLinker runs the smaller corpora through Parse with the
// default linker, so that real mentions are highlighted too.
func TestXSSDefaultLinker(t *testing.T) {
	for _, c := range secLoadCorpora(t) {
		if c.Name == "payloadbox" {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			ts := newSecArticleTallies(t, c.Name+"/Parse(default linker)")
			for _, p := range c.Payloads {
				a, err := Parse(strings.NewReader(secBodyPage(p+" Joe Biden met Emmanuel Macron in Paris.")),
					WithURL("https://news.example.com/2024/05/storm.html"))
				ts.record(t, p, a, err)
			}
			ts.log(t)
		})
	}
}

// TestXSSURLs holds script URLs in every place a URL can hide: attribute
// values through Sanitize (entity-encoded, split by whitespace and
// controls, nested inside an http URL) and metadata through Parse.
func TestXSSURLs(t *testing.T) {
	urls := []string{
		"javascript:alert(1)", " JaVaScRiPt:alert(1)", "jav\tascript:alert(1)", "jav&#x09;ascript:alert(1)",
		"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)", "javascript&colon;alert(1)",
		"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)", "\x01javascript:alert(1)",
		"vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
		"data:image/svg+xml,<svg onload=alert(1)>", "https://x.example/javascript:alert(1)",
		"https://x.example/?next=javascript:alert(1)", "https://x.example/#data:text/html,x",
		"https://x.example/?u=java&#x09;script:alert(1)", "//x.example/javascript:alert(1)",
		"/relative/javascript:alert(1)", "ftp://x.example/file",
		"http://#", "https://", "http:", "mailto:", "HTTP://?x", "https:///x", "http://[::1",
	}
	tl := newSecTally(t, "URLs/Sanitize")
	for _, u := range urls {
		for _, tmpl := range []string{
			`<a href="%s">x</a>`, `<img src="%s">`, `<img src="https://x.example/a.png" srcset="%s 2x">`,
			`<blockquote cite="%s">q</blockquote>`, `<q cite="%s">q</q>`, `<a href=%s>x</a>`,
		} {
			in := strings.Replace(tmpl, "%s", u, 1)
			tl.record(in, secCheckSanitized(Sanitize(in)))
		}
	}
	tl.log()
	meta := newSecArticleTallies(t, "URLs/Parse(meta)")
	for _, u := range urls {
		a, err := Parse(strings.NewReader(secMetaPage(html.UnescapeString(u))),
			WithURL("https://news.example.com/2024/05/storm.html"), WithLinker(nil))
		meta.record(t, u, a, err)
		a, err = Parse(strings.NewReader(secBodyPage(`<base href="`+u+`"><img src="`+u+`">`)), WithLinker(nil))
		meta.record(t, u, a, err)
	}
	meta.log(t)
}
