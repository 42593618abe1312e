// Clustering: filter first, then cluster; badges count and sum; click zooms in.
import { test, expect } from "./fixtures.mjs";
import { openMap, number, recordStatus } from "./helpers.mjs";

const DATA = "data=generated/synthetic-2000/map.json";

/** Projects drawn: single pins plus the counts on the badges. */
async function drawn(page) {
  const pins = await page.locator(".imap-pin[data-project-id]").count();
  const clustered = await page
    .locator("[data-cluster-count]")
    .evaluateAll((els) => els.reduce((s, e) => s + Number(e.dataset.clusterCount), 0));
  return { pins, clustered, total: pins + clustered };
}

test("2,000 projects draw as a few badges that account for every match", async ({ page }) => {
  await openMap(page, DATA);
  await expect(page.getByTestId("result-count")).toHaveText("2000");
  const d = await drawn(page);
  expect(d.total).toBe(2000);
  expect(await page.locator("[data-cluster-count]").count()).toBeGreaterThan(3);
  expect(d.pins + (await page.locator("[data-cluster-count]").count())).toBeLessThan(200);
  // Badges show the count and the disclosed total.
  const badge = page.locator("[data-cluster-count]").first();
  const n = await badge.getAttribute("data-cluster-count");
  await expect(badge.locator(".imap-cluster-count")).toHaveText(n);
  // With its unit: "12亿", never a bare number.
  await expect(badge.locator(".imap-cluster-total")).toHaveText(/^(\d+(\.\d)?|<0\.1)亿$/);
  await expect(badge).toHaveAttribute("aria-label", new RegExp(`^${n} · \\d+(\\.\\d)?亿（${n} 个项目`));
});

test("filters come first: badges re-count what matches", async ({ page }) => {
  await openMap(page, DATA);
  await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").uncheck();
  await page.locator("input[data-testid=filter-status][data-status-id=signed]").uncheck();
  const shown = async () => number(await page.getByTestId("result-count").innerText());
  await expect.poll(shown).toBeLessThan(2000);
  const count = await shown();
  await expect.poll(async () => (await drawn(page)).total).toBe(count);
  await page.getByTestId("amount-preset").filter({ hasText: /^≥ 5$/ }).click();
  await expect.poll(shown).toBeLessThan(count);
  const narrowed = await shown();
  await expect.poll(async () => (await drawn(page)).total).toBe(narrowed);
});

test("a click on a badge zooms to its members; zoomed in, pins stand alone", async ({ page }) => {
  await openMap(page, DATA);
  const zoom = () => Number(new URL(page.url()).searchParams.get("view")?.split(",")[2]);
  await expect.poll(zoom).toBeGreaterThan(0);
  const before = zoom();
  const biggest = page.locator("[data-cluster-count]").first();
  await biggest.click();
  await expect.poll(zoom).toBeGreaterThan(before);
  // Far in, every marker is a single pin, and only those in view are in the DOM.
  await page.locator(".imap-map").focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("+");
  await expect(page.locator("[data-cluster-count]")).toHaveCount(0);
  const pins = await page.locator(".imap-pin[data-project-id]").count();
  expect(pins).toBeGreaterThan(0);
  expect(pins).toBeLessThan(2000);
});

test("outlines are drawn with less detail when zoomed far out", async ({ page }) => {
  await openMap(page);
  const detailed = (await page.locator("[data-district-id=xinhui]").getAttribute("d")).length;
  await page.locator(".imap-map").focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("-");
  await expect.poll(async () => (await page.locator("[data-district-id=xinhui]").getAttribute("d")).length).toBeLessThan(detailed * 0.8);
  for (let i = 0; i < 4; i++) await page.keyboard.press("+");
  await expect.poll(async () => (await page.locator("[data-district-id=xinhui]").getAttribute("d")).length).toBe(detailed);
});

test("loading shows how far reading the projects has come", async ({ page }) => {
  await recordStatus(page);
  await openMap(page, DATA);
  const seen = await page.evaluate(() => window.__status);
  expect(seen.some((t) => /正在读取项目 \d+ \/ 2000/.test(t))).toBe(true);
  expect(await page.evaluate(() => window.__onTop)).toBe(true);
});

test("map:filtered is marked once the DOM shows the change", async ({ page }) => {
  // Zoomed out so far that every match stays in sight: the map does not
  // glide after the change, and any later DOM change would be a late render.
  await openMap(page, `${DATA}&view=113.1,22.55,7`);
  const seen = await page.evaluate(() => new Promise((resolve) => {
    // What the page shows at the moment of the mark, and whether the DOM
    // still changes afterwards.
    const observer = new MutationObserver((records) => (late += records.length));
    let late = 0;
    let atMark = null;
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === "map:filtered" && atMark === null) {
        observer.takeRecords();
        const drawn = [...document.querySelectorAll("[data-cluster-count]")]
          .reduce((s, e) => s + Number(e.dataset.clusterCount), document.querySelectorAll(".imap-pin[data-project-id]").length);
        atMark = { count: document.querySelector("[data-testid=result-count]").textContent, drawn };
        // Late changes would come from render effects of this update; the
        // URL is written after the frame that shows it, so by then (and one
        // more frame) every one of them has run.
        const settled = () => {
          if (!location.search.includes("industry=")) return requestAnimationFrame(settled);
          requestAnimationFrame(() => resolve({ ...atMark, late: late + observer.takeRecords().length, final: document.querySelector("[data-testid=result-count]").textContent }));
        };
        requestAnimationFrame(settled);
      }
      return mark(name, ...rest);
    };
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    document.querySelector("input[data-testid=filter-industry][data-industry-id=infrastructure]").click();
  }));
  expect(seen.final).not.toBe("2000");
  expect(seen.count).toBe(seen.final);
  expect(String(seen.drawn)).toBe(seen.final);
  expect(seen.late).toBe(0);
});

test("a filter change updates badges in place", async ({ page }) => {
  await openMap(page, DATA);
  // The biggest badge keeps its grid cell when one industry is hidden.
  await page.evaluate(() => {
    const badges = [...document.querySelectorAll("[data-cluster-count]")];
    window.__badge = badges.reduce((a, b) => (Number(b.dataset.clusterCount) > Number(a.dataset.clusterCount) ? b : a));
    window.__before = Number(window.__badge.dataset.clusterCount);
  });
  await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").uncheck();
  await expect(page.getByTestId("result-count")).not.toHaveText("2000");
  const after = await page.evaluate(() => ({
    connected: window.__badge.isConnected,
    before: window.__before,
    now: Number(window.__badge.dataset.clusterCount),
    shown: window.__badge.querySelector(".imap-cluster-count").textContent,
  }));
  expect(after.connected).toBe(true);
  expect(after.now).toBeLessThan(after.before);
  expect(after.shown).toBe(String(after.now));
});

test("38 MB of projects (100,000) load with the download and the reading counted, never a blank page", async ({ page }) => {
  test.setTimeout(60_000);
  await recordStatus(page);
  await page.goto("./?data=generated/synthetic-100000/map.json");
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 45_000 });
  await expect(page.getByTestId("result-count")).toHaveText("100000");
  const seen = await page.evaluate(() => window.__status);
  expect(seen.some((t) => /正在下载数据，已下载 \d+(\.\d)? MB…/.test(t)), seen.join(" | ")).toBe(true);
  expect(seen.some((t) => /正在读取项目 \d+ \/ 100000/.test(t)), seen.join(" | ")).toBe(true);
});
