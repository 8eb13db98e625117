// Run beside newslens.wasm, wasm_exec.js and newslens.mjs
// (go run ./examples/web -build DIR writes them), with Node.js 20+.
import { load } from "./newslens.mjs";

const nl = await load(new URL("./newslens.wasm", import.meta.url));

const html = `<html><head><title>Talks in Zürich</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Talks in Zürich</h1>
    <p>Angela Merkel met Emmanuel Macron in Zürich on Tuesday. 🚄 The talks
    were about a rail tunnel under the Alps.</p>
    <p>José Martí, a spokesman for the European Commission, called them useful.</p>
  </article></body></html>`;
const article = await nl.parse(html, { url: "https://example.com/news/zurich-talks" });
console.log(article.title);
for (const m of article.mentions) {
  // Offsets are JavaScript string indices (UTF-16 code units).
  console.log(article.text.slice(m.start, m.end), m.type, m.id || "-");
}

const { mentions } = await nl.entities("José Martí met 🇺🇸 officials in Zürich.");
console.log(mentions.map((m) => m.text).join(", "));

try {
  await nl.parse(42);
} catch (err) {
  console.log(err.name, err.code); // TypeError ERR_INVALID_ARG
}
