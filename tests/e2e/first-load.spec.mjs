// The first load (README, "First load"): the static page paints the title,
// the zone's name and a loading state where the app will draw them; the
// data downloads start while the wasm is still arriving, and the app reads
// those very downloads; nothing jumps when the app takes over.
import { test, expect } from "./fixtures.mjs";
import { SIZES, screen } from "./sizes.mjs";

/** Holds the wasm back until `release()`; resolves `requested` with the
 * file names fetched in the meantime. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const seen = [];
  page.on("request", (r) => seen.push(new URL(r.url()).pathname));
  await page.route("**/*_bg.wasm", async (route) => {
    await released;
    await route.continue();
  });
  return { seen, release };
}

const name = (path) => path.split("/").pop();

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));

    test("before the app arrives, the header card shows the title, the zone and a loading state where the app's will be", async ({ page }) => {
      const { release } = await holdWasm(page);
      await page.goto("./");
      const shell = page.locator("#imap-shell");
      await expect(shell.getByRole("heading", { level: 1 })).toHaveText("江门高新区（江海区）招商地图");
      await expect(shell.getByRole("status")).toContainText("Loading the map");
      await expect(page.getByTestId("map-root")).toHaveCount(0);
      const before = await shell.locator(".imap-header").boundingBox();
      const titleBefore = await shell.locator(".imap-title").boundingBox();
      release();
      await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
      await expect(shell).toHaveCount(0);
      const after = await page.locator(".imap-header").boundingBox();
      const titleAfter = await page.locator(".imap-title").boundingBox();
      for (const key of ["x", "y", "width"]) expect(after[key]).toBeCloseTo(before[key], 0);
      for (const key of ["x", "y", "width", "height"]) expect(titleAfter[key]).toBeCloseTo(titleBefore[key], 0);
    });

    test("taking over from the static page shifts the layout by at most 0.05", async ({ page }) => {
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto("./");
      await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.05);
    });
  });
}

test("the manifest and the files it names download while the wasm is still arriving, and the app reads those downloads", async ({ page }) => {
  const { seen, release } = await holdWasm(page);
  await page.goto("./");
  await expect.poll(() => seen.map(name)).toEqual(expect.arrayContaining(["map.json", "districts.geojson", "projects.geojson"]));
  release();
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
  await expect(page.locator("[data-project-id]")).not.toHaveCount(0);
  // Requested once each: the app took the loader's downloads, the manifest
  // included (the loader reads a copy of it to find the files).
  expect(seen.filter((p) => name(p) === "districts.geojson")).toHaveLength(1);
  expect(seen.filter((p) => name(p) === "projects.geojson")).toHaveLength(1);
  expect(seen.filter((p) => name(p) === "map.json")).toHaveLength(1);
});

test("on a fast connection too, each data file and the manifest are downloaded once, with nothing left unused", async ({ page }) => {
  const seen = [];
  const said = [];
  page.on("request", (r) => seen.push(name(new URL(r.url()).pathname)));
  // Chromium says so when a preload goes unused or cannot be used.
  page.on("console", (m) => said.push(m.text()));
  for (const query of ["", "?data=generated/synthetic-2000/map.json"]) {
    seen.length = 0;
    await page.goto(`./${query}`);
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
    await page.waitForLoadState("networkidle");
    for (const file of ["map.json", "districts.geojson", "projects.geojson"]) {
      expect(seen.filter((f) => f === file), `${file} ${query}`).toHaveLength(1);
    }
    expect(said.filter((text) => /preload/i.test(text)), query).toEqual([]);
  }
});

test("a link naming another manifest downloads that one's files early, not the default's", async ({ page }) => {
  const { seen, release } = await holdWasm(page);
  await page.goto("./?data=fixtures/small/map.json");
  await expect.poll(() => seen.filter((p) => p.includes("/fixtures/small/")).map(name)).toEqual(
    expect.arrayContaining(["map.json", "districts.geojson", "projects.geojson"]),
  );
  release();
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
  expect(seen.filter((p) => p.includes("/data/"))).toEqual([]);
});

test("a link naming a manifest the app refuses downloads nothing early, and the app says why", async ({ page }) => {
  const { seen, release } = await holdWasm(page);
  await page.goto("./?data=//example.com/map.json");
  await expect.poll(() => seen.some((p) => name(p).startsWith("investment-map-") && p.endsWith(".wasm"))).toBe(true);
  release();
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "error");
  await expect(page.locator("#imap-shell")).toHaveCount(0);
  expect(seen.filter((p) => p.endsWith(".json") || p.endsWith(".geojson"))).toEqual([]);
});

test("the later module downloads once, started before the first map is drawn, and the app takes that download", async ({ page }) => {
  const later = [];
  page.on("request", (r) => name(new URL(r.url()).pathname).startsWith("investment-map-later-") && later.push(r.url()));
  await page.goto("./");
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName("app:complete").length)).toBe(1);
  const [asked, ready] = await page.evaluate(() => [
    performance.getEntriesByType("resource").filter((e) => e.name.includes("/investment-map-later-")).map((e) => e.startTime),
    performance.getEntriesByName("map:ready")[0].startTime,
  ]);
  expect(later).toHaveLength(1);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toBeLessThan(ready);
});

test("the later module is asked for once the data files are in, before the projects are read", async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", () => (window.__started = true));
    // When the card first says how far reading the projects has come.
    new MutationObserver(() => {
      const status = document.querySelector("[data-testid=map-root] [role=status]");
      if (window.__reading === undefined && /正在读取项目/.test(status?.textContent ?? "")) window.__reading = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  // The projects held back until the first module runs: the rest of the
  // app waits for them.
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/synthetic-2000/projects.geojson", async (route) => {
    await released;
    await route.continue();
  });
  const later = [];
  page.on("request", (r) => r.url().includes("/investment-map-later-") && later.push(r.url()));
  await page.goto("./?data=generated/synthetic-2000/map.json");
  await page.waitForFunction(() => window.__started);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(later).toEqual([]);
  release();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName("app:complete").length)).toBe(1);
  const [asked, arrived, reading] = await page.evaluate(() => {
    const entries = performance.getEntriesByType("resource");
    return [
      entries.find((e) => e.name.includes("/investment-map-later-")).startTime,
      entries.find((e) => e.name.endsWith("/synthetic-2000/projects.geojson")).responseEnd,
      window.__reading,
    ];
  });
  expect(later).toHaveLength(1);
  expect(reading).toBeGreaterThan(0);
  expect(asked).toBeGreaterThanOrEqual(arrived);
  expect(asked).toBeLessThan(reading);
});

test("the build writes gzip and brotli twins of the app's own files, none of the data", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { gunzipSync, brotliDecompressSync } = await import("node:zlib");
  const dist = new URL("../../dist/", import.meta.url);
  const own = readdirSync(dist).filter((f) => /\.(html|js|css|wasm)$/.test(f));
  // The first module and the later one (ARCHITECTURE.md, "Two modules").
  expect(own.filter((f) => f.endsWith(".wasm")).map((f) => f.replace(/[0-9a-f]{16}/, "#")).sort()).toEqual([
    "investment-map-#_bg.wasm",
    "investment-map-later-#.wasm",
  ]);
  for (const file of own) {
    const body = readFileSync(new URL(file, dist));
    expect(gunzipSync(readFileSync(new URL(`${file}.gz`, dist))).equals(body), `${file}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(new URL(`${file}.br`, dist))).equals(body), `${file}.br`).toBe(true);
  }
  expect(readdirSync(new URL("data/", dist)).filter((f) => /\.(gz|br)$/.test(f))).toEqual([]);
});
