// Screenshots of the built app for people to look at, at every tested size
// and in both languages, in the states a visitor passes through (folded,
// filters open, list, the share panel, a phone's full sheet, a project open,
// the compare tray and the comparison):
// node screenshot.mjs OUTDIR ["query"] [WIDTH,WIDTH]
import { mkdirSync } from "node:fs";
import { withServedBrowser } from "./launch.mjs";
import { SIZES, LANGS, screen } from "./sizes.mjs";
import { swipe } from "./helpers.mjs";
const out = process.argv[2] || "screenshots";
const extra = process.argv[3] || "";
const only = process.argv[4] ? process.argv[4].split(",").map(Number) : null;
mkdirSync(out, { recursive: true });
await withServedBrowser(4199, async (browser, base) => {
  for (const size of SIZES) {
    if (only && !only.includes(size.width)) continue;
    for (const l of LANGS) {
      const ctx = await browser.newContext(screen(size));
      const page = await ctx.newPage();
      page.on("pageerror", (e) => console.log(`pageerror: ${e}`));
      const shot = (state) => page.screenshot({ path: `${out}/${size.width}-${l.lang}-${state}.png` });
      await page.goto(`${base}?${[l.query, extra].filter(Boolean).join("&")}`);
      await page.waitForSelector("[data-testid=map-root]:not([data-state=loading])");
      await shot("1closed");
      const tap = (loc) => (size.touch ? loc.tap() : loc.click());
      if (size.layout !== "docked") await tap(page.getByRole("button", { name: l.open }));
      await page.getByTestId("search").waitFor();
      await shot("2open");
      await tap(page.getByRole("tab", { name: l.list }));
      await page.getByTestId("project-row").first().waitFor();
      await shot("3list");
      const share = page.getByTestId("share");
      await share.scrollIntoViewIfNeeded();
      await tap(share);
      await page.getByTestId("share-qr").scrollIntoViewIfNeeded();
      await shot("3share");
      await tap(share);
      if (size.layout === "phone") {
        const g = await page.locator(".imap-fold").boundingBox();
        await swipe(page, [g.x + g.width / 2, g.y + 10], [g.x + g.width / 2, 60]);
        await page.locator(".imap-sidebar--full").waitFor();
        await shot("4full");
      }
      // A tap right after a fling only stops it (Chromium): tap until it opens.
      const detail = page.getByTestId("project-detail");
      while (!(await detail.isVisible())) await tap(page.getByTestId("project-row").nth(2));
      await shot("5detail");
      // Into the compare tray from the detail and two list rows, then side by side.
      await tap(detail.getByTestId("compare-add"));
      await tap(detail.locator(".imap-detail-close"));
      if (size.layout !== "docked" && !(await page.getByTestId("project-row").first().isVisible())) {
        await tap(page.getByRole("button", { name: l.open }));
      }
      for (const n of [0, 1]) await tap(page.locator(".imap-row-compare [data-testid=compare-add]").nth(n));
      await page.getByTestId("compare-tray").scrollIntoViewIfNeeded();
      await shot("6tray");
      await tap(page.getByTestId("compare-open"));
      await page.getByTestId("compare-table").waitFor();
      await shot("7compare");
      await ctx.close();
    }
  }
});
