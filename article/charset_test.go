package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestPageLabel(t *testing.T) {
	t.Parallel()
	latin := "caf\xe9" // invalid UTF-8
	late := "<html><head>" + strings.Repeat("<link rel=x href=y>", 80) + `<meta charset="koi8-r"></head>` + latin
	cases := []struct {
		name, page, want string
	}{
		{"UTF-8 BOM", "\xef\xbb\xbf<meta charset=gbk>" + latin, ""},
		{"UTF-16BE BOM", "\xfe\xff\x00<", "utf-16be"},
		{"UTF-16LE BOM", "\xff\xfe<\x00", "utf-16le"},
		{"UTF-16LE without BOM", "<\x00p\x00>\x00", "utf-16le"},
		{"UTF-16BE without BOM", "\x00<\x00p\x00>", "utf-16be"},
		{"valid UTF-8 whatever the page declares", "<meta charset=shift_jis>café", ""},
		{"meta charset", "<meta charset=shift_jis>" + latin, "shift_jis"},
		{"meta charset quoted, a label's alias", `<META CHARSET='sjis'>` + latin, "shift_jis"},
		{"http-equiv content", `<meta http-equiv="Content-Type" content="text/html; charset=gbk">` + latin, "gbk"},
		{"content without http-equiv is left to the search past the prescan", `<meta content="text/html; charset=gbk">` + latin, "gbk"},
		{"a meta in a comment is skipped", `<!-- <meta charset=gbk> --><meta charset=euc-kr>` + latin, "euc-kr"},
		{"an unknown label is passed over", `<meta charset=nonsense><meta charset=big5>` + latin, "big5"},
		{"UTF-16 declared in bytes that are not UTF-16 is UTF-8", `<meta charset=utf-16>` + latin, ""},
		{"x-user-defined is windows-1252", `<meta charset=x-user-defined>` + latin, "windows-1252"},
		{"ISO-8859-1 is windows-1252", `<meta charset=iso-8859-1>` + latin, "windows-1252"},
		{"a declaration past the prescan's 1024 bytes", late, "koi8-r"},
		{"no declaration", "<p>" + latin, "windows-1252"},
		{"ISO-2022 text is valid UTF-8 but declared", "<meta charset=iso-2022-jp>\x1b$B$3$s\x1b(B", "iso-2022-jp"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := []byte(c.page)
			assert.Equal(t, c.want, pageLabel(b, utf8.Valid(b)))
		})
	}
}

func TestPrescan(t *testing.T) {
	t.Parallel()
	cases := []struct{ page, want string }{
		{`<meta content="text/html; charset=gbk">`, ""}, // no http-equiv
		{`<meta http-equiv=content-type content="text/html;charset = 'big5'">`, "big5"},
		{`<meta charset=gbk content="text/html; charset=big5" http-equiv=Content-Type>`, "gbk"},
		{`<!-- <meta charset=gbk>`, ""}, // an unclosed comment ends the prescan
		{`<script>var s = "<meta charset=gbk>"</script>`, "gbk"},
		{`<p title="<meta charset=gbk>">`, ""},
		{`<metadata charset=gbk>`, ""},
		{`<meta/charset=euc-jp>`, "euc-jp"},
		{`<meta charset`, ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, prescan([]byte(c.page)), c.page)
	}
}

func TestDecodeWindows1252(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "€ “café” ‰ ÿ", string(decodeWindows1252([]byte("\x80 \x93caf\xe9\x94 \x89 \xff"))))
}

// FuzzPageLabel checks that the charset search never panics and names
// either UTF-8 ("") or an encoding the platform decodes.
func FuzzPageLabel(f *testing.F) {
	for _, s := range []string{
		"", "<meta", "<meta charset=", `<meta http-equiv=content-type content="charset='`, "<!--", "<!-- -->",
		"\xff\xfe", "<\x00", "<meta charset=gbk>\xb1", `<meta charset="utf-16">` + "\xe9", "charset=koi8-r\xe9",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		name := pageLabel(b, utf8.Valid(b))
		if name == "" {
			return
		}
		if canon, ok := canonicalLabel(name); !ok || canon != name {
			t.Fatalf("pageLabel gave %q, which is no canonical label (%q, %v)", name, canon, ok)
		}
		if name != "windows-1252" {
			if _, err := decodeLabel(b, name); err != nil {
				t.Fatalf("decoding %s: %v", name, err)
			}
		}
	})
}
