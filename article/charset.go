package article

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The encoding of a page is found here, on every platform, and named by
// its WHATWG label; decodeLabel (charset_native.go, charset_js.go) turns
// the bytes into UTF-8: with golang.org/x/text natively, with the host's
// TextDecoder in JavaScript, which spares a WebAssembly build the tables
// of the multi-byte encodings.

// Limits of the charset search: the HTML standard's prescan reads the
// first 1024 bytes; a declaration further on (after a long <head>) is
// still looked for up to 64 KiB.
const (
	prescanBytes  = 1024
	declaredBytes = 64 << 10
)

// pageLabel returns the canonical name of the encoding of b, "" when b is
// UTF-8 (valid is utf8.Valid(b)). A byte-order mark decides; else UTF-16
// text without one (a '<' followed by a NUL); else valid UTF-8 is UTF-8
// whatever the page declares (scraped pages are often re-encoded while
// keeping their old <meta>), except ISO-2022 text, which needs escape
// bytes; else a <meta> declaration names the encoding; else a charset=
// declaration further on; else windows-1252, as browsers assume.
func pageLabel(b []byte, valid bool) string {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return ""
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return "utf-16be"
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return "utf-16le"
	case len(b) >= 4 && b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0:
		return "utf-16le"
	case len(b) >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0:
		return "utf-16be"
	case valid && bytes.IndexByte(b, 0x1b) < 0:
		return ""
	}
	name := prescan(b[:min(len(b), prescanBytes)])
	switch {
	case valid && !strings.HasPrefix(name, "iso-2022"):
		return ""
	case name == "":
		name = declaredCharset(b[:min(len(b), declaredBytes)])
	}
	if name == "" {
		name = "windows-1252"
	}
	if name == "utf-8" {
		return ""
	}
	return name
}

// prescan looks for the encoding a <meta> element declares, as the HTML
// standard's prescan does: comments and other tags are skipped, the
// charset attribute or an http-equiv="Content-Type" content attribute
// gives the label, and the first label the platform knows wins. UTF-16
// declared in a page that is not UTF-16 means UTF-8, and x-user-defined
// windows-1252.
func prescan(b []byte) string {
	for i := 0; i < len(b); {
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[2:], []byte("-->"))
			if end < 0 {
				return ""
			}
			i += 2 + end + 3
		case len(rest) > 5 && bytes.EqualFold(rest[:5], []byte("<meta")) && (isHTMLSpace(rest[5]) || rest[5] == '/'):
			name, n := metaCharset(rest[5:])
			if name != "" {
				return name
			}
			i += 5 + n
		case len(rest) > 1 && rest[0] == '<' && (isASCIILetter(rest[1]) || rest[1] == '/' || rest[1] == '!' || rest[1] == '?'):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return ""
			}
			i += end + 1
		default:
			i++
		}
	}
	return ""
}

// metaCharset reads the attributes of a <meta> tag (b starts after its
// name) and returns the canonical name of the encoding they declare, ""
// if none, and the bytes read.
func metaCharset(b []byte) (string, int) {
	var label string
	pragma, needPragma, fromContent := false, false, false
	i := 0
	for {
		name, value, n := nextAttr(b[i:])
		i += n
		if name == "" {
			break
		}
		switch name {
		case "http-equiv":
			pragma = pragma || strings.EqualFold(value, "content-type")
		case "content":
			if label == "" {
				if l := contentCharset(value); l != "" {
					label, needPragma, fromContent = l, true, true
				}
			}
		case "charset":
			if label == "" || fromContent {
				label, needPragma, fromContent = value, false, false
			}
		}
	}
	if label == "" || needPragma && !pragma {
		return "", i
	}
	name, ok := canonicalLabel(label)
	switch {
	case !ok:
		return "", i
	case strings.HasPrefix(name, "utf-16"):
		return "utf-8", i
	case name == "x-user-defined":
		return "windows-1252", i
	}
	return name, i
}

// nextAttr reads one attribute of a tag from b and returns its lower-case
// name ("" at the tag's end), its value and the bytes read.
func nextAttr(b []byte) (name, value string, n int) {
	i := 0
	for i < len(b) && (isHTMLSpace(b[i]) || b[i] == '/') {
		i++
	}
	if i >= len(b) || b[i] == '>' {
		return "", "", i
	}
	start := i
	for i < len(b) && !isHTMLSpace(b[i]) && b[i] != '=' && b[i] != '>' && (b[i] != '/' || i == start) {
		i++
	}
	name = strings.ToLower(string(b[start:i]))
	for i < len(b) && isHTMLSpace(b[i]) {
		i++
	}
	if i >= len(b) || b[i] != '=' {
		return name, "", i
	}
	i++
	for i < len(b) && isHTMLSpace(b[i]) {
		i++
	}
	if i < len(b) && (b[i] == '"' || b[i] == '\'') {
		q := b[i]
		end := bytes.IndexByte(b[i+1:], q)
		if end < 0 {
			return name, string(b[i+1:]), len(b)
		}
		return name, string(b[i+1 : i+1+end]), i + end + 2
	}
	start = i
	for i < len(b) && !isHTMLSpace(b[i]) && b[i] != '>' {
		i++
	}
	return name, string(b[start:i]), i
}

// contentCharset returns the charset=LABEL of a Content-Type value.
func contentCharset(v string) string {
	low := strings.ToLower(v)
	for off := 0; ; {
		i := strings.Index(low[off:], "charset")
		if i < 0 {
			return ""
		}
		j := off + i + len("charset")
		for j < len(v) && isHTMLSpace(v[j]) {
			j++
		}
		if j >= len(v) || v[j] != '=' {
			off = j
			continue
		}
		j++
		for j < len(v) && isHTMLSpace(v[j]) {
			j++
		}
		if j < len(v) && (v[j] == '"' || v[j] == '\'') {
			if end := strings.IndexByte(v[j+1:], v[j]); end >= 0 {
				return v[j+1 : j+1+end]
			}
			return ""
		}
		end := j
		for end < len(v) && !isHTMLSpace(v[end]) && v[end] != ';' {
			end++
		}
		return v[j:end]
	}
}

// declaredCharset finds a charset=LABEL declaration anywhere in b and
// returns the canonical name of the first label the platform knows.
func declaredCharset(b []byte) string {
	low := bytes.ToLower(b)
	for off := 0; ; {
		i := bytes.Index(low[off:], []byte("charset="))
		if i < 0 {
			return ""
		}
		j := off + i + len("charset=")
		for j < len(low) && (low[j] == '"' || low[j] == '\'' || low[j] == ' ') {
			j++
		}
		k := j
		for k < len(low) && (isNameByte(low[k]) || low[k] == '_' || low[k] == '.') {
			k++
		}
		if name, ok := canonicalLabel(string(low[j:k])); ok {
			return name
		}
		off = k
	}
}

// isHTMLSpace reports the white space of HTML syntax.
func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// cp1252High maps the bytes 0x80-0x9F of windows-1252 to their code
// points; the other bytes are those of ISO-8859-1. The most common legacy
// encoding is decoded here on every platform: some hosts' TextDecoder
// (Node.js 20, as measured) decodes it as ISO-8859-1.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// decodeWindows1252 converts windows-1252 bytes to UTF-8.
func decodeWindows1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		switch {
		case c < utf8.RuneSelf:
			out = append(out, c)
		case c < 0xA0:
			out = utf8.AppendRune(out, cp1252High[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

// isNameByte reports a byte of a charset label.
func isNameByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == '-' || c == ':'
}
