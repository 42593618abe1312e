// The investment map's service worker: `sw.js` beside the app, written by
// scripts/post-build.mjs from this file with the build's own files filled
// in (no inline code anywhere: a strict CSP allows it with `worker-src
// 'self'`). Registered by embed.js on the app's own page only (a tab or an
// iframe), it controls only the app's folder, never a host portal's pages.
//
// - The app's hashed files: from the cache first (they never change).
// - The page and embed.js (stable names): this worker's own build's copies
//   first, so a return visit starts at once and always runs one build
//   whole; a new build is fetched by its own worker (below) and runs from
//   the visit after it has taken over.
// - Everything else in the folder (the manifest and the data files, which
//   editors replace without a rebuild): from the network first; the cached
//   copy only when the network fails or stalls past the app's own limit.
//   Each cached copy says when it was fetched (`x-imap-fetched`). When the
//   manifest is asked for, the files its kept copy names are asked for at
//   once too, so a return visit waits one round trip, not two.
// A new build's worker installs beside the old one and takes over once no
// page of the old build is open (no skipWaiting); then the old build's
// cache is deleted.

const BUILD = "__BUILD__";
const FILES = __FILES__;
const STALL_MS = __STALL_MS__;
const APP = `imap-app-${BUILD}`;
const DATA = "imap-data";
/** The data kept offline, in bytes: the default data and the synthetic
 * 2,000 fit many times over; a set larger than this is not kept (the
 * 100,000-project set is about 40 MB) and the oldest files go first. */
const DATA_LIMIT = 24 * 1024 * 1024;

const scope = new URL("./", self.location.href).href;
const hashed = new Set(FILES.map((f) => new URL(f, scope).href));
// The app's page (as the folder, or by name) and its loader.
const stable = new Set([scope, new URL("index.html", scope).href, new URL("embed.js", scope).href]);

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(APP).then((cache) => cache.addAll([...stable, ...hashed])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("imap-app-") && n !== APP).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  const url = new URL(request.url);
  url.hash = "";
  const bare = url.origin + url.pathname;
  if (hashed.has(bare)) {
    event.respondWith(caches.match(bare).then((hit) => hit ?? fetch(request)));
  } else if (stable.has(bare)) {
    event.respondWith(ownBuild(bare).then((hit) => hit ?? fetch(request)));
  } else if (request.mode === "navigate") {
    // Another page in the folder (a portal's page, an example): not ours.
    return;
  } else {
    const early = ahead.get(url.href);
    ahead.delete(url.href);
    event.respondWith(early ? early.catch(() => fresh(request, url.href)) : fresh(request, url.href));
    if (url.pathname.endsWith(".json")) event.waitUntil(askAhead(url.href));
  }
});

/** A stable file as this worker's build has it. */
async function ownBuild(key) {
  const cache = await caches.open(APP);
  return cache.match(key);
}

/** Files asked for ahead of the page, by URL: the data files a manifest
 * names, while the manifest itself is on its way. */
const ahead = new Map();

/** If `url` (a `.json` file) is a kept manifest, asks now for the files
 * it names. */
async function askAhead(url) {
  const kept = await caches.match(url, { cacheName: DATA });
  if (!kept) return;
  const manifest = await kept.json().catch(() => null);
  for (const file of [manifest?.boundaries, manifest?.projects, manifest?.sites]) {
    if (typeof file !== "string") continue;
    const target = new URL(file, url).href;
    if (!target.startsWith(scope) || ahead.has(target)) continue;
    const early = fresh(new Request(target), target);
    ahead.set(target, early);
    // Not asked for by the page within the stall limit: dropped.
    setTimeout(() => ahead.get(target) === early && ahead.delete(target), STALL_MS);
  }
}

/** The network's copy (kept for later), else, when the network fails or
 * stalls, the kept one. With no kept copy the body streams through as it
 * comes (the app shows its progress); with one, it is read here first, so
 * that a transfer that stalls part way (no byte within the limit) can
 * still be answered with the kept copy. */
async function fresh(request, key) {
  const kept = await caches.match(key, { cacheName: DATA });
  const network = fetch(request);
  const stalled = new Promise((resolve) => setTimeout(resolve, STALL_MS, null));
  const first = await Promise.race([network, stalled]).catch(() => null);
  if (!first) return kept ?? network;
  if (!first.ok) return first;
  if (!kept) {
    keep(key, first.clone()).catch(() => {});
    return first;
  }
  try {
    const whole = new Response(await readWithin(first), first);
    await keep(key, whole.clone());
    return whole;
  } catch {
    return kept;
  }
}

/** A response's body, each piece within the stall limit (else an error). */
async function readWithin(response) {
  const reader = response.body.getReader();
  const pieces = [];
  for (;;) {
    const next = await Promise.race([
      reader.read(),
      new Promise((_, reject) => setTimeout(reject, STALL_MS, new Error("stalled"))),
    ]);
    if (next.done) return new Blob(pieces);
    pieces.push(next.value);
  }
}

/** Keeps a data file with when it was fetched, within `DATA_LIMIT`. */
async function keep(key, response) {
  const body = await response.blob();
  if (body.size > DATA_LIMIT) return;
  const headers = new Headers(response.headers);
  headers.set("x-imap-fetched", new Date().toISOString());
  headers.set("x-imap-bytes", String(body.size));
  const cache = await caches.open(DATA);
  await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  const kept = [];
  for (const request of await cache.keys()) {
    const hit = await cache.match(request);
    kept.push([request, hit.headers.get("x-imap-fetched") ?? "", Number(hit.headers.get("x-imap-bytes") ?? 0)]);
  }
  kept.sort((a, b) => b[1].localeCompare(a[1]));
  let total = 0;
  for (const [request, , bytes] of kept) {
    total += bytes;
    if (total > DATA_LIMIT) await cache.delete(request);
  }
}

// The page tells the worker what it fetched before the worker controlled
// it (the first visit): those files are kept too.
self.addEventListener("message", (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep : [];
  event.waitUntil(
    // The page hears which of them were looked at (its tests wait for it).
    Promise.all(
      urls
        .filter((u) => typeof u === "string" && u.startsWith(scope))
        .map(async (u) => {
          const bare = u.split("#")[0];
          const noQuery = bare.split("?")[0];
          if (hashed.has(noQuery) || stable.has(noQuery)) return;
          if (await caches.match(bare, { cacheName: DATA })) return;
          const response = await fetch(bare).catch(() => null);
          if (response?.ok) await keep(bare, response);
        }),
    ).then(() => event.source?.postMessage({ looked: urls })),
  );
});
