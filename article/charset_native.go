//go:build !js

package article

import (
	"bytes"

	"golang.org/x/text/encoding/htmlindex"
)

// canonicalLabel returns the WHATWG name of the encoding label names
// ("sjis" -> "shift_jis"), false if the label is unknown.
func canonicalLabel(label string) (string, bool) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return "", false
	}
	name, err := htmlindex.Name(enc)
	return name, err == nil
}

// decodeLabel converts b from the encoding name (a canonicalLabel) to
// UTF-8, a leading byte-order mark dropped.
func decodeLabel(b []byte, name string) ([]byte, error) {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimPrefix(b, bomOf(name))
	return enc.NewDecoder().Bytes(b)
}

// bomOf returns the byte-order mark of the Unicode encoding name, nil for
// other encodings.
func bomOf(name string) []byte {
	switch name {
	case "utf-8":
		return []byte("\xef\xbb\xbf")
	case "utf-16le":
		return []byte("\xff\xfe")
	case "utf-16be":
		return []byte("\xfe\xff")
	}
	return nil
}
