// Command web builds the newslens browser demo and serves it on localhost.
//
//	go run ./examples/web               build into a temporary directory and serve
//	go run ./examples/web -addr :9000   serve on another address
//	go run ./examples/web -build DIR    only build into DIR and exit
//
// The build compiles the wasm module with the same Go toolchain
// (GOOS=js GOARCH=wasm, -trimpath -ldflags='-s -w'), copies wasm_exec.js
// from that toolchain, the JavaScript wrapper newslens.mjs with its
// typings, and the page (embedded from static/). A busy address falls back
// to a free loopback port; the URL is printed.
//
// # The page
//
// It opens with a sample article written for the demo and accepts pasted
// HTML or text, a dropped or chosen file, and a page URL for saved HTML.
// newslens runs in a module Web Worker (worker.js), so the page stays
// responsive while the module loads and parses; a progress bar shows the
// download. The article is rendered from the highlighted HTML with one
// colour, border and text label per entity type, a legend that filters
// types, a list of entities with mention counts and salience, and an
// entity card on hover, focus or click (Tab moves between mentions, Enter
// pins the card, Esc closes it).
//
// # Security
//
// Only the sanitized html and highlighted fields of newslens's result are
// inserted as HTML; everything else is built as DOM nodes. The server sends
// a strict Content-Security-Policy: scripts only from this origin (no
// inline script) plus WebAssembly compilation, no frames, forms or base
// URLs, and images only from this origin or data: URLs. A pasted article's
// remote images are therefore blocked and shown as their description: the
// page never contacts another host.
package main
