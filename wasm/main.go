//go:build js && wasm

package main

import (
	"runtime/debug"
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
	ns.Set("version", version())
	return ns
}

// version is the module version the program was built from, "devel" for
// a build from a work tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
