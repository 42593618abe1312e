// The size gate of scripts/test: every wasm module of dist/, as served
// gzipped (its `.gz` twin, from zopfli: post-build.mjs), at most 2 % past
// its record in scripts/wasm-size-gzip, no module without a record, and
// none with core's float printer; and the split's cost: all modules
// together at most 5 % past the same code built as one module.
// Prints each module's size, its record and the sum, and the size zlib's
// level 9 gives (the measure of the records before zopfli, for comparison).
// Lower a record when a module shrinks; raise it only with a reason in the
// README ("Measured").
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { optimiseWasm, zopfliGzip } from "./pinned.mjs";
import { readLeb, shortenImports } from "./short-imports.mjs";

const records = new Map(
  readFileSync(new URL("wasm-size-gzip", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [module, bytes] = line.trim().split(/\s+/);
      return [module, Number(bytes)];
    }),
);
const dist = new URL("../dist/", import.meta.url);
// investment-map-<hash>_bg.wasm is the first module; investment-map-<name>-<hash>.wasm a later one.
const moduleOf = (file) => (/_bg\.wasm$/.test(file) ? "first" : file.replace(/^investment-map-|-[0-9a-f]{16}\.wasm$/g, ""));
// Core's float printer (Grisu and Dragon, 9 KB gzip) is in no module: every
// number is written by imap_core::decimal (README, "First load on a
// phone"). One `{:.1}` or f64 attribute brings it back; its table of cached
// powers of ten starts with this entry, kept as is by wasm-opt.
const floatPrinter = Buffer.alloc(8);
floatPrinter.writeBigUInt64LE(0xe61acf033d1a45dfn);
const failures = [];
let sum = 0;
let zlibSum = 0;
const rows = [];
for (const file of readdirSync(dist).filter((f) => f.endsWith(".wasm"))) {
  const module = moduleOf(file);
  const bytes = statSync(new URL(`${file}.gz`, dist)).size;
  const body = readFileSync(new URL(file, dist));
  const zlib = gzipSync(body, { level: 9 }).length;
  sum += bytes;
  zlibSum += zlib;
  const record = records.get(module);
  rows.push({ module, file, "gzip B": bytes, "record B": record ?? "none", "zlib -9 B": zlib });
  if (record === undefined) failures.push(`${file}: the module "${module}" has no record in scripts/wasm-size-gzip`);
  else if (bytes > Math.floor((record * 102) / 100)) failures.push(`${file}: ${bytes} B gzip, more than 2 % past its record (${record} B)`);
  if (body.includes(floatPrinter)) {
    failures.push(`${file}: holds core's float printer (format a number with imap_core::decimal, not format!)`);
  }
}
for (const module of records.keys()) {
  if (!rows.some((r) => r.module === module)) failures.push(`the module "${module}" of scripts/wasm-size-gzip was not built`);
}
console.table(rows);
console.log(`all modules: ${sum} B gzip (zlib -9: ${zlibSum} B)`);

// The same code as one module: the wasm cargo linked for this build, put
// through the steps of scripts/wasm-build.mjs but the split (wasm-bindgen,
// wasm-opt, short imports, zopfli). The modules' sum past it is what
// splitting costs (the imports and exports between the modules, code gzip
// no longer finds twice in one stream).
const linked = readFileSync(new URL("../target/wasm32-unknown-unknown/release/investment-map.wasm", import.meta.url));
const work = fileURLToPath(new URL("../target/wasm-split/one-module/", import.meta.url));
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// The linker's relocations are for the splitter; wasm-opt cannot read them.
writeFileSync(join(work, "investment-map.wasm"), withoutRelocations(linked));
execFileSync("wasm-bindgen", ["--target=web", "--no-typescript", `--out-dir=${work}`, join(work, "investment-map.wasm")], {
  stdio: ["ignore", "inherit", "inherit"],
});
const oneModulePath = join(work, "investment-map_bg.wasm");
optimiseWasm(oneModulePath, false);
const oneModule = shortenImports(readFileSync(oneModulePath), readFileSync(join(work, "investment-map.js"), "utf8")).wasm;
const oneModuleGzip = (await zopfliGzip()(oneModule)).length;
const splitCost = sum / oneModuleGzip;
console.log(`the same code as one module: ${oneModuleGzip} B gzip; the modules together: ${((splitCost - 1) * 100).toFixed(1)} % more`);
if (sum > oneModuleGzip * 1.05) failures.push(`all modules ${sum} B gzip, more than 5 % past the same code as one module (${oneModuleGzip} B)`);

if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}

/** The module without the linker's custom sections ("linking", "reloc.…"). */
function withoutRelocations(wasm) {
  const kept = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const [size, contentStart] = readLeb(wasm, at + 1);
    at = contentStart + size;
    const [nameLength, nameStart] = wasm[start] === 0 ? readLeb(wasm, contentStart) : [0, contentStart];
    const name = wasm.subarray(nameStart, nameStart + nameLength).toString("utf8");
    if (name !== "linking" && !name.startsWith("reloc.")) kept.push(wasm.subarray(start, at));
  }
  return Buffer.concat(kept);
}
