package article

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

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

// decode converts raw page bytes to valid UTF-8, from the encoding
// pageLabel finds; invalid sequences become U+FFFD.
func decode(b []byte) ([]byte, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrNoContent)
	}
	valid := utf8.Valid(b)
	if name := pageLabel(b, valid); name == "" {
		// Dropping a whole UTF-8 BOM keeps b valid or invalid.
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	} else if name == "windows-1252" {
		b, valid = decodeWindows1252(b), true
	} else {
		out, err := decodeLabel(b, name)
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
