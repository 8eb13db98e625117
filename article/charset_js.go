//go:build js

package article

import (
	"errors"
	"fmt"
	"syscall/js"
)

// In JavaScript the host decodes: TextDecoder knows every WHATWG
// encoding, so a WebAssembly build carries none of their tables.

var (
	textDecoder = js.Global().Get("TextDecoder")
	uint8Array  = js.Global().Get("Uint8Array")
)

// canonicalLabel returns the WHATWG name of the encoding label names
// ("sjis" -> "shift_jis"), false if the label is unknown.
func canonicalLabel(label string) (name string, ok bool) {
	dec, err := newTextDecoder(label)
	if err != nil {
		return "", false
	}
	return dec.Get("encoding").String(), true
}

// decodeLabel converts b from the encoding name (a canonicalLabel) to
// UTF-8, a leading byte-order mark dropped.
func decodeLabel(b []byte, name string) (out []byte, err error) {
	dec, err := newTextDecoder(name)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("TextDecoder: %v", r)
		}
	}()
	arr := uint8Array.New(len(b))
	js.CopyBytesToJS(arr, b)
	return []byte(dec.Call("decode", arr).String()), nil
}

// newTextDecoder returns a TextDecoder for label; the constructor throws a
// RangeError for a label it does not know.
func newTextDecoder(label string) (dec js.Value, err error) {
	if textDecoder.Type() != js.TypeFunction {
		return js.Value{}, errors.New("TextDecoder is not available")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("TextDecoder(%q): %v", label, r)
		}
	}()
	return textDecoder.New(label), nil
}
