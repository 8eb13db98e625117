//go:build js && wasm

package main

import "syscall/js"

// Reading a property with syscall/js's Value.Get (or Length, Index,
// InstanceOf) lets a JavaScript exception from a getter or a Proxy trap
// unwind straight through the Go stack, which leaves the module broken.
// Value.Call catches exceptions and panics with a js.Error instead, which
// settle recovers; so everything read from a caller's object goes through
// a call.

// get returns v[name], read with Reflect.get. v must be an object.
func get(v js.Value, name string) js.Value {
	return js.Global().Get("Reflect").Call("get", v, name)
}

// tag returns Object.prototype.toString.call(v), "[object Uint8Array]"
// for example; it tells built-in types apart without instanceof.
func tag(v js.Value) string {
	toString := js.Global().Get("Object").Get("prototype").Get("toString")
	return toString.Call("call", v).String()
}

// utf16Length returns the length of the JavaScript string s, read from
// the boxed Object(s) because syscall/js reads properties of objects only.
func utf16Length(s js.Value) int64 {
	return int64(js.Global().Get("Object").Invoke(s).Get("length").Int())
}

// typeName names the JavaScript type of v for error messages.
func typeName(v js.Value) string {
	if v.IsNull() {
		return "null"
	}
	return v.Type().String()
}
