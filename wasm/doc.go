//go:build js && wasm

// Command wasm is newslens compiled to WebAssembly for JavaScript: browsers,
// Web Workers and Node.js. Build it with
//
//	go run ./examples/web -build DIR
//
// which compiles it (GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w'),
// turns the compiled code's jumps between basic blocks into direct
// branches where WebAssembly's structured control flow allows (some 15–20 %
// faster; see examples/web/internal/jumps), and puts newslens.wasm beside
// Go's $(go env GOROOT)/lib/wasm/wasm_exec.js (from the same toolchain),
// newslens.mjs and newslens.d.ts. The module go build writes works the same,
// only slower.
//
// The program registers one global object, globalThis.newslens, and then
// waits for calls. Use it through the ES module newslens.mjs, which loads
// the module and decodes the results:
//
//	import { load } from "./newslens.mjs";
//	const nl = await load(new URL("newslens.wasm", import.meta.url));
//	const a = await nl.parse(html, { url: "https://example.com/news/1" });
//	for (const m of a.mentions) console.log(a.text.slice(m.start, m.end), m.type, m.id);
//
// # Functions
//
// Every function returns a promise; the global ones resolve to JSON
// strings, which newslens.mjs parses:
//
//   - parse(html, options): the article of a page (a string, or its raw
//     bytes as a Uint8Array or ArrayBuffer, whose charset is then detected;
//     the host's TextDecoder decodes all but windows-1252, which some
//     hosts get wrong), as the JSON of article.Article: title, byline, published, site_name,
//     lang, url, image, html, highlighted, text, mentions, entities.
//   - fromText(text, options): the same for plain text (headline, caption
//     line, paragraphs).
//   - entities(text, options): {mentions, entities} for plain text.
//   - sanitize(html, options): the HTML fragment cleaned with the article
//     policy (a string, not JSON).
//   - version: the version of the newslens module the program was built
//     with (as the main module or a dependency), "devel" for a build from
//     a work tree.
//
// Options: url (the page's address: base of relative links), entities
// (false skips entity linking), maxBytes and maxDepth (input limits, as
// article.WithMaxBytes and article.WithMaxDepth; 0 means no limit).
//
// # Offsets
//
// Go counts string offsets in UTF-8 bytes, JavaScript in UTF-16 code units.
// Every mention's start and end is converted before it leaves Go, so that
// text.slice(m.start, m.end) === m.text holds in JavaScript, where text is
// the article's text (parse, fromText) or the input (entities).
//
// # Errors
//
// A function never throws: it returns a rejected promise holding an Error
// with a code property: TypeError "ERR_INVALID_ARG" for an argument of the
// wrong type, RangeError "ERR_TOO_LARGE" and "ERR_TOO_DEEP" for an input
// over a limit, Error "ERR_NO_CONTENT" and "ERR_NOT_HTML" for input without
// an article, and Error "ERR_INTERNAL" for a recovered Go panic (the Go
// stack is in its goStack property). The module stays usable after any of
// them.
//
// # Threads and cost
//
// Go in WebAssembly runs on the thread that calls it, so a call blocks that
// thread until it is done; run newslens in a Web Worker to keep a page
// responsive. The knowledge base and tagger model are decoded on the first
// call that finds entities, which makes that call slower than later ones.
//
// # Profile-guided build
//
// default.pgo, the samples of the tagger and the HTML parser in a CPU
// profile of native Parse and MarshalJSON on the seed page, is picked up
// by go build (-pgo=auto) for this package only. It inlines their hot
// small functions: a call costs far more in WebAssembly, where Go passes
// arguments through memory and checks for stack unwinding after every
// call, than natively. The whole profile inlined more and made parse()
// some 2% faster still, but the larger functions made cold start about
// 40 ms slower. Regenerate it after large changes to those paths with
//
//	go test -run '^$' -bench 'BenchmarkParseSmallJSON$' -benchtime 12s -cpuprofile cpu.pprof -o article.test ./article
//	go tool pprof -proto -focus='entities/internal/tagger|golang.org/x/net/html' -hide='^runtime\.|^internal/' article.test cpu.pprof >wasm/default.pgo
package main
