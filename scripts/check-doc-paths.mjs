// Fails when ARCHITECTURE.md names a file or folder that does not exist,
// so the map of the code cannot drift from it unnoticed (scripts/test).
// It reads two kinds of names:
//   - the trees in code blocks, each under the folder its section is about
//     (the first tree: the repository; "## imap-core": crates/imap-core/src;
//     "## mapdata": crates/mapdata/src, its tests/ beside it; "## The app":
//     src), nested by their two-space indent;
//   - paths in backticks (a `/` in them, or a file name with an extension),
//     found under the repository, src/, scripts/, tests/e2e/, a crate or a
//     crate's src/.
// A `*` matches any characters within one name (`style/NN-*.css` is not a
// pattern: NN is written as such; `*` alone is).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const doc = "ARCHITECTURE.md";
const text = readFileSync(join(root, doc), "utf8");

const crates = readdirSync(join(root, "crates"));
const bases = ["", "src", "scripts", "tests/e2e", ...crates.flatMap((c) => [`crates/${c}`, `crates/${c}/src`])];

/** Whether `path` (relative to the repository) names something: `NN` in a
 * name stands for two digits, `*` for anything. */
function exists(path) {
  const parts = path.replace(/\/$/, "").split("/");
  let dirs = [root];
  for (const part of parts) {
    const pattern = new RegExp(
      "^" + part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/NN/g, "\\d\\d").replace(/\*/g, ".*") + "$",
    );
    dirs = dirs.flatMap((dir) => {
      if (!existsSync(dir)) return [];
      try {
        return readdirSync(dir)
          .filter((name) => pattern.test(name))
          .map((name) => join(dir, name));
      } catch {
        return [];
      }
    });
  }
  return dirs.length > 0;
}

const missing = [];
const sectionRoot = (heading) => {
  if (heading === null) return "";
  if (/^## imap-core/.test(heading)) return "crates/imap-core/src";
  if (/^## mapdata/.test(heading)) return "crates/mapdata/src";
  if (/^## The app/.test(heading)) return "src";
  return null;
};

// The trees.
let heading = null;
let inBlock = false;
let base = null;
let stack = [];
for (const [i, line] of text.split("\n").entries()) {
  if (line.startsWith("```")) {
    inBlock = !inBlock;
    base = inBlock ? sectionRoot(heading) : null;
    stack = [];
    continue;
  }
  if (!inBlock) {
    if (line.startsWith("## ")) heading = line;
    continue;
  }
  if (base === null) continue;
  // An entry: its name in the first column of its level; the rest of the
  // line, and lines indented to the description column, are words.
  const entry = /^((?: {2})*)(\S+)/.exec(line);
  if (!entry || entry[1].length >= 20) continue;
  const depth = entry[1].length / 2;
  const name = entry[2];
  if (!/\/$|\.[a-z]+$|^[A-Z][A-Za-z]+\.(toml|md)$/.test(name)) continue;
  stack = stack.slice(0, depth);
  const path = [base, ...stack, name].filter(Boolean).join("/");
  // A crate's tree is its src/; its tests/ and benches/ sit beside it.
  const beside = [base.replace(/\/?src$/, ""), ...stack, name].filter(Boolean).join("/");
  if (!exists(path) && !(depth === 0 && exists(beside))) missing.push(`${doc}:${i + 1}: ${path}`);
  if (name.endsWith("/")) stack[depth] = name.replace(/\/$/, "");
}

// Paths in backticks, outside the trees.
for (const [i, line] of text.split("\n").entries()) {
  for (const [, code] of line.matchAll(/`([^`\s]+)`/g)) {
    const looksLikePath = /^[\w.*-]+(\/[\w.*-]+)*\/?$/.test(code) && (code.includes("/") || /\.(rs|mjs|js|css|html|toml|json|md)$/.test(code));
    if (!looksLikePath || code.startsWith(".")) continue;
    if (!bases.some((b) => exists(b ? `${b}/${code}` : code))) missing.push(`${doc}:${i + 1}: \`${code}\``);
  }
}

if (missing.length) {
  console.error(`check-doc-paths.mjs: names that are not in the repository:\n${missing.join("\n")}`);
  process.exit(1);
}
console.log(`${doc}: every path it names exists`);
