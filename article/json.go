package article

import "time"

// MarshalJSON encodes the article with the fields of the command-line
// output: title, byline, authors, published and modified (RFC 3339,
// "" when unknown), site_name, lang, url, description, image {url,
// caption, credit} (null when there is none), html, highlighted (see
// Highlighted), text, mentions [{start, end, text, type, id, wikipedia,
// score}] with byte offsets into text, and entities [{id, wikipedia, name,
// description, type, kind, count, salience}]. Times are "" and lists are
// [] when empty, never null, so the shape is always the same. It has a
// value receiver so that Article values encode the same way as pointers.
//
// The object is written field by field rather than through reflection:
// mentions and entities append themselves, and nothing is scanned twice.
func (a Article) MarshalJSON() ([]byte, error) {
	hl := a.Highlighted()
	// The strings plus a sixteenth for escapes, and about what a mention
	// and an entity take: a buffer just large enough, as it is often
	// beyond the size a small allocation can have.
	n := len(a.HTML) + len(hl) + len(a.Text)
	w := newJSONWriter(n + n/16 + 144*len(a.Mentions) + 176*len(a.Entities) + 512)
	w.key('{', "title").str(a.Title)
	w.key(',', "byline").str(a.Byline)
	w.key(',', "authors").strs(a.Authors)
	w.key(',', "published").date(a.Published)
	w.key(',', "modified").date(a.Modified)
	w.key(',', "site_name").str(a.SiteName)
	w.key(',', "lang").str(a.Lang)
	w.key(',', "url").str(a.URL)
	w.key(',', "description").str(a.Description)
	w.key(',', "image").image(a.Image)
	w.key(',', "html")
	from := len(w.buf)
	w.str(a.HTML)
	html := w.buf[from:]
	w.key(',', "highlighted").strAgain(hl, a.HTML, html)
	w.key(',', "text").str(a.Text)
	w.key(',', "mentions")
	w.list(len(a.Mentions), func(b []byte, i int) ([]byte, error) { return a.Mentions[i].AppendJSON(b) })
	w.key(',', "entities")
	w.list(len(a.Entities), func(b []byte, i int) ([]byte, error) { return a.Entities[i].AppendJSON(b) })
	w.byte('}')
	if w.err != nil {
		return nil, w.err
	}
	return w.buf, nil
}

// jsonWriter appends a JSON object to a buffer; the first error sticks.
type jsonWriter struct {
	buf []byte
	err error
}

func newJSONWriter(size int) *jsonWriter {
	return &jsonWriter{buf: make([]byte, 0, size)}
}

// byte and string write JSON syntax as is.
func (w *jsonWriter) byte(c byte)     { w.buf = append(w.buf, c) }
func (w *jsonWriter) string(s string) { w.buf = append(w.buf, s...) }

// key writes sep ('{' or ',') and "name":.
func (w *jsonWriter) key(sep byte, name string) *jsonWriter {
	w.byte(sep)
	w.byte('"')
	w.string(name)
	w.string(`":`)
	return w
}

// str writes s as a JSON string, escaped exactly as encoding/json does.
func (w *jsonWriter) str(s string) { w.buf = appendJSONString(w.buf, s) }

// strAgain writes s, copying enc, the JSON string already written for
// prev, when s is prev: without mentions the highlighted HTML is the
// HTML, which need not be escaped twice.
func (w *jsonWriter) strAgain(s, prev string, enc []byte) {
	if s != prev {
		w.str(s)
		return
	}
	w.buf = append(w.buf, enc...)
}

// date writes t in RFC 3339, "" when it is zero, formatting in place
// (the format has nothing to escape).
func (w *jsonWriter) date(t time.Time) {
	w.byte('"')
	if !t.IsZero() {
		w.buf = t.AppendFormat(w.buf, time.RFC3339)
	}
	w.byte('"')
}

// strs writes a list of strings, [] for none.
func (w *jsonWriter) strs(ss []string) {
	w.byte('[')
	for i, s := range ss {
		if i > 0 {
			w.byte(',')
		}
		w.str(s)
	}
	w.byte(']')
}

// image writes the lead image, null for none.
func (w *jsonWriter) image(img *Image) {
	if img == nil {
		w.string("null")
		return
	}
	w.key('{', "url").str(img.URL)
	if img.Caption != "" {
		w.key(',', "caption").str(img.Caption)
	}
	if img.Credit != "" {
		w.key(',', "credit").str(img.Credit)
	}
	w.byte('}')
}

// list writes n items appended by item, [] for none.
func (w *jsonWriter) list(n int, item func(b []byte, i int) ([]byte, error)) {
	w.byte('[')
	for i := 0; i < n && w.err == nil; i++ {
		if i > 0 {
			w.byte(',')
		}
		w.buf, w.err = item(w.buf, i)
	}
	w.byte(']')
}

// rfc3339 formats t, "" when it is zero.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
