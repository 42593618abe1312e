// Accessibility: axe-core (WCAG 2.1 AA rules) finds nothing, of any impact,
// in each state a visitor reaches; text on the map is readable by contrast.
import { test, expect } from "./fixtures.mjs";
import { openMap, violations } from "./helpers.mjs";
import { SIZES, LANGS, screen, press } from "./sizes.mjs";

for (const [name, query] of [
  ["the default view", ""],
  ["English", "lang=en"],
  ["the List tab", "tab=list"],
  ["a selected project", "project=sowos-smart-terminal"],
  ["clusters of 2,000 projects", "data=generated/synthetic-2000/map.json"],
  ["the region zoomed out, with places", "view=113.45,22.6,8.6"],
]) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    await openMap(page, query);
    expect(await violations(page)).toEqual([]);
  });
}

test("axe finds no violations with a district's card open and the amount slider in use", async ({ page }) => {
  await openMap(page);
  const label = page.locator(".imap-district-label--focus");
  const box = await label.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 20);
  await expect(page.getByTestId("district-card")).toBeVisible();
  await page.getByTestId("amount-min").focus();
  await page.keyboard.press("PageUp");
  expect(await violations(page)).toEqual([]);
});

test("axe finds no violations with the about text and a detail's contact open", async ({ page }) => {
  await openMap(page, "data=fixtures/region/map.json&project=a");
  await page.getByRole("button", { name: "关于本区" }).click();
  await expect(page.getByTestId("about")).toBeVisible();
  await expect(page.getByTestId("project-detail").getByTestId("contact")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));

    for (const l of LANGS) {
      test(`axe finds no violations on the first map, a pin tapped while the rest comes, then failed (${l.lang})`, async ({ page }) => {
        // The later module held, then refused: the first module's map alone.
        let refuse;
        const refused = new Promise((resolve) => (refuse = resolve));
        await page.route("**/investment-map-later-*.wasm", async (route) => {
          await refused;
          await route.fulfill({ status: 404, body: "" });
        });
        await openMap(page, l.query, { complete: false });
        await press(size, page.locator("[data-project-id]").first());
        await expect(page.getByTestId("later-coming")).toBeVisible();
        expect(await violations(page)).toEqual([]);
        refuse();
        await expect(page.getByTestId("later-failed")).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test(`axe finds no violations with the years filter set on dated data (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, "data=generated/synthetic-200/map.json&years=2018-2022"].filter(Boolean).join("&"));
        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        await page.getByTestId("years-filter").scrollIntoViewIfNeeded();
        await expect(page.getByTestId("years-from")).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test(`axe finds no violations with the compare tray, then the comparison, then a sites' comparison (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, "compare=wangyi-tech-port,denghuohui,sowos-smart-terminal&compare_view=0"].filter(Boolean).join("&"));
        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        await press(size, page.getByRole("tab", { name: l.list }));
        await expect(page.getByTestId("compare-tray")).toBeVisible();
        await expect(page.getByTestId("project-row").first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await press(size, page.getByTestId("compare-open"));
        await expect(page.getByTestId("compare-table")).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await openMap(page, [l.query, "data=fixtures/sites/map.json&site_compare=plot-a,office-b,mixed-c"].filter(Boolean).join("&"));
        await expect(page.getByTestId("compare-table")).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test(`axe finds no violations with the filters open, then the list, then the share panel (${l.lang})`, async ({ page }) => {
        await openMap(page, l.query);
        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        await expect(page.getByTestId("search")).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await press(size, page.getByRole("tab", { name: l.list }));
        await expect(page.getByTestId("project-row").first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.getByTestId("share").scrollIntoViewIfNeeded();
        await press(size, page.getByTestId("share"));
        await expect(page.getByTestId("share-qr")).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test("district labels on the map have a text contrast of at least 4.5:1", async ({ page }) => {
  await openMap(page, "view=113.0,22.45,10.2");
  const ratios = await page.evaluate(() => {
    const rgb = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
    const luminance = ([r, g, b]) => {
      const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const labels = [...document.querySelectorAll(".imap-district-label")];
    return labels.map((label) => {
      const style = getComputedStyle(label);
      const focus = label.classList.contains("imap-district-label--focus");
      // The label sits on its district's fill: the zone's or a neighbour's.
      const area = document.querySelector(focus ? ".imap-district--focus" : ".imap-district:not(.imap-district--focus)");
      const under = rgb(getComputedStyle(area).fill);
      const alpha = Number(style.opacity);
      const ink = rgb(style.fill).map((c, i) => c * alpha + under[i] * (1 - alpha));
      const [hi, lo] = [luminance(ink), luminance(under)].sort((a, b) => b - a);
      return { text: label.textContent, ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 };
    });
  });
  expect(ratios.length).toBeGreaterThan(3);
  for (const { text, ratio } of ratios) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
});
