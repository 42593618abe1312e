// The service worker (sw.js): after one visit the map opens without a
// network, and says so with the date of its data; online, data is always
// the server's latest; it never acts on a host page. Every other test file
// blocks service workers (playwright.config.mjs).
import { mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { openMap, root } from "./helpers.mjs";

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

test("the worker is not registered with offline=0, and an earlier one is removed", async ({ page }) => {
  await openMap(page);
  await kept(page, ["data/map.json"]);
  await openMap(page, "offline=0");
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
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
