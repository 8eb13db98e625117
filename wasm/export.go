//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"syscall/js"

	"github.com/newslens/newslens/article"
)

// handler is the Go side of one exported function: it gets the JavaScript
// arguments and returns the value the promise resolves to (a string).
type handler func(args []js.Value) (string, error)

// export wraps h as a JavaScript function that never throws and never lets
// a Go panic escape: it returns a promise resolved with h's result or
// rejected with an Error. The work runs synchronously inside the call (Go
// in WebAssembly shares the caller's thread), so no per-call js.Func is
// created; only the exported function itself lives for the program.
func export(name string, h handler) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		return settle(name, h, args)
	})
}

// settle runs h and turns its outcome, a panic included, into a promise.
func settle(name string, h handler, args []js.Value) (p js.Value) {
	defer resumeGC()
	defer func() {
		if r := recover(); r != nil {
			p = promiseCtor.Call("reject", panicError(name, r))
		}
	}()
	s, err := h(args)
	if err != nil {
		return promiseCtor.Call("reject", jsError(err))
	}
	return promiseCtor.Call("resolve", s)
}

// argError is a wrong argument from the caller; it becomes a TypeError.
type argError struct{ msg string }

func (e *argError) Error() string { return e.msg }

// argErrorf returns an *argError with a formatted message.
func argErrorf(format string, a ...any) error {
	return &argError{msg: "newslens: " + fmt.Sprintf(format, a...)}
}

// errorCodes are the JavaScript error codes (Error.code) of the errors a
// caller may want to tell apart.
var errorCodes = []struct {
	err  error
	code string
	ctor string
}{
	{article.ErrTooLarge, "ERR_TOO_LARGE", "RangeError"},
	{article.ErrTooDeep, "ERR_TOO_DEEP", "RangeError"},
	{article.ErrNoContent, "ERR_NO_CONTENT", "Error"},
	{article.ErrNotHTML, "ERR_NOT_HTML", "Error"},
}

// jsError converts err to a JavaScript Error (TypeError for bad
// arguments, RangeError for exceeded limits) with a code property.
func jsError(err error) js.Value {
	code, ctor := "ERR_NEWSLENS", "Error"
	var ae *argError
	if errors.As(err, &ae) {
		code, ctor = "ERR_INVALID_ARG", "TypeError"
	}
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			code, ctor = c.code, c.ctor
			break
		}
	}
	return newError(ctor, err.Error(), code)
}

// panicError converts a recovered panic to a JavaScript Error with code
// ERR_INTERNAL. A JavaScript Error thrown into Go (js.Error, for example
// from a throwing getter on the options object) is passed on as it is. The Go stack is kept in the goStack property for bug reports.
func panicError(name string, r any) js.Value {
	if je, ok := r.(js.Error); ok && tag(je.Value) == "[object Error]" {
		return je.Value
	}
	e := newError("Error", fmt.Sprintf("newslens: internal error in %s: %v", name, r), "ERR_INTERNAL")
	e.Set("goStack", string(debug.Stack()))
	return e
}

// newError returns a new JavaScript error of the given constructor.
func newError(ctor, msg, code string) js.Value {
	e := js.Global().Get(ctor).New(msg)
	e.Set("code", code)
	return e
}
