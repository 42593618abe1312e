// The investment map's loader (scripts/post-build.mjs fills in the app's
// hashed file names, and the data-path rule of scripts/data-path.mjs, at
// build time). On the app's own page it starts the map over the page; on a
// host page it mounts the map into `#investment-map`, now or once the
// element appears, or into the element a single-page portal passes to
// `mount`. It never touches the host's body, query string, title or anchors.
import init, { start_map } from "./__GLUE__";
// The glue imports the later module's loader; asked for here too, it comes
// beside the glue rather than after it.
import { downloadLater } from "./__LINK__";

/* __DATA_PATH__ */

const here = import.meta.url;

// A hint that comes after the app's own request would be a second download,
// so none is given once the app runs (it requests its files only after a
// network round trip, so always after this flag is set).
let running = null;

function startApp(host, mountPoint) {
  running ??= init({ module_or_path: new URL("./__WASM__", here) }).then((wasm) => {
    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
  });
  // The app calls `downloadLater` once its data files are in: the rest of
  // the app downloads while the first map is drawn (and starts once the
  // app asks for it, after the first map).
  return running.then(() => start_map(host, mountPoint, prefetched, downloadLater));
}

// The downloads this loader starts, by URL: the app takes each one instead
// of asking again, so every file is requested once (no preload to go
// unused, no second request in another credentials mode).
const prefetched = new Map();

// Starts the data downloads while the wasm is still on its way: the
// manifest the app will read (the app's rule: `data=` in the link, else the
// host element's data-src, else data/map.json beside the app), then the
// files it names. The app checks every file itself. Only what the app would
// request is fetched: a link's `data=` by the app's own path rule and on
// the page's origin, the manifest's files on the manifest's origin.
// Returns the manifest as read here (a copy; the app reads its own).
function prefetchData(host) {
  const link = host
    ? new URLSearchParams(location.hash.slice(1)).get("data")
    : new URLSearchParams(location.search).get("data");
  let manifest;
  if (link !== null) {
    // The page's own URL, never a host page's <base>.
    manifest = sameOriginUrl(link, host ? location.href : document.baseURI);
  } else {
    const src = host?.getAttribute("data-src")?.trim();
    manifest = src ? new URL(src, document.baseURI) : new URL("./data/map.json", here);
  }
  if (!manifest || !/^https?:$/.test(manifest.protocol)) return;
  const start = (url) => {
    const download = fetch(url.href);
    // A failure is the app's to report, when it takes the download.
    download.catch(() => {});
    prefetched.set(url.href, download);
    return download;
  };
  // A copy is read here; the app reads the response itself.
  const read = start(manifest).then((response) => (response.ok ? response.clone().json() : {}));
  read
    .then((m) => {
      // Taken before it arrived: the app asks for the files itself.
      if (!prefetched.has(manifest.href)) return;
      for (const file of [m.boundaries, m.projects, m.sites]) {
        const url = sameOriginUrl(file, manifest.href);
        if (url) start(url);
      }
    })
    .catch(() => {});
  return read;
}

// Elements whose children are not drawn, or that are controls themselves
// (a click on the map must not follow a link): the map goes beside them.
// A table's parts lay a box out as a cell, as narrow as its content.
const BESIDE = new Set([
  "A", "BUTTON", "IMG", "IFRAME", "CANVAS", "VIDEO", "AUDIO", "OBJECT", "EMBED", "INPUT", "TEXTAREA", "SELECT",
  "PICTURE", "svg", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "COLGROUP", "COL",
]);

// The element that gets the shadow root: the host itself where the browser
// allows one (div, section, article, …), else a box the loader makes in it
// (or beside it), filling it.
function shadowHost(element) {
  if (!element.shadowRoot) {
    try {
      element.attachShadow({ mode: "open" });
      return element;
    } catch {
      // ul, li, table, figure, a, img, svg, …: no shadow root of their own.
    }
  }
  const box = document.createElement("div");
  box.className = "investment-map-box";
  Object.assign(box.style, { display: "block", width: "100%", height: "100%", minHeight: "20rem" });
  box.attachShadow({ mode: "open" });
  if (BESIDE.has(element.nodeName)) element.after(box);
  else element.append(box);
  return box;
}

let mounted = false;
let waiting = null;

/** Mounts the map into `element` (once per page): its `data-src` names the
 * manifest and `data-lang` the first language, as for `#investment-map`. */
export function mount(element) {
  if (!(element instanceof Element)) throw new TypeError("investment-map: mount(element) needs an element");
  if (mounted) return false;
  mounted = true;
  waiting?.disconnect();
  // Mounted into a host page: the app lives in a shadow root, with its own stylesheet.
  const shadow = shadowHost(element).shadowRoot;
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = new URL("./__CSS__", here).href;
  const mountPoint = document.createElement("div");
  mountPoint.className = "imap-mount";
  mountPoint.dataset.base = new URL("./", here).href;
  shadow.append(style, mountPoint);
  prefetchData(element);
  startApp(element, mountPoint);
  return true;
}

// The app's own page (a tab or an iframe) keeps the app and its last data
// for an instant or offline return (sw.js; README, "Offline"), once the app
// is complete, so the first visit's downloads come first. Never on a host
// page: the host owns its origin. Off, and any earlier worker removed, with
// `offline=0` in the link or `"offline": false` in the `manifest` (as
// `prefetchData` read it, if it did).
function keepOffline(manifest) {
  if (!("serviceWorker" in navigator)) return;
  const scope = new URL("./", here).href;
  const refused = new URLSearchParams(location.search).get("offline") === "0";
  const asked = refused
    ? Promise.resolve(false)
    : (manifest ?? Promise.resolve({})).then((m) => m?.offline !== false, () => true);
  asked.then((wanted) => {
    if (!wanted) {
      navigator.serviceWorker.getRegistration(scope).then((r) => r?.unregister());
      return;
    }
    whenComplete(() => {
      navigator.serviceWorker.register(new URL("./sw.js", here), { scope }).catch(() => {});
      // What the page fetched before the worker controlled it is kept too.
      navigator.serviceWorker.ready.then((registration) => {
        new PerformanceObserver((list) => {
          const keep = list.getEntries().map((e) => e.name).filter((u) => u.startsWith(scope));
          if (keep.length) registration.active?.postMessage({ keep });
        }).observe({ type: "resource", buffered: true });
      });
    });
  });
}

/** Runs `then` once the app has marked `app:complete`. */
function whenComplete(then) {
  if (performance.getEntriesByName("app:complete").length) return then();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === "app:complete")) {
      observer.disconnect();
      then();
    }
  });
  observer.observe({ type: "mark" });
}

const host = document.getElementById("investment-map");
if (host) {
  mount(host);
} else if (document.getElementById("imap-shell")) {
  // The app's own page (index.html, in a tab or an iframe).
  mounted = true;
  const manifest = prefetchData(null);
  startApp(null, null);
  keepOffline(manifest);
} else {
  // A host page that adds the element later (a single-page portal).
  waiting = new MutationObserver(() => {
    const added = document.getElementById("investment-map");
    if (added) mount(added);
  });
  waiting.observe(document.documentElement, { childList: true, subtree: true });
}
