// Networks and hosts that misbehave (issue 13): the origin rule holds for
// where the data really came from, and the good files still draw.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { CHROMIUM_ARGS } from "./launch.mjs";

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
