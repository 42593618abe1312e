// The later module (ARCHITECTURE.md, "Two modules"): the first map works
// without it; a control used before it arrives shows that it is coming and
// acts once it is there; a failed download says so with Retry, and the map
// stays usable.
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

/** Opens the filters where they fold away (phones, tablets). */
async function openSheet(page, size, lang) {
  if (size.layout !== "docked") await press(size, page.getByRole("button", { name: lang.open }));
}

for (const size of [SIZES[0], SIZES[3]]) {
  for (const lang of LANGS) {
    test.describe(`${size.name} ${lang.lang}`, () => {
      test.use(screen(size));

      test("a control used before the later module arrives shows that it is coming, then acts", async ({ page }) => {
        const { release, asked } = await holdLater(page);
        await openMap(page, lang.query, { complete: false });
        // Asked for once the first map is drawn, without a first use.
        await expect.poll(asked).toBe(true);
        await expect(page.locator("[data-project-id], [data-cluster-count]").first()).toBeVisible();
        await openSheet(page, size, lang);
        await press(size, page.getByRole("tab", { name: lang.list }));
        await expect(page.getByRole("tab", { name: lang.list })).toHaveAttribute("aria-selected", "true");
        await expect(page.getByTestId("later-coming")).toBeVisible();
        await expect(page.getByTestId("project-row")).toHaveCount(0);
        expect(await marked(page, "app:complete")).toBe(0);
        release();
        await expect(page.getByTestId("project-row").first()).toBeVisible();
        await expect(page.getByTestId("later-coming")).toHaveCount(0);
        await expect.poll(() => marked(page, "app:complete")).toBe(1);
      });

      test("a later module that fails to load says so with Retry beside the control, and the map stays usable", async ({ page }) => {
        await page.route(LATER, (route) => route.fulfill({ status: 404, body: "" }));
        await openMap(page, lang.query, { complete: false });
        // The map: a pin opens its detail, the zoom buttons zoom.
        const transform = () => page.locator(".imap-boundaries").getAttribute("transform");
        await press(size, page.locator("[data-project-id]").first());
        await expect(page.getByTestId("project-detail")).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(page.getByTestId("project-detail")).toHaveCount(0);
        const before = await transform();
        await press(size, page.getByRole("button", { name: lang.lang === "zh" ? "放大" : "Zoom in" }));
        await expect.poll(transform).not.toBe(before);
        await openSheet(page, size, lang);
        const failed = page.getByTestId("later-failed");
        await expect(failed).toBeVisible();
        await expect(failed.getByRole("button")).toHaveText(lang.lang === "zh" ? "重试" : "Retry");
        // Back online: Retry brings the filters.
        await page.unroute(LATER);
        await press(size, failed.getByRole("button"));
        await expect(page.getByTestId("filter-district")).toBeVisible();
        await expect(failed).toHaveCount(0);
        await expect.poll(() => marked(page, "app:complete")).toBe(1);
      });
    });
  }
}

test("a download that stalls ends in Retry, which waits for it", async ({ page }) => {
  await page.clock.install();
  const { asked, release } = await holdLater(page);
  await openMap(page, "", { complete: false });
  await expect.poll(asked).toBe(true);
  // Downloaded early, asked for after the first map: the limit runs from then.
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-later", "coming");
  await expect(page.getByTestId("later-coming").first()).toBeVisible();
  // Nothing for longer than the limit (30 s): the download counts as failed.
  await page.clock.fastForward(31_000);
  const failed = page.getByTestId("later-failed");
  await expect(failed).toBeVisible();
  await failed.getByRole("button").click();
  await expect(page.getByTestId("later-coming").first()).toBeVisible();
  release();
  await expect(page.getByTestId("filter-district")).toBeVisible();
});

test("offline, the later module ends in Retry too", async ({ page }) => {
  await page.route(LATER, (route) => route.abort("internetdisconnected"));
  await openMap(page, "", { complete: false });
  await expect(page.getByTestId("later-failed")).toBeVisible();
  await expect(page.getByTestId("later-failed")).toContainText("此部分未能载入");
});
