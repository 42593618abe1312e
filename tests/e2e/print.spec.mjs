// Printing: title, date, results and filters, the map as on screen scaled to
// the page, the legend open, the sources and the list of matches; no
// controls; A4 portrait and landscape.
import { test, expect } from "./fixtures.mjs";
import { openMap, readQrCode } from "./helpers.mjs";

/** Page widths of A4 at 96 px per inch, less 10 mm margins. */
const A4 = { portrait: 718, landscape: 1047 };

for (const [orientation, width] of Object.entries(A4)) {
  test(`a printout on A4 ${orientation} has the map, legend, filters, sources and matches, and no controls`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await openMap(page, "industry=electronic_info,infrastructure&lang=en");
    await expect(page.getByTestId("print-list")).toHaveCount(0);
    await page.emulateMedia({ media: "print" });
    const count = Number(await page.getByTestId("result-count").innerText());
    const list = page.getByTestId("print-list");
    await expect(list).toBeVisible();
    await expect(list.locator("tbody tr")).toHaveCount(count);
    await expect(list.locator("caption")).toHaveText("Matching projects");
    for (const shown of [".imap-title", ".imap-updated", "[data-testid=active-filter]", ".imap-svg", ".imap-legend-body", ".imap-attribution", ".imap-scale"]) {
      await expect(page.locator(shown).first(), shown).toBeVisible();
    }
    for (const hidden of [".imap-zoom", ".imap-fold", ".imap-lang", "[data-testid=search]", ".imap-chip-remove", ".imap-legend-toggle", ".imap-tabs"]) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    // The map as on screen: its pins, scaled to the page's width.
    const svg = await page.locator(".imap-svg").boundingBox();
    expect(svg.width).toBeLessThanOrEqual(width);
    expect(svg.width).toBeGreaterThan(width * 0.8);
    await expect(page.locator(".imap-pin").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // And it makes a PDF of that paper.
    const pdf = await page.pdf({ format: "A4", landscape: orientation === "landscape", margin: { top: "10mm", bottom: "10mm", left: "10mm", right: "10mm" } });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByTestId("print-list")).toHaveCount(0);
  });
}

/** A4 less 10 mm margins, at 96 px per inch: [width, height] by orientation. */
const PAGE = { portrait: [718, 1047], landscape: [1047, 718] };
const pages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;

for (const screenSize of [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
]) {
  test.describe(`printed from the ${screenSize.name} layout`, () => {
    test.use({ viewport: screenSize.viewport, isMobile: screenSize.isMobile, hasTouch: screenSize.hasTouch });

    for (const [orientation, [width, height]] of Object.entries(PAGE)) {
      test(`A4 ${orientation}: title, filters, map and legend on the first page, the list after, no blank page`, async ({ page }) => {
        await openMap(page, "industry=electronic_info,infrastructure&lang=en");
        const pdf = await page.pdf({ format: "A4", landscape: orientation === "landscape", margin: { top: "10mm", bottom: "10mm", left: "10mm", right: "10mm" } });
        // Seven matches: the first page and the list's end, never a page of
        // the title alone or a blank one (it was five pages in landscape).
        expect(pages(pdf)).toBeLessThanOrEqual(2);
        // Laid out on that paper, the legend ends within the first page.
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ media: "print" });
        await expect(page.getByTestId("print-list")).toBeVisible();
        const legend = await page.locator(".imap-legend").boundingBox();
        expect(legend.y + legend.height).toBeLessThanOrEqual(height);
        const map = await page.locator(".imap-svg").boundingBox();
        expect(map.height).toBeGreaterThan(height * 0.3);
      });
    }
  });
}

test("a printout carries the QR code of its view beside the title", async ({ page }) => {
  await page.setViewportSize({ width: A4.portrait, height: 1000 });
  await openMap(page, "industry=electronic_info&district=jianghai&lang=en&tab=list");
  await page.getByTestId("share").click();
  const link = await page.getByTestId("share-link").inputValue();
  await expect(page.getByTestId("print-qr")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  const qr = page.getByTestId("print-qr");
  await expect(qr).toBeVisible();
  const [code, title] = [await qr.boundingBox(), await page.locator(".imap-title").boundingBox()];
  expect(code.x, "right of the title").toBeGreaterThanOrEqual(title.x + title.width);
  expect(code.y).toBeLessThan(title.y + title.height);
  expect(await readQrCode(page, await qr.screenshot())).toBe(link);
  await page.emulateMedia({ media: "screen" });
  await expect(qr).toHaveCount(0);
});
