// The zone's place in the region: neighbouring cities as land under the
// districts, named while zoomed out; a scale bar true to the latitude.
import { test, expect } from "./fixtures.mjs";
import { openMap, watchReadyMark } from "./helpers.mjs";

test("the region arrives after the map is drawn, as land under the districts, named zoomed out", async ({ page }) => {
  await watchReadyMark(page);
  await openMap(page, "view=113.3,22.6,8.3&lang=en");
  const regions = page.locator(".imap-region");
  await expect(regions).toHaveCount(14);
  // Fetched after map:ready, so it never delays the first drawing.
  const atReady = await page.evaluate(() => window.__atReady);
  expect(atReady.districts).toBeGreaterThan(0);
  expect(atReady.regions).toBe(0);
  // Drawn before (under) the districts, in a land colour unlike the sea.
  const order = await page.evaluate(() => {
    const region = document.querySelector(".imap-regions");
    const districts = document.querySelector(".imap-boundaries");
    return region.compareDocumentPosition(districts) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  const [land, sea] = await page.evaluate(() => [
    getComputedStyle(document.querySelector(".imap-region")).fill,
    getComputedStyle(document.querySelector("[data-testid=map-root]")).backgroundColor,
  ]);
  expect(land).not.toBe(sea);
  for (const city of ["Jiangmen", "Guangzhou", "Foshan", "Zhongshan", "Zhuhai", "Shenzhen", "Hong Kong", "Macau"]) {
    await expect(page.locator(".imap-region-label", { hasText: city })).toBeVisible();
  }
  // The names read on the land they name: contrast of at least 4.5:1.
  const ratio = await page.evaluate(() => {
    const rgb = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const text = lum(rgb(getComputedStyle(document.querySelector(".imap-region-label")).fill));
    const land = lum(rgb(getComputedStyle(document.querySelector(".imap-region")).fill));
    return (Math.max(text, land) + 0.05) / (Math.min(text, land) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  // Of Jiangmen's districts only the zone is named this far out.
  await expect(page.locator(".imap-district-label--focus")).toBeVisible();
  await expect(page.locator(".imap-district-label", { hasText: "Xinhui" })).toBeHidden();
  // Zoomed in on the zone, the districts are named and the cities step back.
  await page.goto("./?view=113.0,22.45,10.2&lang=en");
  await expect(page.locator(".imap-region").first()).toBeAttached();
  await expect(page.locator(".imap-district-label", { hasText: "Xinhui" })).toBeVisible();
  await expect(page.locator(".imap-region-label").first()).toBeHidden();
});

test("the scale bar's length matches the distance it names", async ({ page }) => {
  // Zoom 12 at 22.55° N: 156,543 m × cos(22.55°) / 2¹² ≈ 35.3 m a pixel.
  await openMap(page, "view=113.12,22.55,12");
  const bar = page.getByTestId("scale-bar");
  await expect(bar).toContainText("2 公里");
  const width = (await bar.locator(".imap-scale-line").boundingBox()).width;
  const metresPerPx = (156543.034 * Math.cos((22.55 * Math.PI) / 180)) / 4096;
  expect(Math.abs(width - 2000 / metresPerPx)).toBeLessThan(1);
  // It follows the zoom.
  await page.getByRole("button", { name: "放大" }).click();
  await expect(bar).toContainText("1 公里");
  await page.goto("./?view=113.12,22.55,12&lang=en");
  await expect(page.getByTestId("scale-bar")).toContainText("2 km");
});

test("a bad region is skipped and listed, markup stays text, the good ones draw", async ({ page }) => {
  await openMap(page, "data=fixtures/region/map.json&view=113.15,22.55,9");
  await expect(page.locator(".imap-region")).toHaveCount(1);
  const label = page.locator(".imap-region-label");
  await expect(label).toHaveText('<b onmouseover="window.__xss=1">北城</b>');
  await expect(page.getByTestId("map-root").locator("b, i")).toHaveCount(0);
  const notice = page.getByTestId("data-problems");
  await expect(notice).toContainText("2 个要素已跳过");
  await notice.getByRole("button").click();
  await expect(notice.locator("li")).toHaveCount(2);
  await expect(notice.locator("li").nth(0)).toContainText("context.geojson");
  await expect(notice.locator("li").nth(0)).toContainText("缺少必填属性 source");
  await expect(notice.locator("li").nth(1)).toContainText("几何类型 LineString 不符合要求");
});

test("a context file that cannot be fetched is named, and the map stays whole", async ({ page }) => {
  await openMap(page, "data=fixtures/region/map-missing-context.json");
  await expect(page.getByRole("alert")).toContainText("missing.geojson");
  await expect(page.getByTestId("result-count")).toHaveText("3");
  await expect(page.locator(".imap-pin").first()).toBeVisible();
  await expect(page.locator("[data-district-id]")).toHaveCount(2);
});
