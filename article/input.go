package article

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/newslens/newslens/article/internal/swar"
)

// readLimited reads all of r, failing with ErrTooLarge as soon as more
// than max bytes arrive (max <= 0: no limit), without buffering the rest.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		// A bytes or strings reader or buffer says how much is left:
		// one allocation instead of repeated growth.
		n := int64(l.Len())
		if max > 0 {
			n = min(n, max+1)
		}
		buf.Grow(int(n) + bytes.MinRead)
	}
	if max > 0 {
		r = io.LimitReader(r, max+1)
	}
	_, err := buf.ReadFrom(r)
	b := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("article: reading input: %w", err)
	}
	if max > 0 && int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// decode converts raw page bytes to valid UTF-8. The encoding comes from
// a byte-order mark; else input that is valid UTF-8 is taken as UTF-8
// (scraped pages are often re-encoded while keeping their old <meta>);
// else a <meta charset> or http-equiv declaration names it; else it is
// windows-1252, as browsers assume.
func decode(b []byte) ([]byte, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrNoContent)
	}
	valid := utf8.Valid(b)
	enc, name := pageEncoding(b, valid)
	if enc == nil {
		// Dropping a whole UTF-8 BOM keeps b valid or invalid.
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	} else {
		out, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return nil, fmt.Errorf("article: decoding %s: %w", name, err)
		}
		b, valid = out, utf8.Valid(out)
	}
	if !valid {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if isBinary(b) {
		return nil, ErrNotHTML
	}
	return b, nil
}

// pageEncoding returns the encoding of b, nil for UTF-8; valid is
// utf8.Valid(b).
func pageEncoding(b []byte, valid bool) (encoding.Encoding, string) {
	if len(b) >= 4 && b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0 {
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le" // no BOM
	}
	if len(b) >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0 {
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	if !hasBOM(b) && valid && bytes.IndexByte(b, 0x1b) < 0 {
		// Valid UTF-8 is UTF-8 whatever the page declares, except for
		// ISO-2022 text, which needs escape bytes: skip the prescan.
		return nil, "utf-8"
	}
	enc, name, certain := charset.DetermineEncoding(b, "text/html")
	switch {
	case certain: // byte-order mark
	case valid && !strings.HasPrefix(name, "iso-2022"):
		return nil, "utf-8"
	case name == "windows-1252":
		// No declaration in the first 1024 bytes: look further.
		if e, n := declaredCharset(b[:min(len(b), 64<<10)]); e != nil {
			enc, name = e, n
		}
	}
	if enc == encoding.Nop || enc == unicode.UTF8 || name == "utf-8" {
		return nil, "utf-8"
	}
	return enc, name
}

// hasBOM reports whether b starts with a UTF-8 or UTF-16 byte-order mark.
func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe"))
}

// declaredCharset finds a charset=NAME declaration anywhere in b.
func declaredCharset(b []byte) (encoding.Encoding, string) {
	low := bytes.ToLower(b)
	for off := 0; ; {
		i := bytes.Index(low[off:], []byte("charset="))
		if i < 0 {
			return nil, ""
		}
		j := off + i + len("charset=")
		for j < len(low) && (low[j] == '"' || low[j] == '\'' || low[j] == ' ') {
			j++
		}
		k := j
		for k < len(low) && (isNameByte(low[k]) || low[k] == '_' || low[k] == '.') {
			k++
		}
		if e, n := charset.Lookup(string(low[j:k])); e != nil {
			return e, n
		}
		off = k
	}
}

// isBinary reports data that is not text: NUL bytes or many control
// characters near the start, as in images, archives or PDF bodies.
func isBinary(b []byte) bool {
	ctrl, total := 0, 0
	head := b[:min(len(b), 8192)]
	for i := 0; i < len(head); {
		if i+8 <= len(head) && swar.PrintableASCII(swar.Load(head, i)) {
			total += 8
			i += 8
			continue
		}
		total++
		c := head[i]
		if c >= 0x20 && c < utf8.RuneSelf { // printable ASCII, most bytes
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(head[i:])
		}
		i += size
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			ctrl++
		case r == utf8.RuneError:
			ctrl++
		}
	}
	return total > 0 && ctrl*10 > total
}

func isNameByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == '-' || c == ':'
}
