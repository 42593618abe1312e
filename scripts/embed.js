// The investment map's loader (scripts/post-build.mjs fills in the app's
// hashed file names at build time).
import init from "./__GLUE__";

const here = import.meta.url;
const host = document.getElementById("investment-map");

// Starts the data downloads while the wasm is still on its way: the
// manifest the app will read (the app's rule: `data=` in the page's link,
// else the host element's data-src, else data/map.json beside the app),
// then the files it names. Only hints: the app fetches and checks every
// file itself. A hint that comes after the app's own request would be a
// second download, so none is given once the app runs (it requests its
// files only after a network round trip, so always after this flag is set).
let appStarted = false;
function preloadData() {
  const link = host ? null : new URLSearchParams(location.search).get("data");
  // The app refuses absolute links (ui-contract.md); so does this.
  if (link !== null && /^([a-z][a-z0-9+.-]*:|[/\\])/i.test(link.trim())) return;
  if (host && /(^#|&)data=/.test(location.hash)) return;
  const src = host?.dataset.src?.trim();
  const manifest = link !== null
    ? new URL(link.trim(), document.baseURI)
    : src ? new URL(src, document.baseURI) : new URL("./data/map.json", here);
  const hint = (url) => {
    const preload = document.createElement("link");
    Object.assign(preload, { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: url.href });
    document.head.append(preload);
  };
  hint(manifest);
  // Read separately (credentials "omit" does not take the app's preload).
  fetch(manifest, { credentials: "omit" })
    .then((response) => (response.ok ? response.json() : {}))
    .then((m) => {
      if (appStarted) return;
      for (const file of [m.boundaries, m.projects, m.sites]) {
        if (typeof file === "string") hint(new URL(file, manifest));
      }
    })
    .catch(() => {});
}
preloadData();

if (host && !host.shadowRoot) {
  // Mounted into a host page: the app lives in a shadow root, with its own stylesheet.
  const shadow = host.attachShadow({ mode: "open" });
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = new URL("./__CSS__", here).href;
  const mount = document.createElement("div");
  mount.className = "imap-mount";
  mount.dataset.base = new URL("./", here).href;
  shadow.append(style, mount);
}
const wasm = await init({ module_or_path: new URL("./__WASM__", here) });
appStarted = true;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
