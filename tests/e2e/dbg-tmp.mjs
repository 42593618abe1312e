import { withServedBrowser } from "./launch.mjs";
import { SIZES, LANGS, screen } from "./sizes.mjs";
await withServedBrowser(4198, async (browser, base) => {
  for (const size of [SIZES[0], SIZES[3]]) for (const l of LANGS) {
    const ctx = await browser.newContext(screen(size));
    const page = await ctx.newPage();
    await page.goto(`${base}?${l.query}`);
    await page.waitForSelector("[data-testid=map-root]:not([data-state=loading])");
    const b = page.getByRole("button", { name: l.lang === "zh" ? "关于本区" : "About the zone" });
    await (size.touch ? b.tap() : b.click());
    await page.getByTestId("about").waitFor();
    await page.screenshot({ path: `/tmp/shots/about-${size.width}-${l.lang}.png` });
    await ctx.close();
  }
});
