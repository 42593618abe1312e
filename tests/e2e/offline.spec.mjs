// The service worker (sw.js): after one visit the map opens without a
// network, and says so with the date of its data; online, data is always
// the server's latest; it never acts on a host page. Every other test file
// blocks service workers (playwright.config.mjs).
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { openMap, root, violations } from "./helpers.mjs";

test.use({ serviceWorkers: "allow" });

/** Waits until the worker controls the app's folder and keeps the files
 * whose names end with each of `names`. */
async function kept(page, names) {
  const keeps = () =>
    page.evaluate(async (names) => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration?.active) return false;
      const urls = (await (await caches.open("imap-data")).keys()).map((r) => r.url);
      return names.every((n) => urls.some((u) => u.split("?")[0].endsWith(n)));
    }, names);
  await expect.poll(keeps, { timeout: 20_000 }).toBe(true);
}

const DEFAULT_FILES = ["data/map.json", "data/districts.geojson", "data/projects.geojson", "data/context.geojson", "data/places.geojson"];

test("after one visit the map opens offline, says so with its data's dates, and every tool works", async ({ page, context }) => {
  await openMap(page);
  await expect(page.getByTestId("offline-notice")).toHaveCount(0);
  await kept(page, DEFAULT_FILES);

  await context.setOffline(true);
  await openMap(page, "tab=list");
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId("offline-notice")).toHaveText(`当前离线：显示的是 2021-03-10 更新的数据（本机于 ${today} 获取）。`);
  expect(await violations(page)).toEqual([]);
  // The districts, the pins, the region and the places.
  await expect(page.locator(".imap-pin")).toHaveCount(10);
  await expect(page.locator(".imap-region").first()).toBeAttached();
  // The places: a detail's distances to them.
  await page.locator("[data-testid=project-row][data-project-id=sowos-smart-terminal]").click();
  await expect(page.getByTestId("distances")).toContainText("澳门国际机场");
  await page.keyboard.press("Escape");
  // The list, a filter, the CSV and the printout.
  await expect(page.getByTestId("project-row")).toHaveCount(10);
  await page.getByRole("tab", { name: "筛选" }).click();
  await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").uncheck();
  await expect(page.getByTestId("result-count")).toHaveText("7");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("tab", { name: "列表" }).click().then(() => page.getByTestId("export-csv").click())]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv).toContain("sowos-smart-terminal,");
  expect(csv).not.toContain("nanshan-road,");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-list")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Back online, the notice goes.
  await context.setOffline(false);
  await expect(page.getByTestId("offline-notice")).toHaveCount(0);
});

test("online, the data is the server's latest, never the kept copy", async ({ page }) => {
  const folder = join(root, "target/e2e-data/sw-fresh");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(join(root, "tests/fixtures/small"), folder, { recursive: true });
  try {
    await openMap(page, "data=generated/sw-fresh/map.json");
    const before = await page.getByTestId("result-count").textContent();
    await kept(page, ["sw-fresh/map.json", "sw-fresh/projects.geojson"]);
    // An editor removes a project on the server.
    const path = join(folder, "projects.geojson");
    const projects = JSON.parse(readFileSync(path, "utf8"));
    projects.features.pop();
    writeFileSync(path, JSON.stringify(projects));
    await openMap(page, "data=generated/sw-fresh/map.json");
    await expect(page.getByTestId("result-count")).toHaveText(String(Number(before) - 1));
    // The worker answered (the page is controlled), from the network.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a transfer that stalls part way is answered with the kept copy", async ({ page }) => {
  test.setTimeout(60_000);
  const folder = join(root, "target/e2e-data/sw-stall");
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, "tests/fixtures/small"), folder, { recursive: true });
  try {
    await openMap(page, "data=generated/sw-stall/map.json");
    const before = await page.getByTestId("result-count").textContent();
    await kept(page, ["sw-stall/map.json", "sw-stall/projects.geojson"]);
    // The server now sends half of the projects file, then nothing.
    writeFileSync(join(folder, "projects.geojson.stall"), "");
    await page.goto("./?data=generated/sw-stall/map.json");
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 30_000 });
    await expect(page.getByTestId("result-count")).toHaveText(before);
    await expect(page.getByRole("alert")).toHaveCount(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("offline=0 in the link, or \"offline\": false in the manifest, removes the worker", async ({ page }) => {
  const registrations = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  await openMap(page);
  await kept(page, ["data/map.json"]);
  await openMap(page, "offline=0");
  await expect.poll(registrations).toBe(0);

  const folder = join(root, "target/e2e-data/sw-off");
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, "tests/fixtures/small"), folder, { recursive: true });
  try {
    await openMap(page);
    await kept(page, ["data/map.json"]);
    const manifest = JSON.parse(readFileSync(join(folder, "map.json"), "utf8"));
    writeFileSync(join(folder, "map.json"), JSON.stringify({ ...manifest, offline: false }));
    await openMap(page, "data=generated/sw-off/map.json");
    await expect.poll(registrations).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("in an iframe the app works as on its own page, and the portal's pages in the folder are left alone", async ({ page, context }) => {
  await openMap(page);
  await kept(page, DEFAULT_FILES);
  // A portal page beside the app, in the worker's folder: the page itself.
  await page.goto("./fixtures/host/iframe.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("投资江海 · 招商信息");
  const frame = page.frameLocator("#map-frame");
  await expect(frame.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  // Offline, the framed app still opens from what the worker keeps.
  await context.setOffline(true);
  await page.locator("#map-frame").evaluate((f) => (f.src = f.src.replace("embed=1", "embed=1&lang=en")));
  await expect(frame.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(frame.getByTestId("offline-notice")).toContainText("Offline: showing the data updated 2021-03-10");
  await context.setOffline(false);
});

test("a file larger than the limit is not kept; the rest of its set is", async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    window.__looked = [];
    navigator.serviceWorker?.addEventListener("message", (e) => window.__looked.push(...(e.data?.looked ?? [])));
  });
  const big = "generated/synthetic-100000/";
  await openMap(page, `data=${big}map.json`);
  // The worker has looked at the 38 MB projects file the page fetched.
  await expect
    .poll(() => page.evaluate((big) => window.__looked.some((u) => u.endsWith(`${big}projects.geojson`)), big), { timeout: 60_000 })
    .toBe(true);
  const keptUrls = await page.evaluate(async () => (await (await caches.open("imap-data")).keys()).map((r) => r.url));
  expect(keptUrls.some((u) => u.endsWith(`${big}map.json`))).toBe(true);
  expect(keptUrls.some((u) => u.endsWith(`${big}projects.geojson`))).toBe(false);
});

test("a host page that mounts the map registers no worker", async ({ page }) => {
  // A host page with only a mount (the example portal also has an iframe,
  // whose page is the app's own and does register).
  await page.goto("./fixtures/host/hostile.html");
  await page.waitForFunction(() => performance.getEntriesByName("app:complete").length > 0, null, { timeout: 15_000 });
  // Give a registration every chance: the app's own page registers right after app:complete.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

/** Turns the copy of a build in `folder` into the next build, as a rebuild
 * would: its later module under a new hashed name (the old one gone from
 * the server), the files naming it rewritten, the worker's build changed. */
function nextBuild(folder) {
  const files = readdirSync(folder);
  const later = files.find((f) => /^investment-map-later-[0-9a-f]{16}\.wasm$/.test(f));
  const next = "investment-map-later-00000000000000b2.wasm";
  for (const twin of ["", ".gz", ".br"]) renameSync(join(folder, later + twin), join(folder, next + twin));
  for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(join(folder, file), "utf8");
    const rewritten = text.replaceAll(later, next).replace(/imap-app-[0-9a-f]{16}/, "imap-app-00000000000000b2");
    if (rewritten === text) continue;
    writeFileSync(join(folder, file), rewritten);
    // The server would send a stale precompressed twin first.
    for (const twin of [".gz", ".br"]) rmSync(join(folder, file + twin), { force: true });
  }
  return { later, next };
}

/** The later modules a page loaded. */
const laterModules = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()).filter((n) => n.startsWith("investment-map-later-")),
  );

test("a new build waits while a page of the old one is open, offline too, then takes over and the old cache goes", async ({ context }) => {
  const folder = join(root, "target/e2e-data/sw-builds");
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, process.env.DIST || "dist"), folder, { recursive: true });
  const open = async (page) => {
    await page.goto("generated/sw-builds/");
    await page.waitForFunction(() => performance.getEntriesByName("app:complete").length > 0, null, { timeout: 15_000 });
  };
  const appCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("imap-app-")));
  try {
    const first = await context.newPage();
    await open(first);
    const scope = new URL(".", first.url()).href;
    await kept(first, ["sw-builds/data/map.json", "sw-builds/data/projects.geojson"]);
    const [oldCache] = await appCaches(first);
    const { later, next } = nextBuild(folder);

    // The new build's worker installs, and waits: a page of the old build is open.
    await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect.poll(() => first.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting)).toBe(true);
    // Offline, another page still runs the old build whole.
    await context.setOffline(true);
    const second = await context.newPage();
    await open(second);
    expect(await laterModules(second)).toEqual([later]);
    await context.setOffline(false);

    // With no page of the old build open, the new build takes over.
    await second.close();
    await first.close();
    const third = await context.newPage();
    // The waiting worker takes over once the browser has seen the last old
    // page go: wait for that from a page outside the worker's folder.
    await third.goto("fixtures/host/portal.css");
    await expect
      .poll(() =>
        third.evaluate(async (scope) => {
          const registration = await navigator.serviceWorker.getRegistration(scope);
          return !registration.waiting && registration.active?.state === "activated";
        }, scope),
      )
      .toBe(true);
    await open(third);
    expect(await laterModules(third)).toEqual([next]);
    await expect.poll(() => appCaches(third)).toEqual(["imap-app-00000000000000b2"]);
    expect(oldCache).not.toBe("imap-app-00000000000000b2");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
