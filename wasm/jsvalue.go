//go:build js && wasm

package main

import "syscall/js"

// Reading a property with syscall/js's Value.Get (or Length, Index,
// InstanceOf) lets a JavaScript exception from a getter or a Proxy trap
// unwind straight through the Go stack, which leaves the module broken.
// Value.Call catches exceptions and panics with a js.Error instead, which
// settle recovers; so everything read from a caller's object goes through
// a call.

// The built-ins every call uses, looked up once at start: each lookup
// creates js.Values that the Go runtime must track, and taking them
// before any caller's code runs keeps a later change to the globals from
// reaching into the module.
var (
	reflectGet     = js.Global().Get("Reflect").Get("get")
	objectCtor     = js.Global().Get("Object")
	objectToString = objectCtor.Get("prototype").Get("toString")
	promiseCtor    = js.Global().Get("Promise")
	uint8ArrayCtor = js.Global().Get("Uint8Array")
)

// get returns v[name], read with Reflect.get. v must be an object.
func get(v js.Value, name string) js.Value {
	return reflectGet.Invoke(v, name)
}

// tag returns Object.prototype.toString.call(v), "[object Uint8Array]"
// for example; it tells built-in types apart without instanceof.
func tag(v js.Value) string {
	return objectToString.Call("call", v).String()
}

// utf16Length returns the length of the JavaScript string s, read from
// the boxed Object(s) because syscall/js reads properties of objects only.
func utf16Length(s js.Value) int64 {
	return int64(objectCtor.Invoke(s).Get("length").Int())
}

// typeName names the JavaScript type of v for error messages.
func typeName(v js.Value) string {
	if v.IsNull() {
		return "null"
	}
	return v.Type().String()
}
