// Command nativeparse times native article.Parse + MarshalJSON call by
// call, on request, for wasm/measure.mjs: it reads a page, then for each
// line on its standard input parses the page once and writes the time
// the call took, in nanoseconds, as a line. measure.mjs alternates these
// calls with WebAssembly parse() calls in its own process, so that both
// sides run through the same moments of a shared machine, whose speed
// drifts from one second to the next.
//
// Usage:
//
//	nativeparse PAGE URL
package main
