// The later module (ARCHITECTURE.md, "Two modules"): the first map is drawn
// without it and works meanwhile (it moves; a pin tapped says the rest is
// coming and opens once it is there); a failed download says so with Retry,
// and the map stays usable.
import { test, expect } from "./fixtures.mjs";
import { LANGS, SIZES, press, screen } from "./sizes.mjs";
import { openMap } from "./helpers.mjs";

const LATER = "**/investment-map-later-*.wasm";

/** Holds the later module back until `release()`. */
async function holdLater(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let asked = false;
  await page.route(LATER, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

const marked = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);
const transform = (page) => page.locator(".imap-boundaries").getAttribute("transform");

for (const size of [SIZES[0], SIZES[3]]) {
  for (const lang of LANGS) {
    test.describe(`${size.name} ${lang.lang}`, () => {
      test.use(screen(size));

      test("a pin tapped before the later module arrives says the rest is coming, then opens", async ({ page }) => {
        const { release, asked } = await holdLater(page);
        await openMap(page, lang.query, { complete: false });
        await expect.poll(asked).toBe(true);
        expect(await marked(page, "map:ready")).toBe(1);
        const pin = page.locator("[data-project-id]").first();
        const id = await pin.getAttribute("data-project-id");
        await press(size, pin);
        await expect(page.getByTestId("later-coming")).toBeVisible();
        await expect(page.getByTestId("later-coming")).toHaveText(lang.lang === "zh" ? "正在载入此部分…" : "Loading this part…");
        await expect(page.getByTestId("project-detail")).toHaveCount(0);
        expect(await marked(page, "app:complete")).toBe(0);
        release();
        await expect(page.getByTestId("project-detail")).toBeVisible();
        await expect(page.locator(`[data-project-id="${id}"]`)).toHaveClass(/imap-pin--selected/);
        await expect(page.getByTestId("later-coming")).toHaveCount(0);
        await expect.poll(() => marked(page, "app:complete")).toBe(1);
        expect(await marked(page, "map:ready")).toBe(1);
      });

      test("a later module that fails to load says so with Retry, and the map stays usable", async ({ page }) => {
        await page.route(LATER, (route) => route.fulfill({ status: 404, body: "" }));
        await openMap(page, lang.query, { complete: false });
        const failed = page.getByTestId("later-failed");
        await expect(failed).toBeVisible();
        await expect(failed).toContainText(lang.lang === "zh" ? "此部分未能载入" : "This part could not be loaded");
        await expect(failed.getByRole("button")).toHaveText(lang.lang === "zh" ? "重试" : "Retry");
        // The map still moves: keys pan and zoom it.
        const before = await transform(page);
        await page.locator(".imap-map").focus();
        await page.keyboard.press("+");
        await expect.poll(() => transform(page)).not.toBe(before);
        // Back online: Retry brings the app, on the view the visitor chose.
        await page.unroute(LATER);
        const chosen = await transform(page);
        await press(size, failed.getByRole("button"));
        await expect.poll(() => marked(page, "app:complete")).toBe(1);
        await expect(page.getByTestId("result-count")).toBeVisible();
        await expect(failed).toHaveCount(0);
        expect(await transform(page)).toBe(chosen);
      });
    });
  }
}

test("the first map pans, zooms (wheel, buttons) and zooms into a badge; the app takes over the view as it was left", async ({ page }) => {
  const { release } = await holdLater(page);
  await openMap(page, "data=generated/synthetic-2000/map.json", { complete: false });
  const map = page.locator(".imap-map");
  const box = await map.boundingBox();
  const before = await transform(page);
  // A drag pans.
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => transform(page)).not.toBe(before);
  // The wheel zooms, around the pointer.
  const panned = await transform(page);
  await page.mouse.wheel(0, -200);
  await expect.poll(() => transform(page)).not.toBe(panned);
  // The buttons zoom.
  const wheeled = await transform(page);
  await page.getByRole("button", { name: "缩小", exact: true }).click();
  await expect.poll(() => transform(page)).not.toBe(wheeled);
  const out = await transform(page);
  await page.getByRole("button", { name: "放大", exact: true }).click();
  await expect.poll(() => transform(page)).not.toBe(out);
  // A badge zooms to its members.
  const zoomed = await transform(page);
  await page.locator("[data-cluster-count]").first().click();
  await expect.poll(() => transform(page)).not.toBe(zoomed);
  const left = await transform(page);
  release();
  await expect.poll(() => marked(page, "app:complete")).toBe(1);
  expect(await transform(page)).toBe(left);
});

test("the first map follows a change of the window's size, keeping its middle", async ({ page }) => {
  await holdLater(page);
  await openMap(page, "", { complete: false });
  const svg = page.locator(".imap-svg");
  const middle = () =>
    page.evaluate(() => {
      const zone = document.querySelector(".imap-district--focus").getBoundingClientRect();
      const map = document.querySelector(".imap-map").getBoundingClientRect();
      return [zone.x + zone.width / 2 - (map.x + map.width / 2), zone.y + zone.height / 2 - (map.y + map.height / 2)];
    });
  const before = await middle();
  const widthBefore = await svg.getAttribute("width");
  await page.setViewportSize({ width: 1000, height: 700 });
  await expect(svg).not.toHaveAttribute("width", widthBefore);
  const width = await page.locator(".imap-map").evaluate((el) => String(el.getBoundingClientRect().width));
  await expect(svg).toHaveAttribute("width", width);
  const after = await middle();
  expect(Math.abs(after[0] - before[0])).toBeLessThan(1);
  expect(Math.abs(after[1] - before[1])).toBeLessThan(1);
});

test("a download that stalls ends in Retry, which waits for it", async ({ page }) => {
  await page.clock.install();
  const { asked, release } = await holdLater(page);
  // The clock's stand-in for `performance` keeps no marks: the first map
  // is waited for by what it shows.
  await page.goto("./");
  await expect(page.locator("[data-project-id]").first()).toBeVisible();
  await expect.poll(asked).toBe(true);
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-later", "coming");
  // Nothing for longer than the limit (30 s): the download counts as failed.
  await page.clock.fastForward(31_000);
  const failed = page.getByTestId("later-failed");
  await expect(failed).toBeVisible();
  await failed.getByRole("button").click();
  await expect(page.getByTestId("later-coming")).toBeVisible();
  release();
  await expect(page.getByTestId("result-count")).toBeVisible();
});

test("offline, the later module ends in Retry too", async ({ page }) => {
  await page.route(LATER, (route) => route.abort("internetdisconnected"));
  await openMap(page, "", { complete: false });
  await expect(page.getByTestId("later-failed")).toBeVisible();
  await expect(page.getByTestId("later-failed")).toContainText("此部分未能载入");
});

// What does not show when the app mounts is built the first time it shows
// (src/deferred.rs), so the later module's mount is shorter on a phone.
test.describe("360 phone: parts built when they first show", () => {
  test.use(screen(SIZES[0]));

  test("the folded sheet and legend are built when first opened, work, and stay built", async ({ page }) => {
    await openMap(page);
    const body = page.locator(".imap-sidebar-body");
    const lists = page.locator(".imap-legend-list");
    await expect(body).toHaveCount(0);
    await expect(lists).toHaveCount(0);
    // Zoomed in past the locator's zoom, but a phone has no room for it.
    await expect(page.getByTestId("locator")).toHaveCount(0);

    const grip = page.locator(".imap-fold");
    await grip.tap();
    await expect(body).toBeVisible();
    const pin = page.locator(".imap-pin[data-project-id=nanshan-road]");
    const infrastructure = page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]");
    await infrastructure.tap();
    await expect(pin).toHaveCount(0);
    const checked = await infrastructure.isChecked();
    // Folded and opened again: the same elements, with the choice.
    await body.evaluate((el) => (el.dataset.mark = "built once"));
    await grip.tap();
    await expect(body).toBeHidden();
    await grip.tap();
    await expect(body).toBeVisible();
    await expect(body).toHaveAttribute("data-mark", "built once");
    expect(await infrastructure.isChecked()).toBe(checked);
    await expect(pin).toHaveCount(0);

    await grip.tap();
    await page.locator(".imap-legend-toggle").tap();
    await expect(lists.first()).toBeVisible();
    await expect(page.locator(".imap-legend-count").first()).toHaveText(/^\d+$/);
  });
});

test("on a wide screen the locator is drawn the first time the view zooms in that far", async ({ page }) => {
  await openMap(page, "view=113.09,22.56,10");
  const locator = page.getByTestId("locator");
  await expect(locator).toHaveCount(0);
  await page.locator(".imap-map").focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press("+");
  await expect(locator).toBeVisible();
  await expect(locator.locator(".imap-locator-zone")).toHaveCount(1);
});

test("zoomed out past zoom 10 the districts take their coarse outlines (made then), zoomed in the detailed ones again", async ({ page }) => {
  await openMap(page, "view=113.09,22.56,11");
  const district = page.locator(".imap-district").first();
  const detailed = await district.getAttribute("d");
  await page.locator(".imap-map").focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press("-");
  // Below zoom 10 the outline has fewer points than the detailed one.
  await expect.poll(async () => (await district.getAttribute("d")).length).toBeLessThan(detailed.length);
  for (let i = 0; i < 2; i++) await page.keyboard.press("+");
  await expect(district).toHaveAttribute("d", detailed);
});
