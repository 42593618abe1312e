import { withServedBrowser } from "./launch.mjs";
await withServedBrowser(4198, async (browser, base) => {
  for (const [w, h, q] of [[1280, 800, "view=113.45,22.6,8.6&lang=en"], [1280, 800, "project=wangyi-tech-port"], [390, 844, "project=wangyi-tech-port&lang=en"]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on("pageerror", (e) => console.log(`pageerror: ${e}`));
    await page.goto(`${base}?${q}`);
    await page.locator(".imap-place").first().waitFor({ state: "attached" });
    if (q.includes("project")) await page.getByTestId("distances").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/pl-${w}-${q.replace(/[^a-z0-9.]/gi, "_")}.png` });
    await page.close();
  }
});
