// Builds the JavaScript distribution of newslens for the tests and
// measure.mjs: newslens.wasm, Go's wasm_exec.js, newslens.mjs and
// newslens.d.ts in one directory.

import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const wasmDir = fileURLToPath(new URL(".", import.meta.url));

/**
 * Returns the build directory: $NEWSLENS_BUILD_DIR when set, else a new
 * temporary directory built with the go command (GOOS=js GOARCH=wasm,
 * -trimpath -ldflags='-s -w', wasm_exec.js from the same toolchain).
 * cleanup removes a directory made here.
 */
export async function buildDir() {
  const env = process.env.NEWSLENS_BUILD_DIR;
  if (env) return { dir: env, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), "newslens-wasm-"));
  const go = (...args) => execFileSync("go", args, {
    cwd: join(wasmDir, ".."),
    env: { ...process.env, GOOS: "js", GOARCH: "wasm" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  go("build", "-trimpath", "-ldflags=-s -w", "-o", join(dir, "newslens.wasm"), "./wasm");
  await copyFile(join(go("env", "GOROOT"), "lib", "wasm", "wasm_exec.js"), join(dir, "wasm_exec.js"));
  for (const f of ["newslens.mjs", "newslens.d.ts"]) {
    await copyFile(join(wasmDir, f), join(dir, f));
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
