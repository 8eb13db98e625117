// newslens.mjs: load newslens.wasm and call it from JavaScript.
//
// Works in browsers, Web Workers and Node.js 20+. The module needs Go's
// wasm_exec.js from the toolchain that built newslens.wasm. When
// globalThis.Go is not defined yet, load() imports wasm_exec.js itself:
// from options.wasmExec, else from beside this file. A page may instead
// load it first with <script src="wasm_exec.js"></script>, and a classic
// worker with importScripts("wasm_exec.js").
//
//   import { load } from "./newslens.mjs";
//   const nl = await load(new URL("newslens.wasm", import.meta.url));
//   const article = await nl.parse(html, { url: pageURL });
//
// Every method returns a promise. Offsets (mention start/end) are UTF-16
// code units, so text.slice(m.start, m.end) === m.text. Failures reject
// with an Error that has a code property (see newslens.d.ts).

const isNode = typeof process === "object" && process.versions != null &&
  process.versions.node != null && typeof window === "undefined";

/**
 * Loads and starts newslens.wasm.
 *
 * @param {string|URL|Response|Promise<Response>|ArrayBuffer|ArrayBufferView|WebAssembly.Module} [source]
 *   where the module is: a URL (a file path in Node.js), a fetch Response,
 *   the bytes, or a compiled module; default newslens.wasm beside this file.
 * @param {{wasmExec?: string|URL}} [options] where Go's wasm_exec.js is
 *   when globalThis.Go is not defined yet; default beside this file.
 * @returns {Promise<import("./newslens.d.ts").Newslens>}
 */
export async function load(source, options = {}) {
  source ??= new URL("./newslens.wasm", import.meta.url);
  await ensureGo(options.wasmExec ?? new URL("./wasm_exec.js", import.meta.url));
  const module = await compile(await source);
  const go = new globalThis.Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const before = globalThis.newslens;
  // run executes main synchronously until it waits for calls: by then it
  // has registered globalThis.newslens. Its promise settles when Go exits,
  // which go.exited tells later calls.
  go.run(instance).catch(() => {});
  const ns = globalThis.newslens;
  if (go.exited || ns == null || ns === before) {
    throw new Error("newslens: the WebAssembly module exited while starting");
  }
  return api(ns, go);
}

/** Builds the public API over the namespace the Go program registered. */
function api(ns, go) {
  const call = (name, decode) => async (input, options) => {
    if (go.exited) {
      throw new Error(`newslens: ${name}: the WebAssembly module has exited; load it again`);
    }
    const out = await ns[name](input, options);
    return decode ? JSON.parse(out) : out;
  };
  return Object.freeze({
    parse: call("parse", true),
    fromText: call("fromText", true),
    entities: call("entities", true),
    sanitize: call("sanitize", false),
    get version() {
      return ns.version; // read on first use: it parses the build information
    },
  });
}

/** Makes sure globalThis.Go (Go's wasm_exec.js) is defined. */
async function ensureGo(wasmExec) {
  if (typeof globalThis.Go === "function") return;
  const url = await resolveURL(wasmExec);
  try {
    // wasm_exec.js is a plain script that only sets globalThis.Go, so it
    // runs as a module too; this works in pages, workers and Node.js.
    await import(url.href);
  } catch (err) {
    if (typeof importScripts !== "function") {
      throw new Error(`newslens: cannot load Go's wasm_exec.js from ${url.href}: ${err.message}`, { cause: err });
    }
    importScripts(url.href); // a classic worker without module import()
  }
  if (typeof globalThis.Go !== "function") {
    throw new Error(`newslens: ${url.href} did not define globalThis.Go; is it Go's wasm_exec.js?`);
  }
}

/** Compiles source (see load) to a WebAssembly.Module. */
async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return WebAssembly.compile(source);
  }
  if (typeof Response === "function" && source instanceof Response) {
    return compileResponse(source);
  }
  if (typeof source === "string" || source instanceof URL) {
    const url = await resolveURL(source);
    if (url.protocol === "file:" && isNode) {
      const { readFile } = await import("node:fs/promises");
      return WebAssembly.compile(await readFile(url));
    }
    return compileResponse(await fetch(url));
  }
  throw new TypeError("newslens: load() takes a URL, a Response, bytes or a WebAssembly.Module");
}

/** Compiles the body of a fetch response, streaming when the server allows. */
async function compileResponse(res) {
  if (!res.ok) {
    throw new Error(`newslens: fetching ${res.url || "the module"} failed: HTTP ${res.status}`);
  }
  const type = res.headers.get("Content-Type") ?? "";
  if (typeof WebAssembly.compileStreaming === "function" && type.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

/**
 * Resolves a URL or, in Node.js, a file path (relative to the working
 * directory) to an absolute URL. Elsewhere relative URLs resolve against
 * the document or worker location.
 */
async function resolveURL(u) {
  if (u instanceof URL) return u;
  if (isNode && !/^[a-z][a-z0-9+.-]+:/i.test(u)) {
    const { pathToFileURL } = await import("node:url");
    return pathToFileURL(u);
  }
  return new URL(u, globalThis.location?.href ?? import.meta.url);
}
