// Serves the built app (dist/) under a sub-path, as a portal would, with the
// test data sets beside it: /investment-map/ → dist/, /investment-map/fixtures/ →
// tests/fixtures/, /investment-map/generated/ → target/e2e-data/ (synthetic sets),
// /investment-map/peer/ → the benchmark's Leaflet page and its npm libraries,
// /investment-map/before/ → $BEFORE (another build, for comparisons).
// Compressed as a real host does (README, "Serving"): a file's precompressed
// `.br` or `.gz` twin when there is one, else gzip on the fly; ENCODINGS
// (default "br,gzip"; "none" for none) lists the encodings it may use.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "../..");
const port = Number(process.env.PORT || 4173);
export const BASE = "/investment-map/";
const mounts = [
  // Another build to compare with (scripts/bench: BEFORE=folder).
  ...(process.env.BEFORE ? [[BASE + "before/", resolve(root, process.env.BEFORE)]] : []),
  [BASE + "peer/lib/leaflet/", join(here, "node_modules/leaflet/dist")],
  [BASE + "peer/lib/markercluster/", join(here, "node_modules/leaflet.markercluster/dist")],
  [BASE + "peer/", join(here, "peer")],
  [BASE + "fixtures/", join(root, "tests/fixtures")],
  [BASE + "generated/", join(root, "target/e2e-data")],
  [BASE, join(root, process.env.DIST || "dist")],
];
// The policy a strict portal sends (ui-contract.md, Embedding): every page
// of the tests is served with it, so anything inline or eval'd fails.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".png": "image/png",
};
const compressible = new Set([".html", ".js", ".wasm", ".css", ".json", ".geojson", ".svg", ".csv"]);
const suffix = { br: ".br", gzip: ".gz" };
const encodings = (process.env.ENCODINGS || "br,gzip").split(",").filter((e) => e in suffix);

/** The body to send for `file` and its Content-Encoding, if any. */
async function encoded(file, acceptEncoding) {
  const accepted = encodings.filter((e) => acceptEncoding.includes(e));
  if (!compressible.has(extname(file)) || accepted.length === 0) return { body: await readFile(file) };
  for (const encoding of accepted) {
    const twin = file + suffix[encoding];
    if (await stat(twin).then(() => true, () => false)) return { body: await readFile(twin), encoding };
  }
  if (!accepted.includes("gzip")) return { body: await readFile(file) };
  return { body: gzipSync(await readFile(file), { level: 6 }), encoding: "gzip" };
}

// THROTTLE="150,1600": every response waits 150 ms, then its body comes
// at 1,600 kbit/s (per response). The phone bench's second visits use it,
// as Chromium's emulated network does not slow a service worker's fetches.
const [latency, kbits] = (process.env.THROTTLE || "").split(",").map(Number);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function send(res, body) {
  if (!kbits) return res.end(body);
  const slice = Math.max(1, Math.round((kbits * 1000) / 8 / 20));
  for (let at = 0; at < body.length; at += slice) {
    res.write(body.subarray(at, at + slice));
    await sleep(50);
  }
  res.end();
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  if (!mount) {
    res.writeHead(302, { location: BASE });
    return res.end();
  }
  const [prefix, dir] = mount;
  let rel = normalize(path.slice(prefix.length));
  if (rel.startsWith("..")) {
    res.writeHead(403);
    return res.end();
  }
  if (rel === "." || rel.endsWith("/")) rel = join(rel, "index.html");
  // Networks that misbehave, for the tests: `?stall` sends half the file
  // and then nothing, `?trickle` sends it 32 KB at a time.
  const query = new URL(req.url, "http://x").searchParams;
  // A file with a `.stall` file beside it stalls too (a test turns a
  // network bad between two visits without changing the address).
  if (await stat(join(dir, rel) + ".stall").then(() => true, () => false)) query.set("stall", "");
  if (query.has("stall") || query.has("trickle")) {
    const body = await readFile(join(dir, rel)).catch(() => null);
    if (!body) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": types[extname(rel)] || "application/octet-stream", "cache-control": "no-store" });
    if (query.has("stall")) return res.write(body.subarray(0, body.length >> 1));
    for (let at = 0; at < body.length; at += 32 * 1024) {
      res.write(body.subarray(at, at + 32 * 1024));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    return res.end();
  }
  try {
    const { body, encoding } = await encoded(join(dir, rel), req.headers["accept-encoding"] || "");
    if (latency) await sleep(latency);
    res.writeHead(200, {
      "content-type": types[extname(rel)] || "application/octet-stream",
      ...(encoding && { "content-encoding": encoding, vary: "accept-encoding" }),
      "cache-control": "no-store",
      "content-security-policy": CSP,
      // As a map host on its own origin would send (README, "Embedding").
      "access-control-allow-origin": "*",
    });
    await send(res, body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}${BASE}`));
