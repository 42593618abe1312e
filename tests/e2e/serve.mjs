// Serves the built app (dist/) under a sub-path, as a portal would, with the
// test data sets beside it: /investment-map/ → dist/, /investment-map/fixtures/ →
// tests/fixtures/, /investment-map/generated/ → target/e2e-data/ (synthetic sets).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "../..");
const port = Number(process.env.PORT || 4173);
export const BASE = "/investment-map/";
const mounts = [
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
  try {
    const body = await readFile(join(dir, rel));
    res.writeHead(200, {
      "content-type": types[extname(rel)] || "application/octet-stream",
      "cache-control": "no-store",
      "content-security-policy": CSP,
      // As a map host on its own origin would send (README, "Embedding").
      "access-control-allow-origin": "*",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}${BASE}`));
