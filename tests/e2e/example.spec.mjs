// The example host page an editor copies from: both ways of embedding work
// there, under the strict policy the tests serve every page with.
import { test, expect } from "./fixtures.mjs";

test("the example portal page shows the mounted map and the framed one", async ({ page }) => {
  await page.goto("./examples/portal.html");
  const mounted = page.locator("#investment-map").getByTestId("map-root");
  await expect(mounted).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.locator("#investment-map").getByTestId("result-count")).toHaveText("10");
  await page.locator(".map-frame").scrollIntoViewIfNeeded();
  const framed = page.frameLocator(".map-frame");
  await expect(framed.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(framed.getByTestId("result-count")).toHaveText("4");
  // Its own icon, so browsers do not ask for a missing /favicon.ico.
  await expect(page.locator("link[rel=icon]")).toHaveAttribute("href", "data:,");
  // The snippets are there to copy.
  await expect(page.locator("pre").first()).toContainText('<script type="module" src="…/embed.js"></script>');
});

test("mounted, the wheel scrolls the host page and Ctrl + wheel zooms the map", async ({ page }) => {
  await page.goto("./examples/portal.html");
  const host = page.locator("#investment-map");
  await expect(host.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  // Two pins' distance, read in one go (the page may still be scrolling).
  const spread = () =>
    host.evaluate((el) => {
      const centre = (id) => {
        const r = el.shadowRoot.querySelector(`[data-project-id="${id}"].imap-pin`).getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      };
      const [a, b] = [centre("wangyi-tech-port"), centre("nanshan-road")];
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    });
  const before = await spread();
  const map = await host.locator(".imap-map").boundingBox();
  await page.mouse.move(map.x + map.width / 2, map.y + 100);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  await expect(host.getByTestId("gesture-hint")).toHaveClass(/imap-gesture-hint--shown/);
  expect(Math.abs((await spread()) - before)).toBeLessThan(1);
  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.move(map.x + map.width / 2, map.y + 100);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await expect.poll(spread).toBeGreaterThan(before * 1.5);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
