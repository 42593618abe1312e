// Which data paths the loader may request: the same rule as the app's
// (crates/imap-core/src/url_state/data_path.rs), written once more in
// JavaScript because the loader runs before the wasm. Both are checked
// against one table of hostile inputs (tests/fixtures/data-paths.json) by
// the native tests and by tests/e2e/data-path.spec.mjs. post-build.mjs puts
// this file's body into embed.js, so the loader is still one request.

/** A relative path such as `other/map.json` or `../x/map.json`; not an
 * absolute URL, `//host`, `/path`, any scheme, a backslash (read as `/`), a
 * control character, or surrounding white space (the URL parser drops some
 * of them, which could reveal a scheme or a host). */
export function isRelativePath(path) {
  if (typeof path !== "string" || path === "") return false;
  if (/^\p{White_Space}|\p{White_Space}$/u.test(path)) return false;
  if (path.startsWith("/") || /[\\\p{Cc}]/u.test(path)) return false;
  // A scheme is what comes before the first `:` that comes before any `/`, `?` or `#`.
  const headEnd = path.search(/[/?#]/);
  return !(headEnd === -1 ? path : path.slice(0, headEnd)).includes(":");
}

/** The URL of the relative `path` under `base`, only when it stays on
 * `base`'s origin and is http(s); else null. */
export function sameOriginUrl(path, base) {
  if (!isRelativePath(path)) return null;
  try {
    const from = new URL(base);
    const url = new URL(path, from);
    return url.origin === from.origin && /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
