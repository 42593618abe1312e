import { withServedBrowser } from "./launch.mjs";
import { SIZES, LANGS, screen } from "./sizes.mjs";
const out = process.argv[2];
await withServedBrowser(4198, async (browser, base) => {
  for (const size of SIZES) {
    for (const l of LANGS) {
      for (const mode of ["coming", "failed"]) {
        const ctx = await browser.newContext(screen(size));
        const page = await ctx.newPage();
        let release;
        const held = new Promise((r) => (release = r));
        await page.route("**/investment-map-later-*.wasm", async (route) => {
          if (mode === "failed") return route.fulfill({ status: 404, body: "" });
          await held;
          await route.continue();
        });
        await page.goto(`${base}?${l.query}`);
        await page.waitForFunction(() => performance.getEntriesByName("map:ready").length > 0);
        if (mode === "coming") {
          const pin = page.locator("[data-project-id]").nth(3);
          await (size.touch ? pin.tap() : pin.click());
          await page.getByTestId("later-coming").waitFor();
        } else {
          await page.getByTestId("later-failed").waitFor();
        }
        await page.screenshot({ path: `${out}/${size.width}-${l.lang}-${mode}.png` });
        if (mode === "coming") {
          release();
          await page.waitForFunction(() => performance.getEntriesByName("app:complete").length > 0);
          await page.getByTestId("project-detail").waitFor();
          await page.screenshot({ path: `${out}/${size.width}-${l.lang}-arrived.png` });
        }
        await ctx.close();
      }
    }
  }
});
