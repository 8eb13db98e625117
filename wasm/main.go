//go:build js && wasm

package main

import (
	"runtime/debug"
	"sync"
	"syscall/js"
)

// main registers the newslens namespace and waits for calls. It touches
// neither the knowledge base nor the tagger model: those are decoded on
// the first call that needs them, so instantiating the module stays fast.
func main() {
	js.Global().Set("newslens", namespace())
	select {}
}

// namespace builds the object registered as globalThis.newslens.
func namespace() js.Value {
	ns := objectCtor.New()
	ns.Set("parse", export("parse", parse))
	ns.Set("fromText", export("fromText", fromText))
	ns.Set("entities", export("entities", findEntities))
	ns.Set("sanitize", export("sanitize", sanitize))
	defineGetter(ns, "version", version)
	return ns
}

// modulePath is the module this program belongs to.
const modulePath = "github.com/newslens/newslens"

// version is the version of the newslens module the program was built
// with, read once and only when asked: parsing the build information is
// work a cold start need not do.
var version = sync.OnceValue(func() string {
	bi, _ := debug.ReadBuildInfo()
	return moduleVersion(bi)
})

// moduleVersion is the version of modulePath in bi, the main module (a
// build with go install module@version) or a dependency (a build of this
// package from another module), as a replacement gives it. A build from a
// work tree, a replacement by a directory and missing build information
// give "devel".
func moduleVersion(bi *debug.BuildInfo) string {
	if bi == nil {
		return "devel"
	}
	for _, m := range append([]*debug.Module{&bi.Main}, bi.Deps...) {
		if m.Path != modulePath {
			continue
		}
		if m.Replace != nil {
			m = m.Replace
		}
		if m.Version != "" && m.Version != "(devel)" {
			return m.Version
		}
		break
	}
	return "devel"
}

// defineGetter defines o[name] as a read-only, enumerable property whose
// value get returns, called on each read.
func defineGetter(o js.Value, name string, get func() string) {
	desc := objectCtor.New()
	desc.Set("enumerable", true)
	desc.Set("get", js.FuncOf(func(js.Value, []js.Value) any { return get() })) // kept for the program's life
	objectCtor.Call("defineProperty", o, name, desc)
}
