// The layering inside imap-core (ARCHITECTURE.md, "Invariants"): each folder
// below uses from the rest of the crate only what its line allows, so that
// coordinates, screen geometry and the UI's layout policy stay apart and
// none of them reaches the data model (which formats amounts) or the text.
// Reads every `crate::…` path and `use super::…` that leaves the folder.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const src = new URL("../crates/imap-core/src/", import.meta.url).pathname;
// Leaves: numbers' text, bounds and powers of two, which use nothing of the
// crate, so that every layer may use them.
const leaves = ["decimal", "bounded", "exp2"];
// folder → the crate's top-level modules it may use besides itself
const allowed = {
  geo: [...leaves],
  geometry: ["geo", "order", "choices", ...leaves],
  layout: ["geometry", ...leaves],
};
const failures = [];
for (const leaf of leaves) {
  const text = readFileSync(join(src, `${leaf}.rs`), "utf8");
  for (const m of text.matchAll(/\b(?:crate|super)::([a-z_0-9]+)/g)) {
    failures.push(`crates/imap-core/src/${leaf}.rs uses crate::${m[1]}, which a leaf may not`);
  }
}
for (const [folder, may] of Object.entries(allowed)) {
  for (const file of readdirSync(join(src, folder)).filter((f) => f.endsWith(".rs"))) {
    const text = readFileSync(join(src, folder, file), "utf8");
    const used = new Set([...text.matchAll(/\bcrate::([a-z_0-9]+)/g)].map((m) => m[1]));
    // `super::` from a folder's mod.rs leaves the folder.
    if (file === "mod.rs") for (const m of text.matchAll(/\bsuper::([a-z_0-9]+)/g)) used.add(m[1]);
    for (const module of used) {
      if (module !== folder && !may.includes(module)) {
        failures.push(`crates/imap-core/src/${folder}/${file} uses crate::${module}, which ${folder}/ may not`);
      }
    }
  }
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`imap-core layers: ${Object.keys(allowed).join(", ")} use only what they may`);
