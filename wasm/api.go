//go:build js && wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall/js"

	"github.com/newslens/newslens/article"
	"github.com/newslens/newslens/entities"
)

// parse is newslens.parse(html, options): html is a string or the raw
// bytes of a page (Uint8Array or ArrayBuffer, whose charset is detected).
func parse(args []js.Value) (string, error) {
	o, err := readOptions(arg(args, 1))
	if err != nil {
		return "", err
	}
	r, err := htmlArg(arg(args, 0), o.maxBytes)
	if err != nil {
		return "", err
	}
	a, err := article.Parse(r, o.articleOptions()...)
	if err != nil {
		return "", err
	}
	return articleJSON(a)
}

// fromText is newslens.fromText(text, options).
func fromText(args []js.Value) (string, error) {
	return withString(args, "text", func(s string, o options) (string, error) {
		a, err := article.FromText(s, o.articleOptions()...)
		if err != nil {
			return "", err
		}
		return articleJSON(a)
	})
}

// withString reads the string argument args[0] (called name in errors)
// and the options args[1], then calls f with them.
func withString(args []js.Value, name string, f func(s string, o options) (string, error)) (string, error) {
	o, err := readOptions(arg(args, 1))
	if err != nil {
		return "", err
	}
	s, err := stringArg(arg(args, 0), name, o.maxBytes)
	if err != nil {
		return "", err
	}
	return f(s, o)
}

// findEntities is newslens.entities(text, options).
func findEntities(args []js.Value) (string, error) {
	return withString(args, "text", func(s string, _ options) (string, error) {
		prepareLinker()
		ms := entities.Default().Find(s)
		mentions, err := jsonList(mentionsUTF16(s, ms))
		if err != nil {
			return "", err
		}
		summary, err := jsonList(entities.Summarize(s, ms))
		if err != nil {
			return "", err
		}
		// {"mentions": [...], "entities": [...]}: the mentions in the
		// text and their summary by entity.
		return `{"mentions":` + string(mentions) + `,"entities":` + string(summary) + "}", nil
	})
}

// sanitize is newslens.sanitize(html): the article policy applied to an
// HTML fragment. It resolves to the HTML itself, not to JSON.
func sanitize(args []js.Value) (string, error) {
	return withString(args, "html", func(s string, _ options) (string, error) {
		return article.Sanitize(s), nil
	})
}

// arg returns args[i], undefined when the caller passed fewer.
func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// stringArg copies the string v into Go. The limit is checked on the
// UTF-16 length first (a lower bound of the UTF-8 size), so an oversized
// input fails before it is copied.
func stringArg(v js.Value, name string, maxBytes int64) (string, error) {
	if v.Type() != js.TypeString {
		return "", argErrorf("%s must be a string, not a %s", name, typeName(v))
	}
	if tooLarge(utf16Length(v), maxBytes) {
		return "", tooLargeError(maxBytes)
	}
	s := v.String()
	if tooLarge(int64(len(s)), maxBytes) {
		return "", tooLargeError(maxBytes)
	}
	return s, nil
}

// htmlArg returns a reader over the page v: a string or its bytes as a
// Uint8Array or ArrayBuffer.
func htmlArg(v js.Value, maxBytes int64) (io.Reader, error) {
	switch v.Type() {
	case js.TypeString:
		s, err := stringArg(v, "html", maxBytes)
		return strings.NewReader(s), err
	case js.TypeObject:
		switch tag(v) {
		case "[object ArrayBuffer]":
			return bytesArg(uint8ArrayCtor.New(v), maxBytes)
		case "[object Uint8Array]":
			return bytesArg(v, maxBytes)
		}
	}
	return nil, argErrorf("html must be a string, Uint8Array or ArrayBuffer, not a %s", typeName(v))
}

// bytesArg copies the Uint8Array v into Go.
func bytesArg(v js.Value, maxBytes int64) (io.Reader, error) {
	n := get(v, "byteLength").Int()
	if tooLarge(int64(n), maxBytes) {
		return nil, tooLargeError(maxBytes)
	}
	b := make([]byte, n)
	js.CopyBytesToGo(b, v)
	return bytes.NewReader(b), nil
}

// tooLarge reports whether n exceeds the limit max (max <= 0: no limit).
func tooLarge(n, max int64) bool { return max > 0 && n > max }

// tooLargeError wraps article.ErrTooLarge with the limit.
func tooLargeError(max int64) error {
	return fmt.Errorf("%w (limit %d bytes)", article.ErrTooLarge, max)
}

// articleJSON encodes a as article.Article's MarshalJSON does, with the
// mention offsets in UTF-16 code units of a.Text. MarshalJSON needs the
// byte offsets (it renders the highlighted HTML from them), so the
// converted mentions are spliced into its output in place of the
// original ones, found by their exact encoding.
func articleJSON(a *article.Article) (string, error) {
	out, err := a.MarshalJSON()
	if err != nil || len(a.Mentions) == 0 || isASCII(a.Text) {
		return string(out), err
	}
	orig, err := jsonList(a.Mentions)
	if err != nil {
		return "", err
	}
	conv, err := jsonList(mentionsUTF16(a.Text, a.Mentions))
	if err != nil {
		return "", err
	}
	key := []byte(`"mentions":`)
	// A key cannot occur inside a JSON string, where quotes are escaped.
	i := bytes.Index(out, append(key, orig...))
	if i < 0 {
		return "", errors.New("newslens: mentions not found in the article JSON")
	}
	i += len(key)
	var b strings.Builder
	b.Grow(len(out) - len(orig) + len(conv))
	b.Write(out[:i])
	b.Write(conv)
	b.Write(out[i+len(orig):])
	return b.String(), nil
}

// jsonList encodes xs as a JSON array of their own encodings, appended
// to one buffer as MarshalJSON writes mentions and entities inside the
// article (json.Marshal would scan every item's bytes again).
func jsonList[T jsonAppender](xs []T) ([]byte, error) {
	b := make([]byte, 0, 160*len(xs)+2)
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = x.AppendJSON(b); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

// jsonAppender is a value that appends its JSON encoding to a buffer.
type jsonAppender interface {
	AppendJSON(b []byte) ([]byte, error)
}
