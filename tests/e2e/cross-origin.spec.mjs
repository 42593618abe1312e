// The map served from one origin and mounted into a page on another, as a
// portal would embed a map hosted elsewhere (README, "Embedding": CORS).
import { test, expect } from "./fixtures.mjs";
import { readJson } from "./helpers.mjs";
import { CHROMIUM_ARGS } from "./launch.mjs";

const projects = readJson("public/data/projects.geojson").features;

// Two loopback origins stand for two hosts here; Chromium would ask before a
// page reaches another loopback origin (Local Network Access).
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"],
  },
});

/** Serves a portal page on localhost that mounts the map from `baseURL`
 * (127.0.0.1, with CORS headers) under a strict CSP; returns its URL. */
async function servePortal(page, baseURL) {
  const mapOrigin = new URL(baseURL).origin;
  const pageUrl = `http://localhost:${new URL(baseURL).port}/portal/news.html`;
  await page.route(pageUrl, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers: {
        "content-security-policy": `default-src 'self'; script-src 'self' ${mapOrigin} 'wasm-unsafe-eval'; style-src 'self' ${mapOrigin}; connect-src 'self' ${mapOrigin}`,
      },
      body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title></head><body>
        <div id="investment-map" data-lang="en"></div>
        <script type="module" src="${baseURL}embed.js"></script></body></html>`,
    }),
  );
  return pageUrl;
}

test("a page on another origin mounts the map from the map's origin", async ({ page, baseURL }) => {
  await page.goto(await servePortal(page, baseURL));
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("result-count")).toHaveText(String(projects.length));
  await expect(page.locator(".imap-title")).toContainText("Investment");
});

test("on a page on another origin, the later module comes from the map's origin; held back, the first map works meanwhile", async ({ page, baseURL }) => {
  const asked = [];
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/investment-map-later-*.wasm", async (route) => {
    asked.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.goto(await servePortal(page, baseURL));
  const pin = page.locator("[data-project-id]").first();
  await expect(pin).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => asked.length).toBe(1);
  expect(new URL(asked[0]).origin).toBe(new URL(baseURL).origin);
  await pin.click();
  await expect(page.getByTestId("later-coming")).toHaveText("Loading this part…");
  release();
  await expect(page.getByTestId("project-detail")).toBeVisible();
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
});
