// Phone layout: nothing overlaps, everything fits.
import { test, expect } from "./fixtures.mjs";
import { openMap } from "./helpers.mjs";

test.use({ viewport: { width: 360, height: 740 } });

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test("on a 360 px phone the panels fit and do not overlap", async ({ page }) => {
  await openMap(page);
  const header = await page.locator(".imap-header").boundingBox();
  const zoom = await page.locator(".imap-zoom").boundingBox();
  const legend = await page.locator(".imap-legend").boundingBox();
  for (const box of [header, zoom, legend]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  expect(overlaps(header, zoom)).toBe(false);
  expect(overlaps(header, legend)).toBe(false);
  // The zone is drawn below the header, not under it.
  const zone = await page.locator("[data-district-id=jianghai]").boundingBox();
  expect(zone.y).toBeGreaterThanOrEqual(header.y + header.height - 1);

  await page.locator("[data-project-id=wangyi-tech-port]").click();
  await expect(page.getByTestId("project-detail")).toBeVisible();
  const detail = await page.getByTestId("project-detail").boundingBox();
  expect(detail.x).toBeGreaterThanOrEqual(0);
  expect(detail.x + detail.width).toBeLessThanOrEqual(360);
  expect(detail.y + detail.height).toBeLessThanOrEqual(740);
});

test.describe("on a touch phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("one overlay at a time: a project from the list folds the sheet, closing brings it back", async ({ page }) => {
    await openMap(page, "tab=list");
    await page.getByRole("button", { name: "筛选与列表" }).click();
    const row = page.locator("[data-testid=project-row][data-project-id=denghuohui]");
    await row.tap();
    const detail = page.getByTestId("project-detail");
    await expect(detail).toBeVisible();
    await expect(row).toBeHidden();
    await expect(page.locator(".imap-tooltip")).toHaveCount(0);
    // Nothing on the map covers the detail sheet, and its pin is above it.
    const sheet = await detail.boundingBox();
    const sidebar = await page.locator(".imap-sidebar").boundingBox();
    expect(sidebar.y + sidebar.height).toBeLessThanOrEqual(sheet.y);
    const pin = await page.locator(".imap-pin[data-project-id=denghuohui]").boundingBox();
    expect(pin.y + pin.height).toBeLessThanOrEqual(sheet.y);
    await page.getByRole("button", { name: "关闭" }).tap();
    await expect(detail).toHaveCount(0);
    await expect(row).toBeVisible();
  });

  test("a tapped pin opens its detail without a tooltip", async ({ page }) => {
    await openMap(page);
    await page.locator(".imap-pin[data-project-id=nanshan-road]").tap();
    await expect(page.getByTestId("project-detail")).toBeVisible();
    await expect(page.locator(".imap-tooltip")).toHaveCount(0);
  });
});

test.describe("a shared link on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("opens with every match in view, also outside the zone", async ({ page }) => {
    // Project c lies in the neighbouring district, east of the zone.
    await openMap(page, "data=fixtures/small/map.json&industry=new_materials");
    await expect(page.getByTestId("result-count")).toHaveText("2");
    const map = await page.locator(".imap-map").boundingBox();
    for (const id of ["b", "c"]) {
      const pin = await page.locator(`.imap-pin[data-project-id="${id}"]`).boundingBox();
      expect(pin.x, id).toBeGreaterThanOrEqual(map.x);
      expect(pin.x + pin.width, id).toBeLessThanOrEqual(map.x + map.width);
      expect(pin.y + pin.height, id).toBeLessThanOrEqual(map.y + map.height);
    }
  });
});

test.describe("on a tablet", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  for (const lang of ["", "lang=en"]) {
    test(`the detail never covers the header card or the zoom buttons, and its pin shows (${lang || "zh"})`, async ({ page }) => {
      await openMap(page, lang);
      await page.locator(".imap-pin[data-project-id=wangyi-tech-port]").tap();
      const detail = await page.getByTestId("project-detail").boundingBox();
      for (const selector of [".imap-sidebar", ".imap-zoom"]) {
        expect(overlaps(detail, await page.locator(selector).boundingBox()), selector).toBe(false);
      }
      const header = await page.locator(".imap-sidebar").boundingBox();
      await expect
        .poll(async () => {
          const pin = await page.locator(".imap-pin[data-project-id=wangyi-tech-port]").boundingBox();
          return pin.y >= header.y + header.height && pin.y + pin.height <= detail.y;
        })
        .toBe(true);
    });
  }
});
