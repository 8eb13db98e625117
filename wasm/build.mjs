// Builds the JavaScript distribution of newslens for the tests and
// measure.mjs with the demo's build entry, `go run ./examples/web -build
// DIR`: newslens.wasm (its jumps made direct branches), Go's wasm_exec.js,
// newslens.mjs and newslens.d.ts in one directory, beside the demo page.

import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const wasmDir = fileURLToPath(new URL(".", import.meta.url));

/**
 * Returns the build directory: $NEWSLENS_BUILD_DIR when set, else a new
 * temporary directory built with the go command on PATH. cleanup removes
 * a directory made here.
 */
export async function buildDir() {
  const env = process.env.NEWSLENS_BUILD_DIR;
  if (env) return { dir: env, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), "newslens-wasm-"));
  execFileSync("go", ["run", "./examples/web", "-build", dir], {
    cwd: join(wasmDir, ".."),
    stdio: ["ignore", "inherit", "inherit"],
  });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
