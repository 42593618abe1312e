// Networks and hosts that misbehave (issue 13): the origin rule holds for
// where the data really came from, and the good files still draw.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { CHROMIUM_ARGS } from "./launch.mjs";
import { recordStatus } from "./helpers.mjs";

// Here every origin is on the loopback address, and Chromium's own
// local-network protection would stop the cross-origin redirect before the
// app sees it; on the internet nothing does. Without it, the app must hold
// the rule itself.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"],
  },
});

test("a data file redirected to another origin is refused and named, and the rest of the map draws", async ({ page }) => {
  // Another origin (another port) that serves the projects to any page.
  const elsewhere = createServer((_, res) => {
    res.writeHead(200, { "content-type": "application/geo+json", "access-control-allow-origin": "*" });
    res.end(readFileSync(new URL("../fixtures/small/projects.geojson", import.meta.url)));
  });
  await new Promise((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
  const there = `http://127.0.0.1:${elsewhere.address().port}/projects.geojson`;
  try {
    // A page served without its policy, whose connect-src would stop the
    // redirect first: a host that sends none.
    await page.route(
      (url) => url.pathname === "/investment-map/",
      async (route) => {
        const response = await route.fetch();
        const { "content-security-policy": _, ...headers } = response.headers();
        await route.fulfill({ response, headers });
      },
    );
    await page.route("**/investment-map/fixtures/small/projects.geojson", (route) =>
      route.fulfill({ status: 302, headers: { location: there } }),
    );
    const followed = page.waitForResponse(there);
    await page.goto("./?data=fixtures/small/map.json");
    expect((await followed).ok()).toBe(true);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("已拒绝加载");
    await expect(alert).toContainText("projects.geojson");
    await expect(page.locator("[data-district-id]")).not.toHaveCount(0);
    await expect(page.locator("[data-project-id]")).toHaveCount(0);
  } finally {
    elsewhere.close();
  }
});

test("a redirect within the origin is followed", async ({ page }) => {
  await page.route("**/fixtures/moved/projects.geojson", (route) =>
    route.fulfill({ status: 302, headers: { location: "../small/projects.geojson" } }),
  );
  await page.route("**/fixtures/moved/map.json", (route) =>
    route.fulfill({ status: 301, headers: { location: "../small/map.json" } }),
  );
  await page.goto("./?data=fixtures/moved/map.json");
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("result-count")).toHaveText("3");
});

test.describe("stalls", () => {
  test.setTimeout(60_000);

  test("a projects file that stops half-way is named after 15 s, the boundaries stay, and Retry loads it", async ({ page }) => {
    const stalled = "**/fixtures/small/projects.geojson";
    await page.route(stalled, (route) => route.continue({ url: `${route.request().url()}?stall` }));
    await page.goto("./?data=fixtures/small/map.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("projects.geojson 已 15 秒没有收到数据，已停止加载。", { timeout: 30_000 });
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
    await expect(page.locator("[data-district-id]")).not.toHaveCount(0);
    await page.unroute(stalled);
    await page.getByTestId("retry").click();
    await expect(page.getByTestId("result-count")).toHaveText("3");
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a manifest that never answers ends in an error with Retry, not an endless loading state", async ({ page }) => {
    await page.route("**/fixtures/small/map.json", () => {});
    await page.goto("./?data=fixtures/small/map.json");
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "error", { timeout: 30_000 });
    await expect(page.getByRole("alert")).toContainText("fixtures/small/map.json 已 15 秒没有收到数据");
    await expect(page.locator("#imap-shell")).toHaveCount(0);
    await expect(page.getByTestId("retry")).toBeVisible();
  });
});

test("a large file arriving slowly shows how much has come", async ({ page }) => {
  await page.route("**/synthetic-2000/projects.geojson", (route) => route.continue({ url: `${route.request().url()}?trickle` }));
  await recordStatus(page);
  await page.goto("./?data=generated/synthetic-2000/map.json");
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
  const seen = await page.evaluate(() => window.__status);
  expect(seen.some((t) => /正在下载数据，已下载 0\.\d MB…/.test(t)), seen.join(" | ")).toBe(true);
});
