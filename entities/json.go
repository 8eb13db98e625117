package entities

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// The JSON encoders below are written out by hand: articles carry dozens
// of mentions, and encoding each through reflection, then having the
// caller re-scan the bytes, was the slowest part of producing an
// article's JSON (four times slower still in WebAssembly). The output is
// byte for byte what encoding/json produces for the same fields; a test
// compares the two.

// MarshalJSON encodes m as {start, end, text, type, id, wikipedia, score},
// the entity flattened to its identifiers so that every consumer (CLI,
// JavaScript) sees one shape.
func (m Mention) MarshalJSON() ([]byte, error) {
	return orNil(m.AppendJSON(make([]byte, 0, 96+len(m.Text)+len(m.entityID())+len(m.entityWikipedia()))))
}

// AppendJSON appends the encoding MarshalJSON returns to b, so that a
// caller writing many mentions into one buffer makes no allocation per
// mention. On error b is returned unchanged.
func (m Mention) AppendJSON(b []byte) ([]byte, error) {
	if err := checkFloat(m.Score); err != nil {
		return b, err
	}
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = appendField(b, "text", m.Text)
	b = appendField(b, "type", string(m.Type))
	b = appendField(b, "id", m.entityID())
	b = appendField(b, "wikipedia", m.entityWikipedia())
	b = append(b, `,"score":`...)
	b = appendFloat(b, m.Score)
	return append(b, '}'), nil
}

// entityID and entityWikipedia are the linked entity's identifiers, ""
// when m is unlinked.
func (m Mention) entityID() string {
	if m.Entity == nil {
		return ""
	}
	return m.Entity.ID
}

func (m Mention) entityWikipedia() string {
	if m.Entity == nil {
		return ""
	}
	return m.Entity.Wikipedia
}

// MarshalJSON encodes s as its entity's fields (id, wikipedia, name,
// description and kind when set, type) followed by count and salience.
func (s Summary) MarshalJSON() ([]byte, error) {
	e := &s.Entity
	return orNil(s.AppendJSON(make([]byte, 0, 128+len(e.ID)+len(e.Wikipedia)+len(e.Name)+len(e.Description)+len(e.Kind))))
}

// orNil returns b, or nil with a non-nil err, as a MarshalJSON must.
func orNil(b []byte, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return b, nil
}

// AppendJSON appends the encoding MarshalJSON returns to b; on error b
// is returned unchanged.
func (s Summary) AppendJSON(b []byte) ([]byte, error) {
	if err := checkFloat(s.Salience); err != nil {
		return b, err
	}
	e := &s.Entity
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	b = appendField(b, "wikipedia", e.Wikipedia)
	b = appendField(b, "name", e.Name)
	if e.Description != "" {
		b = appendField(b, "description", e.Description)
	}
	b = appendField(b, "type", string(e.Type))
	if e.Kind != "" {
		b = appendField(b, "kind", e.Kind)
	}
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, int64(s.Count), 10)
	b = append(b, `,"salience":`...)
	b = appendFloat(b, s.Salience)
	return append(b, '}'), nil
}

// appendField appends `,"key":` and the string value v.
func appendField(b []byte, key, v string) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendString(b, v)
}

// checkFloat returns the error encoding/json gives for a number JSON
// cannot hold.
func checkFloat(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return &json.UnsupportedValueError{Value: reflect.ValueOf(f), Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	return nil
}

// appendFloat formats a finite f as encoding/json does: plain decimals,
// exponent form only for very small or large magnitudes.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		// e-09 becomes e-9, as in encoding/json.
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string escaped as encoding/json does
// by default: quotes, backslashes and control characters, <, > and & (so
// the JSON can sit in an HTML script element), U+2028 and U+2029 (line
// terminators in JavaScript), and invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscaped(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscaped appends the escape of an ASCII byte JSON strings may not
// hold as is.
func appendEscaped(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
