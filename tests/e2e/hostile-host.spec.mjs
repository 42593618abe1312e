// The map mounted into a host page whose stylesheet is hostile: the map is
// still laid out and usable, and the host's own elements keep their styles.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { root } from "./helpers.mjs";

const PAGE = "./fixtures/host/hostile.html";
const HOST_ELEMENTS = ["#host-title", "#host-text", "#host-link", "#host-list", "#host-list li", "#host-button", "#host-footer", "body"];
const PROPERTIES = ["font-family", "font-size", "line-height", "letter-spacing", "color", "margin-top", "padding-left", "box-sizing", "display", "list-style-type"];

const computed = (page) =>
  page.evaluate(
    ([selectors, properties]) =>
      selectors.map((s) => {
        const style = getComputedStyle(document.querySelector(s));
        return [s, properties.map((p) => `${p}: ${style.getPropertyValue(p)}`)];
      }),
    [HOST_ELEMENTS, PROPERTIES],
  );

test("host elements keep their computed styles when the map mounts", async ({ page }) => {
  // The same page without the loader: the styles before any map.
  const html = readFileSync(root + "tests/fixtures/host/hostile.html", "utf8");
  await page.route("**/host/before.html", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: html.replace(/<script[^>]*><\/script>/, "") }),
  );
  await page.goto("./fixtures/host/before.html");
  const before = await computed(page);
  await page.goto(PAGE);
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  expect(await computed(page)).toEqual(before);
});

test("under a hostile stylesheet the map is drawn and usable", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  // Drawn: the SVG shows, the zone has an outline, the pins are in the map.
  const map = await page.locator("#investment-map .imap-map").boundingBox();
  expect(map.width).toBeGreaterThan(400);
  expect(map.height).toBeGreaterThan(300);
  const zone = await page.locator("[data-district-id=jianghai]").boundingBox();
  expect(zone.width).toBeGreaterThan(100);
  // The app's own type, not the host's 30px serif with letter-spacing.
  const font = await page.locator(".imap-title").evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.fontSize, s.letterSpacing, s.fontFamily.includes("serif") && !s.fontFamily.includes("sans")];
  });
  expect(font).toEqual(["17px", "normal", false]);
  // Checkboxes are still checkboxes: ticking one filters.
  const box = page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]");
  await expect(box).toBeVisible();
  await box.uncheck();
  await expect(page.getByTestId("result-count")).toHaveText("7");
  // A project opens.
  await page.locator("[data-project-id=wangyi-tech-port]").click();
  await expect(page.getByTestId("project-detail")).toContainText("网驿");
});
