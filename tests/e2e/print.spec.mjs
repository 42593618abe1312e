// Printing: title, date, results and filters, the map as on screen scaled to
// the page, the legend open, the sources and the list of matches; no
// controls; A4 portrait and landscape.
import { test, expect } from "./fixtures.mjs";
import { openMap } from "./helpers.mjs";

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
