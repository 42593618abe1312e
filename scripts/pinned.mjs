// What the build scripts share: the pinned npm packages (scripts/setup
// installs them where scripts/env.sh says), the served gzip, and the
// wasm-opt step every release module goes through.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";

/** A pinned npm package. */
export function tool(variable, name) {
  const home = process.env[variable];
  if (!home) throw new Error(`${variable} is not set (run the build through scripts/env.sh)`);
  return createRequire(import.meta.url)(join(home, "node_modules", name));
}

/** The gzip every release file is served with: zopfli (about 4 % smaller
 * than zlib's level 9). */
export function zopfliGzip() {
  const { gzipAsync } = tool("ZOPFLI_DIR", "@gfx/zopfli");
  return (body) => gzipAsync(body, { numiterations: 5 });
}

/** wasm-opt on a release module, in place. The functions go in the order
 * of their names: the many instances of one generic function (Leptos'
 * views) then sit side by side, where gzip finds their likeness (the later
 * module 4.2 % smaller gzipped, README "First load on a phone"); the order
 * means nothing to the browser. `keepNames` keeps the function names, for
 * a profile (larger files: not for the size gate). */
export function optimiseWasm(path, keepNames) {
  const names = keepNames ? ["-g"] : [];
  execFileSync(
    "wasm-opt",
    ["-Oz", "--reorder-functions-by-name", ...names, "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "-o", path, path],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
}
