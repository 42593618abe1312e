// Browser benchmark on the release build, beside a Leaflet page on the same
// data: for synthetic sets of 1k, 10k and 100k projects, the median time
// from navigation start to `map:ready`, the median time from a filter
// change to the next painted frame (after `map:filtered`), and memory.
// Run from the project folder:
//   scripts/bench            (builds, generates the data, runs this)
//   [BEFORE=folder] node tests/e2e/bench.mjs [sizes=1000,10000,100000] [loads=7] [toggles=15]
import { withServedBrowser } from "./launch.mjs";

// Uncompressed, as on a desktop on the same network: gzip on the fly would
// time the test server (bench-mobile.mjs measures the compressed first load).
process.env.ENCODINGS = "none";

const sizes = (process.argv[2] || "1000,10000,100000").split(",").map(Number);
const loads = Number(process.argv[3] || 7);
const toggles = Number(process.argv[4] || 15);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function open(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map:ready").length > 0, null, { timeout: 60_000 });
  return { context, page };
}

/** Clicks a checkbox and resolves with the time until the first frame that
 * shows the result has been painted: each animation frame from the click
 * on checks for `map:filtered` (the DOM is updated by then); a message
 * posted from that frame's rAF callback is handled just after its paint. */
function filterToFrame(page, industry) {
  return page.evaluate((industry) => {
    const box = document.querySelector(`input[data-testid=filter-industry][data-industry-id="${industry}"]`);
    const before = performance.getEntriesByName("map:filtered").length;
    return new Promise((resolve) => {
      const t0 = performance.now();
      const frame = () => {
        if (performance.getEntriesByName("map:filtered").length > before) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - t0);
          channel.port2.postMessage(null);
        } else {
          requestAnimationFrame(frame);
        }
      };
      requestAnimationFrame(frame);
      box.click();
    });
  }, industry);
}

// Each page's link for n projects: this build, the Leaflet peer (peer/:
// Leaflet 1.9 + markercluster on the same files) and, with BEFORE=folder,
// the build in that folder. Their loads are taken in turn, so the
// machine's slow spells fall on all alike; the ratios to the peer are what
// compare across runs.
const pages = (base) => [
  ["this build", (n) => `${base}?data=generated/synthetic-${n}/map.json`],
  ...(process.env.BEFORE ? [["before", (n) => `${base}before/?data=../generated/synthetic-${n}/map.json`]] : []),
  ["Leaflet peer", (n) => `${base}peer/leaflet.html?data=../generated/synthetic-${n}/map.json`],
];

/** Opens one map per build, all at once, and toggles a filter on each in
 * turn, so a slow spell of the machine falls on every build alike; then
 * each page's memory and DOM size. */
async function afterLoad(browser, urls) {
  const opened = [];
  for (const url of urls) {
    const { context, page } = await open(browser, url);
    // The filters come with the app's later module (the peer has them at once).
    await page.waitForSelector("input[data-testid=filter-industry]");
    opened.push({ context, page, frames: [] });
  }
  for (let i = 0; i < toggles; i++) {
    for (const one of opened) one.frames.push(await filterToFrame(one.page, i % 2 ? "new_materials" : "infrastructure"));
  }
  const measured = [];
  for (const { context, page, frames } of opened) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const js = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0);
    const dom = await page.evaluate(() => document.getElementsByTagName("*").length);
    await context.close();
    measured.push({ frames, js, wasm, dom });
  }
  return measured;
}

const rows = [];
await withServedBrowser(4193, async (browser, base) => {
  const builds = pages(base);
  for (const n of sizes) {
    const ready = builds.map(() => []);
    for (let i = 0; i < loads; i++) {
      for (const [k, [, url]] of builds.entries()) {
        const { context, page } = await open(browser, url(n));
        ready[k].push(await page.evaluate(() => performance.getEntriesByName("map:ready")[0].startTime));
        await context.close();
      }
    }
    const measured = await afterLoad(browser, builds.map(([, url]) => url(n)));
    for (const [k, [build]] of builds.entries()) {
      const { frames, js, wasm, dom } = measured[k];
      rows.push({
        projects: n,
        page: build,
        "map:ready median ms": Math.round(median(ready[k])),
        "filter→frame median ms": Number(median(frames).toFixed(1)),
        "JS heap MB": Number((js / 2 ** 20).toFixed(1)),
        "wasm memory MB": Number((wasm / 2 ** 20).toFixed(1)),
        "DOM elements": dom,
      });
    }
  }
});
console.table(rows);

// This build against the peer, size by size (below 1: faster than Leaflet).
const ratios = sizes.map((n) => {
  const [app, peer] = ["this build", "Leaflet peer"].map((page) => rows.find((r) => r.projects === n && r.page === page));
  const ratio = (key) => Number((app[key] / peer[key]).toFixed(2));
  return {
    projects: n,
    "map:ready ×Leaflet": ratio("map:ready median ms"),
    "filter→frame ×Leaflet": ratio("filter→frame median ms"),
    "JS+wasm memory ×Leaflet": Number(
      ((app["JS heap MB"] + app["wasm memory MB"]) / (peer["JS heap MB"] + peer["wasm memory MB"])).toFixed(2),
    ),
  };
});
console.table(ratios);