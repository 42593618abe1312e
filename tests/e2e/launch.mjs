// For the scripts beside the tests (screenshots, benchmark): serves dist/
// like the tests do and launches Debian's headless Chromium.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Runs `work(browser, baseUrl)` with the app served on `port`, then cleans up. */
export async function withServedBrowser(port, work) {
  const server = spawn("node", [fileURLToPath(new URL("serve.mjs", import.meta.url))], {
    env: { ...process.env, PORT: String(port) },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}/investment-map/`;
  // Ready once it answers.
  while (!(await fetch(base).then((r) => r.ok, () => false))) await new Promise((r) => setImmediate(r));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    return await work(browser, base);
  } finally {
    await browser.close();
    server.kill();
  }
}
