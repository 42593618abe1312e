// Layouts at every size, in both languages: panels fit the screen and never
// overlap, one overlay at a time where the sidebar floats, a phone's filter
// sheet leaves the map in sight, and a shared link fits its matches.
import { test, expect } from "./fixtures.mjs";
import { openMap, swipe, serveSmallAs } from "./helpers.mjs";
import { SIZES, LANGS, screen, press, overlaps, onScreen } from "./sizes.mjs";

/** Boxes of what is shown over the map, by name, skipping what is hidden. */
async function boxes(page, selectors) {
  const found = {};
  for (const [name, selector] of Object.entries(selectors)) {
    const el = page.locator(selector);
    if ((await el.count()) > 0 && (await el.first().isVisible())) found[name] = await el.first().boundingBox();
  }
  return found;
}

/** Every pair of `found` boxes apart, every box on screen. */
function expectApart(found, size) {
  const names = Object.keys(found);
  for (const name of names) expect(onScreen(found[name], size), `${name} on screen`).toBe(true);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++)
      expect(overlaps(found[names[i]], found[names[j]]), `${names[i]} / ${names[j]}`).toBe(false);
}

const CLOSED = { sidebar: ".imap-sidebar", zoom: ".imap-zoom", legend: ".imap-legend", credit: ".imap-attribution" };
const SHEET_OPEN = { header: ".imap-sidebar-top", sheet: ".imap-sidebar-body", grip: ".imap-fold", zoom: ".imap-zoom" };

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));

    for (const l of LANGS) {
      test(`panels fit and never overlap: folded, open, a project selected (${l.lang})`, async ({ page }) => {
        await openMap(page, l.query);
        expectApart(await boxes(page, CLOSED), size);

        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        await expect(page.getByTestId("search")).toBeVisible();
        if (size.layout === "phone") {
          const open = await boxes(page, SHEET_OPEN);
          expectApart(open, size);
          // The sheet: full width, from the bottom up to about half the
          // height, the map in sight between it and the header card.
          expect(open.sheet.width).toBeCloseTo(size.width, 0);
          expect(open.sheet.y + open.sheet.height).toBeCloseTo(size.height, 0);
          expect(open.sheet.y).toBeGreaterThanOrEqual(size.height * 0.45);
          expect(open.grip.y - (open.header.y + open.header.height)).toBeGreaterThan(size.height * 0.2);
        } else {
          expectApart(await boxes(page, { sidebar: ".imap-sidebar", zoom: ".imap-zoom" }), size);
          // Beside the sidebar the map stays in sight.
          const sidebar = await page.locator(".imap-sidebar").boundingBox();
          expect(size.width - (sidebar.x + sidebar.width)).toBeGreaterThan(300);
        }

        await press(size, page.getByRole("tab", { name: l.list }));
        const row = page.locator("[data-testid=project-row][data-project-id=wangyi-tech-port]");
        await press(size, row);
        const detail = page.getByTestId("project-detail");
        await expect(detail).toBeVisible();
        await expect(page.locator(".imap-tooltip")).toHaveCount(0);
        // Docked, the card stops above the map's foot: the locator and the
        // scale bar in the corner stay whole (where the sidebar floats the
        // detail is a bottom sheet over them).
        const foot = size.layout === "docked" ? { locator: ".imap-locator", scale: ".imap-scale" } : {};
        const shown = await boxes(page, { detail: "[data-testid=project-detail]", sidebar: ".imap-sidebar", zoom: ".imap-zoom", ...foot });
        if (size.layout === "docked") expect(Object.keys(shown)).toEqual(expect.arrayContaining(["locator", "scale"]));
        expectApart(shown, size);
        // The selected pin is in sight: on the map, clear of every panel.
        await expect
          .poll(async () => {
            const pin = await page.locator(".imap-pin[data-project-id=wangyi-tech-port]").boundingBox();
            const map = await page.locator(".imap-map").boundingBox();
            return (
              pin.x >= map.x && pin.x + pin.width <= map.x + map.width && pin.y >= map.y &&
              Object.values(shown).every((box) => !overlaps(box, pin))
            );
          })
          .toBe(true);

        // Closing the detail brings back what it folded.
        await press(size, page.getByRole("button", { name: l.close, exact: true }));
        await expect(detail).toHaveCount(0);
        await expect(row).toBeVisible();
      });
    }

    test("a shared link opens with every match in view, also outside the zone", async ({ page }) => {
      // Project c lies in the neighbouring district, east of the zone.
      await openMap(page, "data=fixtures/small/map.json&industry=new_materials");
      await expect(page.getByTestId("result-count")).toHaveText("2");
      const map = await page.locator(".imap-map").boundingBox();
      const sidebar = await page.locator(".imap-sidebar").boundingBox();
      for (const id of ["b", "c"]) {
        const pin = await page.locator(`.imap-pin[data-project-id="${id}"]`).boundingBox();
        expect(pin.x, id).toBeGreaterThanOrEqual(map.x);
        expect(pin.x + pin.width, id).toBeLessThanOrEqual(map.x + map.width);
        expect(pin.y + pin.height, id).toBeLessThanOrEqual(map.y + map.height);
        expect(overlaps(pin, sidebar), id).toBe(false);
      }
    });

    if (size.touch) {
      test("a tapped pin opens its detail without a tooltip", async ({ page }) => {
        await openMap(page);
        await page.locator(".imap-pin[data-project-id=nanshan-road]").tap();
        await expect(page.getByTestId("project-detail")).toBeVisible();
        await expect(page.locator(".imap-tooltip")).toHaveCount(0);
      });
    }

    if (size.layout === "phone") {
      test("the filter sheet: the map stays in sight and reacts, the grip drags it up, down and shut", async ({ page }) => {
        await openMap(page);
        const pin = page.locator(".imap-pin[data-project-id=nanshan-road]");
        const before = await pin.boundingBox();
        await page.getByRole("button", { name: "筛选与列表" }).tap();
        const grip = page.locator(".imap-fold");
        await expect(grip).toHaveAttribute("aria-expanded", "true");
        // Opening moves the map up by half the sheet (a quarter of the
        // height): what was centred stays centred in the map left in sight.
        await expect.poll(async () => before.y - (await pin.boundingBox()).y).toBeCloseTo(size.height / 4, 0);
        const top = await page.locator(".imap-sidebar-top").boundingBox();
        const sheetTop = (await grip.boundingBox()).y;
        const inBand = async () => {
          const b = await pin.boundingBox();
          return b !== null && b.y >= top.y + top.height && b.y + b.height <= sheetTop;
        };
        expect(await inBand()).toBe(true);
        // A filter in the sheet changes the map above it.
        await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").tap();
        await expect(pin).toHaveCount(0);
        await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").tap();
        await expect(pin).toHaveCount(1);

        // Dragged up: full height, below the header card.
        const g = await grip.boundingBox();
        const x = g.x + g.width / 2;
        await swipe(page, [x, g.y + 10], [x, 60]);
        await expect(page.locator(".imap-sidebar")).toHaveClass(/imap-sidebar--full/);
        const full = await grip.boundingBox();
        expect(full.y).toBeGreaterThanOrEqual(top.y + top.height);
        expect(full.y).toBeLessThan(top.y + top.height + 20);
        // Dragged a little down: back to half.
        await swipe(page, [x, full.y + 10], [x, size.height * 0.5]);
        await expect(page.locator(".imap-sidebar")).not.toHaveClass(/imap-sidebar--full/);
        await expect.poll(async () => (await grip.boundingBox()).y).toBeCloseTo(sheetTop, 0);
        // Dragged down to the bottom: folded, the map back where it was.
        await swipe(page, [x, sheetTop + 10], [x, size.height - 20]);
        await expect(grip).toHaveAttribute("aria-expanded", "false");
        await expect(page.getByTestId("search")).toBeHidden();
        await expect.poll(async () => (await pin.boundingBox()).y).toBeCloseTo(before.y, 0);
        // Enter after a drag is a press of its own: it opens the sheet again.
        await grip.focus();
        await page.keyboard.press("Enter");
        await expect(grip).toHaveAttribute("aria-expanded", "true");
      });

      test("the sheet's grip: Enter folds, ArrowUp and ArrowDown step between heights", async ({ page }) => {
        await openMap(page);
        const grip = page.locator(".imap-fold");
        await grip.focus();
        await page.keyboard.press("Enter");
        await expect(grip).toHaveAttribute("aria-expanded", "true");
        await page.keyboard.press("ArrowUp");
        await expect(page.locator(".imap-sidebar")).toHaveClass(/imap-sidebar--full/);
        await page.keyboard.press("ArrowDown");
        await expect(page.locator(".imap-sidebar")).not.toHaveClass(/imap-sidebar--full/);
        await expect(grip).toHaveAttribute("aria-expanded", "true");
        await page.keyboard.press("ArrowDown");
        await expect(grip).toHaveAttribute("aria-expanded", "false");
        await expect(grip).toBeFocused();
      });

      test("a tab picked low in the sheet scrolls up into sight", async ({ page }) => {
        await openMap(page, "lang=en");
        await page.getByRole("button", { name: "Filters & list" }).tap();
        await page.getByRole("tab", { name: "List" }).tap();
        const tabs = await page.locator(".imap-tabs").boundingBox();
        const sheet = await page.locator(".imap-sidebar-body").boundingBox();
        expect(Math.abs(tabs.y - sheet.y)).toBeLessThan(2);
        await expect(page.getByTestId("project-row").first()).toBeInViewport();
      });
    }
  });
}

test.describe("a long credit line on a phone", () => {
  test.use(screen(SIZES[0]));

  test("leaves the legend's button whole above it; the open legend is a small sheet a map tap folds", async ({ page }) => {
    const credit = "数据来源：".padEnd(300, "江门市自然资源局测绘成果");
    await serveSmallAs(page, "long-credit", (m) => (m.attribution = { zh: credit, en: credit }));
    await openMap(page, "data=fixtures/long-credit/map.json");
    const toggle = page.locator(".imap-legend-toggle");
    const [button, strip] = [await toggle.boundingBox(), await page.locator(".imap-attribution").boundingBox()];
    expect(button.y + button.height).toBeLessThanOrEqual(strip.y);
    await toggle.tap();
    const body = await page.locator(".imap-legend-body").boundingBox();
    expect(body.height).toBeLessThanOrEqual(SIZES[0].height * 0.4 + 1);
    await page.touchscreen.tap(SIZES[0].width / 2, SIZES[0].height * 0.45);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
  });
});

// Room for the map on a phone, with two chips set, in both languages.
for (const size of SIZES.filter((s) => s.layout === "phone")) {
  test.describe(`${size.name}, two filters set`, () => {
    test.use(screen(size));

    for (const l of LANGS) {
      test(`with a compare tray too, the folded card keeps a quarter of the height at most (${l.lang})`, async ({ page }) => {
        const tray = "compare=wangyi-tech-port,denghuohui&compare_view=0";
        // No filter set: the tray is one short button beside the sheet's.
        await openMap(page, [l.query, tray].filter(Boolean).join("&"));
        const open = page.getByTestId("compare-open");
        await expect(open).toBeVisible();
        await expect(open).toHaveAccessibleName(l.lang === "zh" ? "对比 2 个项目" : "Compare 2 projects");
        expect(onScreen(await open.boundingBox(), size)).toBe(true);
        let card = await page.locator(".imap-sidebar").boundingBox();
        expect(card.y + card.height).toBeLessThanOrEqual(size.height / 4);
        // Filters set: their chips keep the row, the tray waits in the sheet.
        await openMap(page, [l.query, "industry=electronic_info,commerce_services&status=groundbreaking,production", tray].filter(Boolean).join("&"));
        await expect(page.getByTestId("active-filter")).toHaveCount(2);
        card = await page.locator(".imap-sidebar").boundingBox();
        expect(card.y + card.height).toBeLessThanOrEqual(size.height / 4);
        await press(size, page.getByRole("button", { name: l.open }));
        await expect(page.getByTestId("compare-tray").locator(".imap-chip-active")).toHaveCount(2);
      });

      test(`the header card takes a quarter of the height at most; the half sheet leaves 40 % map, tabs first, four rows (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, "industry=electronic_info,commerce_services&status=groundbreaking,production"].filter(Boolean).join("&"));
        await expect(page.getByTestId("active-filter")).toHaveCount(2);
        const card = await page.locator(".imap-sidebar").boundingBox();
        expect(card.y + card.height).toBeLessThanOrEqual(size.height / 4);
        // The title on two lines at most.
        const lines = await page.locator(".imap-title").evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
        expect(lines).toBeLessThanOrEqual(2.05);

        await press(size, page.getByRole("button", { name: l.open }));
        await press(size, page.getByRole("tab", { name: l.list }));
        const top = await page.locator(".imap-sidebar-top").boundingBox();
        const grip = await page.locator(".imap-fold").boundingBox();
        expect(grip.y - (top.y + top.height)).toBeGreaterThanOrEqual(size.height * 0.4);
        // The tabs first in the sheet, then at least four whole rows.
        const body = page.locator(".imap-sidebar-body");
        expect(await body.evaluate((el) => el.firstElementChild.getAttribute("role"))).toBe("tablist");
        const rows = await page.getByTestId("project-row").evaluateAll((els) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }).length,
        );
        expect(rows).toBeGreaterThanOrEqual(4);
      });
    }
  });
}
