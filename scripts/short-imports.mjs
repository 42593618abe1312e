// Short names for the first module's imports from its JavaScript glue.
// wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_new_with_str_sequence_and_options_ea4ce88081790553`), under the
// module name "./investment-map_bg.js"; the first module holds the imports
// of the whole app (the later module calls them through the table), about
// 240 of them, and their hashes do not compress. Renamed `a`, `b`, … `a0`
// under the module "a", the first module is 4.0 KB smaller gzipped
// (README, "First load on a phone"); the glue's import object gets the same keys.
// wasm-bindgen has no option for this; binaryen's `--minify-imports` only
// renames the `env` module's imports.

const GLUE_MODULE = "./investment-map_bg.js";
const SHORT_MODULE = "a";

export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** `a`…`z`, then `a0`…`z0`, `a1`…: a letter and digits, a plain key. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const first = letters[index % 26];
  const rest = Math.floor(index / 26);
  return rest === 0 ? first : first + String(rest - 1);
}

/** The import entry's description after its names (kind and type), from
 * `at`; returns where it ends. */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    let next = readLeb(bytes, from)[1];
    if (flags & 1) next = readLeb(bytes, next)[1];
    return next;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(bytes, at)[1];
    case 1: // table: element type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    default:
      throw new Error(`short-imports.mjs: an import of unknown kind ${kind}`);
  }
}

/** Returns the module with the glue's imports renamed, and the glue with
 * its import object's keys renamed to match. Throws when the glue does not
 * define each import exactly once, so a change in wasm-bindgen's output
 * fails the build instead of the page. */
export function shortenImports(wasm, glue) {
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    let size;
    [size, at] = readLeb(wasm, at);
    const end = at + size;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      at = end;
      continue;
    }
    let count;
    [count, at] = readLeb(wasm, at);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      const texts = [];
      for (let j = 0; j < 2; j++) {
        let length;
        [length, at] = readLeb(wasm, at);
        texts.push(wasm.subarray(at, at + length).toString("utf8"));
        at += length;
      }
      const [module, field] = texts;
      const descriptionStart = at;
      at = skipImportDescription(wasm, at);
      const description = wasm.subarray(descriptionStart, at);
      if (module === GLUE_MODULE) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        entries.push(name(SHORT_MODULE), name(renamed.get(field)), description);
      } else {
        entries.push(name(module), name(field), description);
      }
    }
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(body.length), body);
    at = end;
  }

  let newGlue = glue;
  for (const [old, short] of renamed) {
    const key = `\n        ${old}: function(`;
    const uses = newGlue.split(key).length - 1;
    if (uses !== 1) throw new Error(`short-imports.mjs: the glue defines ${old} ${uses} times, not once`);
    newGlue = newGlue.replace(key, `\n        ${short}: function(`);
  }
  const moduleKey = `"${GLUE_MODULE}": import0,`;
  if (!newGlue.includes(moduleKey)) throw new Error(`short-imports.mjs: the glue has no ${moduleKey}`);
  newGlue = newGlue.replace(moduleKey, `"${SHORT_MODULE}": import0,`);
  return { wasm: Buffer.concat(parts), glue: newGlue };
}
