// The map in an iframe (embed=1) on a long portal page: the page keeps its
// scroll (wheel, one finger), the map moves with Ctrl + wheel or two
// fingers and says so, and a link opens the full map in the same state.
import { test, expect } from "./fixtures.mjs";
import { fingers } from "./helpers.mjs";

const PAGE = "./fixtures/host/iframe.html";

/** Opens the host page, brings the lazy frame into view, waits for the map. */
async function openFramedMap(page) {
  await page.goto(PAGE);
  await page.locator("#map-frame").scrollIntoViewIfNeeded();
  const frame = page.frameLocator("#map-frame");
  await expect(frame.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  return frame;
}

const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));

/** The host page's scroll once it has come to rest (a fling coasts on). */
async function restingScrollY(page) {
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(Math.round(scrollY))))),
      );
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return last;
}

/** Distance between two pins inside the frame: grows as the map zooms in.
 * Measured inside the frame in one go, so a host page still scrolling
 * cannot move one pin between the two readings. */
function spread(frame) {
  return frame.locator("body").evaluate(() => {
    const centre = (id) => {
      const r = document.querySelector(`[data-project-id="${id}"].imap-pin`).getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    };
    const [a, b] = [centre("sowos-smart-terminal"), centre("nanshan-road")];
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  });
}

async function mapCentre(page) {
  const b = await page.locator("#map-frame").boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height * 0.7 };
}

test("the wheel scrolls the host page; Ctrl + wheel zooms the map, and a hint says so", async ({ page }) => {
  const frame = await openFramedMap(page);
  await expect(frame.getByTestId("map-root")).toHaveClass(/imap--embed/);
  const before = await spread(frame);
  const top = await scrollY(page);
  const c = await mapCentre(page);
  await page.mouse.move(c.x, c.y);
  await page.mouse.wheel(0, 240);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(top + 100);
  await expect(frame.getByTestId("gesture-hint")).toHaveClass(/imap-gesture-hint--shown/);
  await expect(frame.getByTestId("gesture-hint")).toContainText("Ctrl");
  // The map did not zoom: the two pins are as far apart as before.
  expect(Math.abs((await spread(frame)) - before)).toBeLessThan(1);

  const scrolled = await scrollY(page);
  const c2 = await mapCentre(page);
  await page.mouse.move(c2.x, c2.y);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await expect.poll(() => spread(frame)).toBeGreaterThan(before * 1.5);
  expect(await scrollY(page)).toBe(scrolled);
  // The hint goes again.
  await expect(frame.getByTestId("gesture-hint")).not.toHaveClass(/imap-gesture-hint--shown/);
  // Buttons zoom as on the full page.
  await page.locator("#map-frame").evaluate((el) => el.scrollIntoView());
  const zoomed = await spread(frame);
  await frame.getByRole("button", { name: "放大" }).click();
  await expect.poll(() => spread(frame)).toBeGreaterThan(zoomed * 1.5);
});

test("the full-map link opens the same state in a new tab", async ({ page, context }) => {
  const frame = await openFramedMap(page);
  await frame.locator("[data-project-id=chuxin-electronic-equipment]").click();
  await expect(frame.getByTestId("project-detail")).toBeVisible();
  const link = frame.getByTestId("full-map-link");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener");
  await expect(link).toHaveText(/在新窗口打开完整地图/);
  const [full] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await expect(full.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  const params = new URL(full.url()).searchParams;
  expect(params.get("embed")).toBe(null);
  expect(params.get("industry")).toBe("electronic_info,infrastructure");
  expect(params.get("project")).toBe("chuxin-electronic-equipment");
  expect(params.get("view")).toMatch(/^113\.\d+,22\.\d+,\d/);
  await expect(full.getByTestId("map-root")).not.toHaveClass(/imap--embed/);
  await expect(full.getByTestId("project-detail")).toBeVisible();
});

test("a frame resized after load refits the map without a reload", async ({ page }) => {
  const frame = await openFramedMap(page);
  await expect(frame.locator(".imap-svg")).toHaveAttribute("width", /^(7|8)\d\d/);
  await page.locator("#map-frame").evaluate((el) => {
    el.style.width = "600px";
    el.style.height = "420px";
  });
  await expect(frame.locator(".imap-svg")).toHaveAttribute("width", "600");
  await expect(frame.locator(".imap-svg")).toHaveAttribute("height", "420");
  await expect(frame.locator("[data-project-id=nanshan-road].imap-pin")).toBeVisible();
  // The frame's page has no scrollbars of its own.
  const overflow = await frame.locator("body").evaluate(() => [
    document.documentElement.scrollWidth <= innerWidth,
    document.documentElement.scrollHeight <= innerHeight,
  ]);
  expect(overflow).toEqual([true, true]);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 740 } });

  test("one finger scrolls the host page, two fingers pinch the map", async ({ page }) => {
    const frame = await openFramedMap(page);
    const touch = await fingers(page);
    const before = await spread(frame);
    const top = await scrollY(page);
    const c = await mapCentre(page);
    await touch("touchStart", [[c.x, c.y]]);
    for (let i = 1; i <= 8; i++) await touch("touchMove", [[c.x, c.y - i * 20]]);
    await touch("touchEnd", []);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(top + 50);
    await expect(frame.getByTestId("gesture-hint")).toContainText("两根手指");
    expect(Math.abs((await spread(frame)) - before)).toBeLessThan(1);

    // The fling carried the frame up and out of view: bring it back.
    await restingScrollY(page);
    await page.locator("#map-frame").evaluate((el) => el.scrollIntoView());
    const scrolled = await restingScrollY(page);
    const m = await mapCentre(page);
    await touch("touchStart", [[m.x - 40, m.y], [m.x + 40, m.y]]);
    for (const d of [50, 60, 70, 80, 90, 100]) await touch("touchMove", [[m.x - d, m.y], [m.x + d, m.y]]);
    await touch("touchEnd", []);
    await expect.poll(() => spread(frame)).toBeGreaterThan(before * 1.6);
    expect(await scrollY(page)).toBe(scrolled);
  });
});
