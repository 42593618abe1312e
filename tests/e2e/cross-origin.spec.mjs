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

test("a page on another origin mounts the map from the map's origin", async ({ page, baseURL }) => {
  // The map is served from 127.0.0.1 (with CORS headers); the page lives on localhost.
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
  await page.goto(pageUrl);
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("result-count")).toHaveText(String(projects.length));
  await expect(page.locator(".imap-title")).toContainText("Investment");
});
