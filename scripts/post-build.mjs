// Trunk post_build hook (Trunk.toml). It builds the wasm in two modules
// (wasm-build.mjs; index.html tells Trunk to skip its own Rust build).
// The built page runs no inline script, so it works under a strict
// Content-Security-Policy, and host pages get a loader with a stable name:
// `embed.js` (made from scripts/embed.js), which both the full page and
// host pages load:
//   <script type="module" src="…/embed.js"></script>
// embed.js finds the app's hashed files relative to itself, so the map can
// live under any path or on another origin. It starts the data downloads
// while the wasm arrives, and on a host page gives `#investment-map` (now or
// once it appears, or the element passed to its `mount`) a shadow root with
// the app's stylesheet and a mount point, then starts the app there
// (ARCHITECTURE.md: why shadow DOM).
//
// It then writes each of the app's own files precompressed beside it
// (`.gz`, `.br`), for hosts that serve those as they are (README,
// "Serving"). Not the data files: editors replace those without a rebuild,
// and a stale twin would be served in their place.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { tool, zopfliGzip } from "./pinned.mjs";
import { buildWasm } from "./wasm-build.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("post-build.mjs runs as Trunk's post_build hook (TRUNK_STAGING_DIR is not set)");
const release = process.env.TRUNK_PROFILE === "release";
const { glue, wasm, link } = buildWasm(dir, release);

/** A release build's JavaScript (the glue, the link module, embed.js)
 * minified by terser: 11.9 → 7.1 KB served before the first map (README,
 * "First load on a phone"); a debug build keeps it readable. */
function terserMinify() {
  const { minify } = tool("TERSER_DIR", "terser");
  return async (code) => (await minify(code, { module: true, compress: true, mangle: true })).code;
}
const minifyJs = release ? terserMinify() : async (code) => code;
for (const file of [glue, link]) {
  writeFileSync(join(dir, file), await minifyJs(readFileSync(join(dir, file), "utf8")));
}

const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
// (`trunk serve` adds its live-reload script; a loader of its own would
// mean Trunk built the Rust code after all.)
if (/import init/.test(html)) throw new Error("post-build.mjs: Trunk wrote a wasm loader (is data-trunk-skip gone?)");
const css = readdirSync(dir).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!css) throw new Error("post-build.mjs: the app's stylesheet (main-*.css) was not found");

const template = readFileSync(new URL("embed.js", import.meta.url), "utf8");
// The loader's data-path rule, one source for the loader and its tests.
const dataPath = readFileSync(new URL("data-path.mjs", import.meta.url), "utf8").replace(/^export /gm, "");
if (!template.includes("/* __DATA_PATH__ */")) throw new Error("post-build.mjs: embed.js lost its __DATA_PATH__ mark");
writeFileSync(
  join(dir, "embed.js"),
  await minifyJs(
    template
      .replace("/* __DATA_PATH__ */", () => dataPath)
      .replace("__GLUE__", glue)
      .replace("__LINK__", link)
      .replace("__CSS__", css)
      .replace("__WASM__", wasm),
  ),
);
// The first module's files are asked for at once, side by side.
const head = [
  `<link rel="modulepreload" href="./${glue}" crossorigin="anonymous">`,
  `<link rel="modulepreload" href="./${link}" crossorigin="anonymous">`,
  `<link rel="preload" href="./${wasm}" crossorigin="anonymous" as="fetch" type="application/wasm">`,
  '<script type="module" src="./embed.js"></script>',
].join("");
writeFileSync(indexPath, html.replace("</head>", `${head}</head>`));

// The service worker (scripts/sw.js): this build's hashed files, kept
// together under one name so that an offline visit runs one build whole.
const later = readdirSync(dir).find((f) => /^investment-map-later-[0-9a-f]+\.wasm$/.test(f));
if (!later) throw new Error("post-build.mjs: the later module (investment-map-later-*.wasm) was not found");
const files = [glue, link, wasm, later, css];
const build = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16);
// The worker falls back to a kept copy a little before the app itself gives
// a stalled transfer up (src/transfer.rs), so the app gets that copy.
const stallSeconds = Number(readFileSync(new URL("../src/transfer.rs", import.meta.url), "utf8").match(/STALL_SECONDS: u32 = (\d+);/)?.[1]);
if (!(stallSeconds > 5)) throw new Error("post-build.mjs: STALL_SECONDS not found in src/transfer.rs");
const worker = readFileSync(new URL("sw.js", import.meta.url), "utf8");
for (const mark of ["__BUILD__", "__FILES__", "__STALL_MS__"]) {
  if (!worker.includes(mark)) throw new Error(`post-build.mjs: sw.js lost its ${mark} mark`);
}
writeFileSync(
  join(dir, "sw.js"),
  await minifyJs(
    worker
      .replace("__BUILD__", build)
      .replace("__FILES__", JSON.stringify(files.map((f) => `./${f}`)))
      .replace("__STALL_MS__", String((stallSeconds - 5) * 1000)),
  ),
);

// A release build's `.gz` files come from zopfli (5 iterations), which
// writes the same format 5–8 % smaller than zlib's level 9 (README, "First
// load on a phone"); it takes a few seconds, so a debug build keeps zlib.
const gzip = release ? zopfliGzip() : async (body) => gzipSync(body, { level: 9 });
for (const file of readdirSync(dir).filter((f) => /\.(html|js|css|wasm)$/.test(f))) {
  const body = readFileSync(join(dir, file));
  writeFileSync(join(dir, `${file}.gz`), await gzip(body));
  writeFileSync(
    join(dir, `${file}.br`),
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
}
