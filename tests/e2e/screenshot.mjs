// Screenshots of the built app for people to look at: node screenshot.mjs OUTDIR ["?query"]
import { withServedBrowser } from "./launch.mjs";

const out = process.argv[2] || "screenshots";
const query = process.argv[3] || "";

await withServedBrowser(4199, async (browser, base) => {
  for (const [name, width, height] of [["desktop", 1280, 800], ["phone", 360, 740]]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: name === "phone" ? 2 : 1 });
    page.on("pageerror", (e) => console.log(`[${name}] pageerror: ${e}`));
    await page.goto(base + query);
    await page.waitForSelector("[data-testid=map-root]:not([data-state=loading])", { timeout: 15000 });
    await page.waitForTimeout(300);
    const file = `${out}/${name}${query ? "-" + query.replace(/[^a-z0-9]+/gi, "_") : ""}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
});
