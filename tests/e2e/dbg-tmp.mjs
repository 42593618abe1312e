import { withServedBrowser } from "./launch.mjs";
await withServedBrowser(4198, async (browser, base) => {
  for (const [w, h, q] of [[1280, 800, "view=113.3,22.6,8.3"], [360, 740, "view=113.4,22.6,7.6&lang=en"], [1280, 800, "view=113.12,22.55,10.5&lang=en"]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on("pageerror", (e) => console.log(`pageerror: ${e}`));
    await page.goto(`${base}?${q}`);
    await page.locator(".imap-region").first().waitFor();
    await page.screenshot({ path: `/tmp/shots/ctx-${w}-${q.replace(/[^a-z0-9.]/gi, "_")}.png` });
    await page.close();
  }
});
