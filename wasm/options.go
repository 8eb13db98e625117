//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"github.com/newslens/newslens/article"
)

// options are the settings of one call, read from its JavaScript options
// object: {url, entities, maxBytes, maxDepth}. Unknown keys are ignored.
type options struct {
	url      string
	entities bool
	maxBytes int64
	maxDepth int
}

// readOptions reads v, which may be undefined, null or an object.
func readOptions(v js.Value) (options, error) {
	o := options{entities: true, maxBytes: article.DefaultMaxBytes, maxDepth: article.DefaultMaxDepth}
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return o, nil
	case js.TypeObject:
	default:
		return o, argErrorf("options must be an object, not a %s", v.Type())
	}
	var err error
	if o.url, err = stringProp(v, "url", o.url); err != nil {
		return o, err
	}
	if o.entities, err = boolProp(v, "entities", o.entities); err != nil {
		return o, err
	}
	if o.maxBytes, err = intProp(v, "maxBytes", o.maxBytes); err != nil {
		return o, err
	}
	depth, err := intProp(v, "maxDepth", int64(o.maxDepth))
	o.maxDepth = int(depth)
	return o, err
}

// articleOptions returns the article options that o stands for. When they
// link entities, the default linker is readied first (see prepareLinker).
func (o options) articleOptions() []article.Option {
	opts := []article.Option{article.WithMaxBytes(o.maxBytes), article.WithMaxDepth(o.maxDepth)}
	if o.url != "" {
		opts = append(opts, article.WithURL(o.url))
	}
	if !o.entities {
		return append(opts, article.WithLinker(nil))
	}
	prepareLinker()
	return opts
}

// prop returns v[name] and whether it is set (neither undefined nor null).
func prop(v js.Value, name string) (js.Value, bool) {
	p := get(v, name)
	return p, !p.IsUndefined() && !p.IsNull()
}

// stringProp reads an optional string property, def when unset.
func stringProp(v js.Value, name, def string) (string, error) {
	p, ok := prop(v, name)
	if !ok {
		return def, nil
	}
	if p.Type() != js.TypeString {
		return def, argErrorf("options.%s must be a string, not a %s", name, p.Type())
	}
	return p.String(), nil
}

// boolProp reads an optional boolean property, def when unset.
func boolProp(v js.Value, name string, def bool) (bool, error) {
	p, ok := prop(v, name)
	if !ok {
		return def, nil
	}
	if p.Type() != js.TypeBoolean {
		return def, argErrorf("options.%s must be a boolean, not a %s", name, p.Type())
	}
	return p.Bool(), nil
}

// intProp reads an optional non-negative integer property, def when unset.
func intProp(v js.Value, name string, def int64) (int64, error) {
	p, ok := prop(v, name)
	if !ok {
		return def, nil
	}
	if p.Type() != js.TypeNumber {
		return def, argErrorf("options.%s must be a number, not a %s", name, p.Type())
	}
	f := p.Float()
	if f < 0 || f != math.Trunc(f) || f > 1<<53 {
		return def, argErrorf("options.%s must be a non-negative integer, not %s", name, fmtNumber(f))
	}
	return int64(f), nil
}

// fmtNumber formats f for an error message: "1.5", "-1", "NaN", "+Inf".
func fmtNumber(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
