// Narrow embeds: an iframe or a mount element from 270 px wide lays the
// app out by its own width (container queries on its root, not the
// window): the sheet spans the frame, no label breaks inside a word, and
// the title takes two lines at most.
import { test, expect } from "./fixtures.mjs";

const WIDTHS = [272, 320, 400];

/** A host page with the map framed, or mounted into a `width` px element. */
async function host(page, mode, width, lang) {
  const body =
    mode === "iframe"
      ? `<iframe src="./?embed=1${lang === "en" ? "&lang=en" : ""}" title="map" style="width:${width}px;height:640px;border:0"></iframe>`
      : `<div id="investment-map" data-lang="${lang}" style="width:${width}px;height:640px"></div><script type="module" src="./embed.js"></script>`;
  await page.route("**/investment-map/narrow-host.html", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><meta charset="utf-8"><body style="margin:0">${body}</body>` }),
  );
  await page.goto("./narrow-host.html");
  const app = mode === "iframe" ? page.frameLocator("iframe") : page.locator("#investment-map");
  await expect(app.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  return app;
}

/** Labels of visible buttons and tabs that take more than one line. */
function brokenLabels(app) {
  return app.locator(".imap").evaluate((root) =>
    [...root.querySelectorAll(".imap-button, .imap-tab, .imap-chip")]
      .filter((el) => el.getClientRects().length > 0 && el.textContent.trim())
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((el) => el.textContent.trim()),
  );
}

for (const mode of ["iframe", "mount"]) {
  for (const lang of ["zh", "en"]) {
    for (const width of WIDTHS) {
      test(`${mode} ${width} px (${lang}): the title in two lines at most, no label broken, the sheet across the frame`, async ({ page }) => {
        const app = await host(page, mode, width, lang);
        const title = app.locator(".imap-title");
        const lines = await title.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
        expect(lines).toBeLessThanOrEqual(2.05);
        expect(await brokenLabels(app)).toEqual([]);
        await app.locator(".imap-fold").click();
        const sheet = await app.locator(".imap-sidebar-body").boundingBox();
        const root = await app.getByTestId("map-root").boundingBox();
        expect(Math.abs(sheet.width - root.width)).toBeLessThan(1);
        expect(await brokenLabels(app)).toEqual([]);
        await app.getByRole("tab", { name: lang === "zh" ? "列表" : "List" }).click();
        await expect(app.getByTestId("copy-link")).toBeVisible();
        expect(await brokenLabels(app)).toEqual([]);
      });
    }
  }
}
