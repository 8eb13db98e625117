// Package build assembles the browser demo: it compiles the wasm module
// with the running Go toolchain, makes its block jumps direct branches
// (package jumps), and copies the files a browser needs
// (wasm_exec.js, the JavaScript wrapper and its typings, the static page)
// into one directory that any static file server can serve.
//
// The demo command uses it:
//
//	err := build.Build(ctx, "dist", build.Config{Static: pageFiles})
//
// writes dist/newslens.wasm, dist/wasm_exec.js, dist/newslens.mjs,
// dist/newslens.d.ts and the page files.
package build
