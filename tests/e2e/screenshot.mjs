// Screenshots of the built app for people to look at: node screenshot.mjs OUTDIR [query]
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const out = process.argv[2] || "screenshots";
const query = process.argv[3] || "";
const port = 4199;
const server = spawn("node", ["serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const [name, width, height] of [["desktop", 1280, 800], ["phone", 360, 740]]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: name === "phone" ? 2 : 1 });
    page.on("console", (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => console.log(`[${name}] pageerror: ${e}`));
    await page.goto(`http://127.0.0.1:${port}/investment-map/${query}`);
    await page.waitForSelector("[data-testid=map-root]:not([data-state=loading])", { timeout: 15000 });
    await page.waitForTimeout(300);
    const file = `${out}/${name}${query ? "-" + query.replace(/[^a-z0-9]+/gi, "_") : ""}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
