// Builds the app's wasm in two modules (ARCHITECTURE.md, "Two modules"),
// the steps Trunk 0.21 has no place for (trunk-rs/trunk#1022): index.html
// tells Trunk to skip its own Rust build, and post-build.mjs calls this.
//   1. cargo builds the wasm, linked with `--emit-relocs` (.cargo/config.toml),
//      which the splitter needs;
//   2. wasm-split-cli moves the functions marked `#[wasm_split(later, …)]`,
//      and all code only they reach, into the later module, and writes the
//      JavaScript that fetches it (`__wasm_split.js`);
//   3. wasm-bindgen makes the glue of the first module (`--keep-lld-exports`
//      keeps the table and the exports the later module links to);
//   4. wasm-opt shrinks every module (release) and orders its functions
//      by name, for gzip;
//      WASM_NAMES=1 keeps the function names, for a profile of a release
//      build (larger files: not for the size gate);
//   5. the first module's imports from the glue get short names
//      (short-imports.mjs);
//   6. every file gets a name hashed from its content, and the references
//      between them are rewritten;
//   7. the link module can start the later modules' downloads early
//      (`downloadLater`, which the app calls once its data files are in).
// The tools are the pinned ones on PATH (scripts/env.sh, scripts/setup).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { optimiseWasm } from "./pinned.mjs";
import { shortenImports } from "./short-imports.mjs";

const NAME = "investment-map";
const SPLIT_JS = "__wasm_split.js";

function run(command, args) {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
}

const hash = (...parts) => {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(part);
  return digest.digest("hex").slice(0, 16);
};

/** Builds into `dir` and returns the names of what it wrote:
 * `{ glue, wasm, link, later: [wasm…] }`. */
export function buildWasm(dir, release) {
  const profile = release ? "release" : "debug";
  run("cargo", [
    "build",
    "--target=wasm32-unknown-unknown",
    `--bin=${NAME}`,
    "--offline",
    ...(release ? ["--release"] : []),
  ]);
  const work = join("target", "wasm-split", profile);
  const split = join(work, "split");
  const bound = join(work, "bindgen");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(bound, { recursive: true });
  run("wasm-split-cli", [
    "--target=web",
    `--out-name=${NAME}`,
    join("target", "wasm32-unknown-unknown", profile, `${NAME}.wasm`),
    split,
  ]);
  run("wasm-bindgen", [
    "--target=web",
    "--keep-lld-exports",
    "--no-demangle",
    "--no-typescript",
    ...(release && !process.env.WASM_NAMES ? [] : ["--keep-debug"]),
    `--out-name=${NAME}`,
    `--out-dir=${bound}`,
    join(split, `${NAME}.wasm`),
  ]);
  const parts = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`);
  if (parts.length === 0) throw new Error("wasm-build.mjs: the splitter made no later module");
  const modules = [[join(bound, `${NAME}_bg.wasm`), `${NAME}_bg.wasm`], ...parts.map((p) => [join(split, p), p])];
  if (release) {
    for (const [path] of modules) optimiseWasm(path, Boolean(process.env.WASM_NAMES));
  }

  // Hashed names. The glue and the link module import each other, so they
  // share one hash, of both texts.
  let link = readFileSync(join(split, SPLIT_JS), "utf8");
  const later = [];
  for (const [path, part] of modules.slice(1)) {
    const body = readFileSync(path);
    // split_later.wasm → investment-map-later-<hash>.wasm
    const named = `${NAME}-${part.replace(/^split_/, "").replace(/\.wasm$/, "")}-${hash(body)}.wasm`;
    if (!link.includes(`"./${part}"`)) throw new Error(`wasm-build.mjs: ${SPLIT_JS} does not name ${part}`);
    link = link.replaceAll(`"./${part}"`, `"./${named}"`);
    const fetchIt = `fetch(new URL("./${named}", import.meta.url))`;
    if (!link.includes(fetchIt)) throw new Error(`wasm-build.mjs: ${SPLIT_JS} does not fetch ${named} as expected`);
    link = link.replace(fetchIt, `takeDownload(new URL("./${named}", import.meta.url))`);
    writeFileSync(join(dir, named), body);
    later.push(named);
  }
  link += earlyDownloads(later);
  const short = shortenImports(readFileSync(modules[0][0]), readFileSync(join(bound, `${NAME}.js`), "utf8"));
  let glue = short.glue;
  const pair = hash(glue, link);
  const names = { glue: `${NAME}-${pair}.js`, link: `${NAME}-split-${pair}.js` };
  // Only the import's specifier: the wasm's imports keep the module name.
  const importLink = `from "./${SPLIT_JS}"`;
  if (!glue.includes(importLink)) throw new Error(`wasm-build.mjs: the glue does not import ${SPLIT_JS}`);
  glue = glue.replace(importLink, `from "./${names.link}"`);
  if (!link.includes(`"./${NAME}.js"`)) throw new Error(`wasm-build.mjs: ${SPLIT_JS} does not import ./${NAME}.js`);
  link = link.replaceAll(`"./${NAME}.js"`, `"./${names.glue}"`);
  writeFileSync(join(dir, names.glue), glue);
  writeFileSync(join(dir, names.link), link);
  const main = short.wasm;
  const wasm = `${NAME}-${hash(main)}_bg.wasm`;
  writeFileSync(join(dir, wasm), main);
  return { ...names, wasm, later };
}

/** What the link module gets beside the splitter's code: `downloadLater`,
 * which the app calls (through embed.js) once its data files are in,
 * starts the later modules' downloads while the first map is drawn (the
 * network is idle then, the main thread is not); the loader takes each
 * such download once, when the app asks for the module (a Retry downloads
 * again). */
function earlyDownloads(files) {
  return `
const earlyDownloads = new Map();
function takeDownload(url) {
  const started = earlyDownloads.get(url.href);
  earlyDownloads.delete(url.href);
  return started ?? fetch(url);
}
let downloadsStarted = false;
export function downloadLater() {
  if (downloadsStarted) return;
  downloadsStarted = true;
  for (const file of ${JSON.stringify(files.map((f) => `./${f}`))}) {
    const url = new URL(file, import.meta.url);
    const download = fetch(url);
    download.catch(() => {});
    earlyDownloads.set(url.href, download);
  }
}
`;
}
