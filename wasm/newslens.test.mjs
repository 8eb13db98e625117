// Tests of the JavaScript API: node --test wasm/
//
// They load a built module from $NEWSLENS_BUILD_DIR (newslens.wasm,
// wasm_exec.js, newslens.mjs, newslens.d.ts, as `go run ./examples/web
// -build DIR` writes them); when it is unset they build one into a
// temporary directory with the go command.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { buildDir } from "./build.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const fixtureURL = "https://courier.example/2024/05/14/zurich-rail-deal";

let dir, cleanup, load, wasmModule, nl, fixture;

before(async () => {
  ({ dir, cleanup } = await buildDir());
  ({ load } = await import(pathToFileURL(join(dir, "newslens.mjs")).href));
  wasmModule = await WebAssembly.compile(await readFile(join(dir, "newslens.wasm")));
  nl = await load(wasmModule);
  fixture = await readFile(here("./testdata/article.html"), "utf8");
});

after(() => cleanup());

/** Asserts that every mention indexes text and is in order. */
function assertOffsets(text, mentions) {
  let last = 0;
  for (const m of mentions) {
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), `integer offsets: ${JSON.stringify(m)}`);
    assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `offsets in range: ${JSON.stringify(m)}`);
    assert.ok(m.start >= last, `mentions ordered by start: ${JSON.stringify(m)}`);
    last = m.start;
    assert.equal(text.slice(m.start, m.end), m.text);
  }
}

/** Decodes the character references the HTML renderer writes. */
function unescapeHTML(s) {
  return s.replace(/&(amp|lt|gt|quot|#34|#39|nbsp);/g, (_, e) =>
    ({ amp: "&", lt: "<", gt: ">", quot: '"', "#34": '"', "#39": "'", nbsp: "\u00a0" })[e]);
}

/** Returns the text of the marks of each data-mention index. */
function markTexts(highlighted) {
  const out = new Map();
  // Marks hold text only (a mention split by an element is several marks).
  for (const [, attrs, inner] of highlighted.matchAll(/<mark ([^>]*)>([^<]*)<\/mark>/g)) {
    const n = Number(/data-mention="(\d+)"/.exec(attrs)[1]);
    out.set(n, (out.get(n) ?? "") + unescapeHTML(inner));
  }
  return out;
}

describe("load", () => {
  test("returns the API", () => {
    for (const f of ["parse", "fromText", "entities", "sanitize"]) {
      assert.equal(typeof nl[f], "function", f);
    }
    assert.equal(typeof nl.version, "string");
    assert.ok(nl.version.length > 0);
    assert.ok(Object.isFrozen(nl));
  });

  test("accepts a path, a file URL, bytes, a Response and a promise of one", async () => {
    const path = join(dir, "newslens.wasm");
    const bytes = await readFile(path);
    const sources = [
      path,
      pathToFileURL(path),
      pathToFileURL(path).href,
      new Uint8Array(bytes),
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      new Response(bytes, { headers: { "Content-Type": "application/wasm" } }),
      Promise.resolve(new Response(bytes)),
    ];
    for (const src of sources) {
      const other = await load(src);
      assert.equal(other.version, nl.version);
      assert.match(await other.sanitize("<b>ok</b>"), /ok/);
    }
  });

  test("rejects a bad source with an Error", async () => {
    await assert.rejects(load(42), TypeError);
    await assert.rejects(load(join(dir, "missing.wasm")), Error);
    await assert.rejects(load(new Uint8Array([0, 1, 2, 3])), WebAssembly.CompileError);
  });

  test("instances are independent", async () => {
    const other = await load(wasmModule);
    await assert.rejects(other.parse(1), TypeError);
    const [a, b] = await Promise.all([nl.entities("Angela Merkel"), other.entities("Angela Merkel")]);
    assert.deepEqual(a, b);
  });

  test("the build directory ships the current wrapper and typings", async () => {
    for (const f of ["newslens.mjs", "newslens.d.ts"]) {
      assert.equal(await readFile(join(dir, f), "utf8"), await readFile(here(`./${f}`), "utf8"), f);
    }
  });

  test("runs in a worker thread", async () => {
    const w = new Worker(new URL("./testdata/worker.mjs", import.meta.url), { workerData: { dir } });
    const res = await new Promise((resolve, reject) => {
      w.once("message", resolve);
      w.once("error", reject);
    });
    await w.terminate();
    assertOffsets(res.text, res.mentions);
    assert.ok(res.mentions.length >= 1, "mentions found in the worker");
  });
});

describe("parse", () => {
  test("extracts the fixture article", async () => {
    const a = await nl.parse(fixture, { url: fixtureURL });
    assert.equal(a.title, "Leaders meet in Zürich over Alpine rail deal");
    assert.equal(a.site_name, "The Lakeside Courier");
    assert.match(a.published, /^2024-05-14T09:30:00/);
    for (const s of ["José Martí", "Angela Merkel", "🚄", "Lombardy"]) {
      assert.ok(a.text.includes(s), `text has ${s}`);
    }
    assert.ok(!a.html.includes("<script"), "no script in html");
    assert.ok(!a.text.includes("injected"), "no script text");
    assert.ok(!/\sonclick=/i.test(a.html), "no event handler");
    assert.ok(Array.isArray(a.authors) && Array.isArray(a.entities));
  });

  test("mention offsets are UTF-16 indices of text and highlights match", async () => {
    const a = await nl.parse(fixture, { url: fixtureURL });
    assert.ok(a.mentions.length >= 1, "the linker finds mentions in the fixture");
    assertOffsets(a.text, a.mentions);
    const marks = markTexts(a.highlighted);
    a.mentions.forEach((m, i) => assert.equal(marks.get(i), m.text, `marks of mention ${i}`));
  });

  test("takes the page as bytes, detecting the charset", async () => {
    const fromString = await nl.parse(fixture, { url: fixtureURL });
    const bytes = new TextEncoder().encode(fixture);
    assert.deepEqual(await nl.parse(bytes, { url: fixtureURL }), fromString);
    assert.deepEqual(await nl.parse(bytes.buffer, { url: fixtureURL }), fromString);

    const latin1 = fixture.replace('charset="utf-8"', 'charset="windows-1252"')
      .replace(/[^\x00-\xff]/g, "?"); // drop what windows-1252 cannot encode here
    const b = Uint8Array.from(latin1, (c) => c.charCodeAt(0));
    const a = await nl.parse(b, { url: fixtureURL });
    assert.ok(a.text.includes("José Martí"), "windows-1252 decoded");
    assertOffsets(a.text, a.mentions);

    // A multi-byte legacy encoding: the host's TextDecoder decodes it.
    const sjis = await readFile(here("../article/testdata/extract/charset-shift_jis.html"));
    const j = await nl.parse(new Uint8Array(sjis), { url: fixtureURL, entities: false });
    assert.equal(j.title, "新しい自転車道の計画");
    assert.ok(j.text.includes("東京都は月曜日"), "Shift_JIS decoded");
  });

  test("entities: false skips linking", async () => {
    const a = await nl.parse(fixture, { entities: false });
    assert.deepEqual(a.mentions, []);
    assert.deepEqual(a.entities, []);
    assert.ok(!a.highlighted.includes("<mark"));
  });
});

describe("fromText", () => {
  test("builds an article with UTF-16 offsets", async () => {
    const text = "Zürich hosts Alpine rail talks\n\n" +
      "Angela Merkel and José Martí arrived on Tuesday 🚄 for talks with Swiss officials.\n\n" +
      "Barack Obama, who visited Paris last week, praised the plan. 🇺🇸 officials agreed.";
    const a = await nl.fromText(text);
    assert.ok(a.text.includes("José Martí arrived"));
    assert.ok(a.mentions.length >= 1, "mentions found");
    assertOffsets(a.text, a.mentions);
  });
});

describe("entities", () => {
  const texts = [
    "José Martí met 🇺🇸 officials in Zürich … then flew to Berlin with Angela Merkel.",
    "Barack Obama visited Paris.",
    "𝒜 \ud800 lone surrogate, then Angela Merkel met Emmanuel Macron in Zürich 😀😀.",
    "Ⅻ 東京 — Zürich, 🇩🇪 Deutschland: Angela Merkel sprach mit José Martí.",
  ];
  for (const text of texts) {
    test(`offsets index the input: ${text.slice(0, 24)}`, async () => {
      const res = await nl.entities(text);
      assertOffsets(text, res.mentions);
      assert.ok(Array.isArray(res.entities));
    });
  }

  test("finds entities", async () => {
    const res = await nl.entities("Barack Obama visited Paris.");
    assert.ok(res.mentions.length >= 1, "Barack Obama visited Paris. has mentions");
    assert.ok(res.entities.length >= 1);
    const long = await nl.entities(texts[0]);
    assert.ok(long.mentions.some((m) => m.text === "Angela Merkel"), "Angela Merkel found");
  });

  test("concurrent calls", async () => {
    const all = await Promise.all(texts.map((t) => nl.entities(t)));
    all.forEach((res, i) => assertOffsets(texts[i], res.mentions));
  });
});

describe("sanitize", () => {
  test("removes scripts and handlers", async () => {
    const out = await nl.sanitize('<p onclick="steal()">Hello <b>Zürich</b><script>alert(1)</script>' +
      '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a></p>');
    assert.equal(typeof out, "string");
    assert.ok(out.includes("Hello") && out.includes("Zürich"));
    for (const bad of ["<script", "alert", "onclick", "onerror", "javascript:"]) {
      assert.ok(!out.includes(bad), `${bad} removed: ${out}`);
    }
  });
});

describe("errors", () => {
  const invalid = [
    ["parse(42)", () => nl.parse(42)],
    ["parse()", () => nl.parse()],
    ["parse(html, string)", () => nl.parse("<p>x</p>", "https://x.test/")],
    ["parse(html, {url: 5})", () => nl.parse("<p>x</p>", { url: 5 })],
    ["parse(html, {maxBytes: -1})", () => nl.parse("<p>x</p>", { maxBytes: -1 })],
    ["fromText(text, {entities: 'no'})", () => nl.fromText("x", { entities: "no" })],
    ["fromText([])", () => nl.fromText(["x"])],
    ["entities(null)", () => nl.entities(null)],
    ["entities(text, 3)", () => nl.entities("x", 3)],
    ["sanitize({})", () => nl.sanitize({})],
  ];
  for (const [name, call] of invalid) {
    test(`${name} rejects with a TypeError`, async () => {
      await assert.rejects(call(), (err) => {
        assert.ok(err instanceof TypeError, String(err));
        assert.equal(err.code, "ERR_INVALID_ARG");
        assert.match(err.message, /^newslens: /);
        return true;
      });
    });
  }

  test("input over a limit rejects with a RangeError", async () => {
    const check = (err) => err instanceof RangeError && err.code === "ERR_TOO_LARGE";
    await assert.rejects(nl.parse(`<p>${"x".repeat(5000)}</p>`, { maxBytes: 1000 }), check);
    await assert.rejects(nl.entities("é".repeat(600), { maxBytes: 1000 }), check); // 1,200 bytes
    await assert.rejects(nl.parse(new Uint8Array(2000), { maxBytes: 1000 }), check);
    // The default limit (64 MiB) is checked before the string is copied.
    await assert.rejects(nl.fromText("x".repeat(64 * 1024 * 1024 + 1)), check);
  });

  test("input without an article rejects with a coded Error", async () => {
    await assert.rejects(nl.parse(""), (err) => err instanceof Error && err.code === "ERR_NO_CONTENT");
    await assert.rejects(nl.parse(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])),
      (err) => err instanceof Error && /^ERR_/.test(err.code));
  });

  test("an exception thrown by an options getter rejects with it", async () => {
    const boom = new Error("boom");
    const opts = { get url() { throw boom; } };
    await assert.rejects(nl.parse(fixture, opts), (err) => err === boom);
    const trap = new Proxy({}, { get() { throw boom; } });
    await assert.rejects(nl.fromText("Angela Merkel", trap), (err) => err === boom);
  });

  test("later calls still work", async () => {
    await assert.rejects(nl.parse(42));
    await assert.rejects(nl.parse(fixture, { get url() { throw new Error("x"); } }));
    const res = await nl.entities("José Martí met Angela Merkel in Zürich.");
    assertOffsets("José Martí met Angela Merkel in Zürich.", res.mentions);
    const a = await nl.parse(fixture, { url: fixtureURL });
    assert.ok(a.text.length > 0);
  });
});

describe("README example", () => {
  test("example.mjs runs and prints the mentions", async (t) => {
    const tmp = await mkdtemp(join(tmpdir(), "newslens-example-"));
    t.after(() => rm(tmp, { recursive: true, force: true }));
    for (const f of ["newslens.wasm", "wasm_exec.js", "newslens.mjs"]) await symlink(join(dir, f), join(tmp, f));
    await copyFile(here("./example.mjs"), join(tmp, "example.mjs"));
    const out = execFileSync(process.execPath, [join(tmp, "example.mjs")], { encoding: "utf8" }).split("\n");
    assert.equal(out[0], "Talks in Zürich");
    assert.ok(out.some((l) => l.startsWith("Angela Merkel Person")), out.join("\n"));
    assert.ok(out.includes("TypeError ERR_INVALID_ARG"), out.join("\n"));
  });

  test("README.md shows example.mjs", async (t) => {
    const readme = await readFile(here("../README.md"), "utf8").catch(() => "");
    const section = readme.split(/^## /m).find((s) => s.startsWith("Use from JavaScript"));
    if (!section) {
      t.skip("README.md has no \"Use from JavaScript\" section yet");
      return;
    }
    const block = /```(?:js|javascript)\n([\s\S]*?)```/.exec(section);
    assert.ok(block, "the section has a js code block");
    assert.equal(block[1], await readFile(here("./example.mjs"), "utf8"));
  });
});
