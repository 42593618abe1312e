// Trunk's pre-build hook: the stylesheet is written in parts, `style/NN-*.css`
// (the root and its tokens, the map, the panels, …, print), joined here in
// the order of their numbers into one file, target/style/main.css, which
// index.html gives Trunk: one request, hashed and minified like any other.
// The order is the cascade's: a later part may override an earlier one.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

const style = new URL("../style/", import.meta.url);
const parts = readdirSync(style)
  .filter((f) => /^\d\d-[a-z-]+\.css$/.test(f))
  .sort();
if (parts.length === 0) throw new Error("join-css.mjs: no style/NN-*.css parts");
const out = new URL("../target/style/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("main.css", out), parts.map((f) => readFileSync(new URL(f, style), "utf8")).join(""));
