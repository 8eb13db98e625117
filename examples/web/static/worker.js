// Runs newslens off the main thread so the page never freezes while the
// module compiles or an article is parsed. A module worker: wasm_exec.js
// is a plain script that only defines globalThis.Go, so importing it for
// its side effect works where importScripts is unavailable.
import './wasm_exec.js';
import { load } from './newslens.mjs';

let api = null;

// fetchWithProgress streams the module through a Response that reports
// the bytes received, keeping streaming compilation.
async function fetchWithProgress(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot load ${url}: HTTP ${res.status}`);
  const total = Number(res.headers.get('Content-Length')) || 0;
  if (!res.body) return res;
  let loaded = 0;
  const counter = new TransformStream({
    transform(chunk, ctl) {
      loaded += chunk.byteLength;
      self.postMessage({ type: 'progress', loaded, total });
      ctl.enqueue(chunk);
    },
  });
  return new Response(res.body.pipeThrough(counter), {
    headers: { 'Content-Type': 'application/wasm' },
  });
}

function module() {
  if (!api) {
    const t0 = performance.now();
    api = fetchWithProgress(new URL('newslens.wasm', import.meta.url))
      .then((res) => load(res))
      .then((nl) => {
        self.postMessage({ type: 'ready', ms: performance.now() - t0, version: nl.version ?? '' });
        return nl;
      });
    api.catch(() => { api = null; });
  }
  return api;
}

const ops = {
  parse: (nl, input, options) => nl.parse(input, options),
  fromText: (nl, input, options) => nl.fromText(input, options),
  entities: (nl, input) => nl.entities(input),
  sanitize: (nl, input) => nl.sanitize(input),
};

self.onmessage = async (e) => {
  const { id, op, input, options } = e.data;
  try {
    const nl = await module();
    if (op === 'load') {
      self.postMessage({ type: 'result', id, ok: true, result: null });
      return;
    }
    const fn = ops[op];
    if (!fn) throw new TypeError(`unknown operation ${op}`);
    const t0 = performance.now();
    const result = await fn(nl, input, options);
    self.postMessage({ type: 'result', id, ok: true, result, ms: performance.now() - t0 });
  } catch (err) {
    const message = err && err.message ? err.message : String(err);
    self.postMessage({ type: 'result', id, ok: false, error: message, code: err && err.code });
  }
};
