// First load on a phone, side by side with the Leaflet peer (peer/): the
// Lighthouse mobile profile (360×740 touch screen, 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×), every load cold (a fresh
// browser context, cache disabled), files served gzip-compressed. Prints
// medians of first contentful paint, `map:ready`, bytes over the wire and
// cumulative layout shift, and `app:complete` (every module there; a page
// in one part, as the peer, is complete at `map:ready`); and a second
// visit of each, after the first has settled. Run from the
// project folder:
//   scripts/bench                 (builds, generates the data, runs this)
//   [BEFORE=folder] node tests/e2e/bench-mobile.mjs [loads=7] [encodings=gzip]
import { withServedBrowser } from "./launch.mjs";

const loads = Number(process.argv[2] || 7);
process.env.ENCODINGS = process.argv[3] || "gzip";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// BEFORE=folder adds the build in that folder (say, the last release's),
// served beside this one.
const pages = [
  ["app", "default data", ""],
  ["Leaflet peer", "default data", "peer/leaflet.html"],
  ["app", "200 projects", "?data=generated/synthetic-200/map.json"],
  ["Leaflet peer", "200 projects", "peer/leaflet.html?data=../generated/synthetic-200/map.json"],
  ...(process.env.BEFORE
    ? [
        ["app before", "default data", "before/"],
        ["app before", "200 projects", "before/?data=../generated/synthetic-200/map.json"],
      ]
    : []),
];

/** One cold load: the figures once `map:ready` is marked and the network
 * is quiet. `again`: the figures of a second visit instead, in the same
 * browser profile (the HTTP cache on, as the server leaves it, and the
 * app's service worker), once the first has settled; the network is then
 * the server's (THROTTLE), as Chromium's emulated one does not slow a
 * service worker's own fetches. */
async function coldLoad(browser, url, again = false) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: !again });
  if (!again) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6e6 / 8,
      uploadThroughput: 750e3 / 8,
    });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let bytes = 0;
  let first = null;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  if (again) {
    await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName("map:ready").length > 0, null, { timeout: 120_000 });
    // The app's worker, once it keeps the data (the peer has none).
    const settled = () =>
      page.evaluate(async () => {
        if (!document.querySelector("[data-testid=map-root]")) return true;
        const registration = await navigator.serviceWorker.getRegistration();
        const kept = await (await caches.open("imap-data")).keys();
        return Boolean(registration?.active) && kept.length >= 3;
      });
    for (let waited = 0; !(await settled()); waited += 250) {
      if (waited > 120_000) throw new Error(`${url}: the service worker kept no data`);
      await page.waitForTimeout(250);
    }
    await page.waitForLoadState("networkidle");
    first = await page.evaluate(() => performance.getEntriesByName("map:ready")[0].startTime);
    bytes = 0;
  }
  await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName("map:ready").length > 0 && performance.getEntriesByName("first-contentful-paint").length > 0,
    null,
    { timeout: 120_000 },
  );
  await page.waitForLoadState("networkidle");
  const figures = await page.evaluate(() => {
    const at = (mark) => performance.getEntriesByName(mark)[0]?.startTime;
    return {
      fcp: at("first-contentful-paint"),
      ready: at("map:ready"),
      complete: at("app:complete") ?? at("map:ready"),
      shift: window.__shift,
    };
  });
  await context.close();
  return { ...figures, bytes, first };
}

const rows = [];
await withServedBrowser(4194, async (browser, base) => {
  // Round-robin, so the machine's slow spells fall on every page alike.
  const runs = pages.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (const [k, [, , path]] of pages.entries()) runs[k].push(await coldLoad(browser, base + path));
  }
  for (const [k, [page, data]] of pages.entries()) {
    const of = (key) => median(runs[k].map((r) => r[key]));
    rows.push({
      data,
      page,
      "first contentful paint ms": Math.round(of("fcp")),
      "map:ready ms": Math.round(of("ready")),
      "app:complete ms": Math.round(of("complete")),
      "KB over the wire": Math.round(of("bytes") / 1000),
      "layout shift": Number(of("shift").toFixed(3)),
    });
  }
});
// Second visits (issue 25): the server slows every response as the phone's
// network would (150 ms, 1.6 Mbit/s), the service worker's fetches too.
const visits = [
  ["app", ""],
  ["Leaflet peer", "peer/leaflet.html"],
];
const again = [];
process.env.THROTTLE = "150,1600";
await withServedBrowser(4193, async (browser, base) => {
  const runs = visits.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (const [k, [, path]] of visits.entries()) runs[k].push(await coldLoad(browser, base + path, true));
  }
  for (const [k, [page]] of visits.entries()) {
    const of = (key) => median(runs[k].map((r) => r[key]));
    again.push({
      page,
      "first visit map:ready ms": Math.round(of("first")),
      "second visit map:ready ms": Math.round(of("ready")),
      "second ÷ first": Number((of("ready") / of("first")).toFixed(2)),
    });
  }
});
console.log(`Mobile profile, median of ${loads} cold loads each (encodings: ${process.env.ENCODINGS}):`);
console.table(rows);
// The machine is noisy: the ratios to the peer in the same run are what compare.
for (const data of new Set(rows.map((r) => r.data))) {
  const [app, peer] = ["app", "Leaflet peer"].map((page) => rows.find((r) => r.data === data && r.page === page));
  const ratio = (key) => (app[key] / peer[key]).toFixed(2);
  console.log(`${data}: app ÷ Leaflet = ${ratio("first contentful paint ms")} (first paint), ${ratio("map:ready ms")} (map:ready)`);
}
console.log("Two visits in one browser profile, the network slowed by the server (THROTTLE=150,1600), CPU 4× slower:");
console.table(again);
const [app, peer] = again;
console.log(`second visit, map:ready: app ÷ Leaflet's second visit = ${(app["second visit map:ready ms"] / peer["second visit map:ready ms"]).toFixed(2)}`);
