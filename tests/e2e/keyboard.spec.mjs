// Keyboard and screen-reader paths: skip links, focus into a detail and
// back to what opened it.
import { test, expect } from "./fixtures.mjs";
import { openMap } from "./helpers.mjs";
import { SIZES, screen, press } from "./sizes.mjs";

/** The focused element's description: its class or test id. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}|${el.dataset.projectId ?? ""}` : "";
  });

/** Where the sidebar floats, opens it as a keyboard user does: its button, Enter. */
async function openSidebar(page, size) {
  if (size.layout === "docked") return;
  await page.getByRole("button", { name: "筛选与列表" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search")).toBeVisible();
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));

    test("the first Tab reaches the skip links: to the map, to the list", async ({ page }) => {
      await openMap(page);
      await page.keyboard.press("Tab");
      const skipMap = page.getByRole("button", { name: "跳到地图" });
      await expect(skipMap).toBeFocused();
      await expect(skipMap).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.locator(".imap-map")).toBeFocused();
      // From the map, Tab goes to the pins, not back through the sidebar.
      await page.keyboard.press("Tab");
      await expect.poll(() => focused(page)).toMatch(/imap-pin/);

      await openMap(page);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "跳到项目列表" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("tab", { name: "列表" })).toHaveAttribute("aria-selected", "true");
      await expect(page.getByTestId("project-row").first()).toBeFocused();
    });

    test("a detail takes the focus and Esc gives it back to the pin that opened it", async ({ page }) => {
      await openMap(page);
      const pin = page.locator(".imap-pin[data-project-id=sowos-smart-terminal]");
      await pin.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("project-detail")).toBeVisible();
      await expect(page.locator(".imap-detail-title")).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("project-detail")).toHaveCount(0);
      await expect(pin).toBeFocused();

      // The close button too, and from a list row.
      await openSidebar(page, size);
      await press(size, page.getByRole("tab", { name: "列表" }));
      const row = page.locator("[data-testid=project-row][data-project-id=denghuohui]");
      await row.focus();
      await page.keyboard.press("Enter");
      await expect(page.locator(".imap-detail-title")).toBeFocused();
      await press(size, page.getByRole("button", { name: "关闭" }));
      await expect(row).toBeFocused();
    });

    test("a detail opened by the link leaves the page's focus alone; closing it focuses the map", async ({ page }) => {
      await openMap(page, "project=nanshan-road");
      await expect(page.getByTestId("project-detail")).toBeVisible();
      await expect(page.locator(".imap-detail-title")).not.toBeFocused();
      await page.keyboard.press("Escape");
      await expect(page.locator(".imap-map")).toBeFocused();
    });

    test("keyboard focus is visible on every control it reaches, ticked checkboxes too", async ({ page }) => {
      await openMap(page);
      const box = page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]");
      await openSidebar(page, size);
      await expect(box).toBeChecked();
      // Reach it by keyboard (focus-visible), not by a click.
      await page.getByTestId("search").focus();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        if (await box.evaluate((el) => el === el.getRootNode().activeElement)) break;
      }
      await expect(box).toBeFocused();
      // Every control met on the way shows a focus outline of at least 2 px.
      const outline = await box.evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.outlineStyle, parseFloat(s.outlineWidth)];
      });
      expect(outline[0]).not.toBe("none");
      expect(outline[1]).toBeGreaterThanOrEqual(2);
      // On a ticked box (filled with the accent) the ring stands off it, on
      // the panel: 3:1 contrast against what is beside it (WCAG 1.4.11).
      const ring = await box.evaluate((el) => {
        const s = getComputedStyle(el);
        let panel = el.parentElement;
        while (panel && getComputedStyle(panel).backgroundColor.endsWith(", 0)")) panel = panel.parentElement;
        return { offset: parseFloat(s.outlineOffset), color: s.outlineColor, beside: getComputedStyle(panel).backgroundColor };
      });
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [luminance(ring.color), luminance(ring.beside)].sort((a, b) => b - a);
      expect(ring.offset).toBeGreaterThanOrEqual(2);
      expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(3);
      const unseen = [];
      await page.getByTestId("search").focus();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press("Tab");
        const seen = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return "";
          const s = getComputedStyle(el);
          // An outline, an inset ring (the map), or a pin's ringed hit area.
          const hit = el.querySelector(".imap-pin-hit, .imap-cluster-halo");
          const ring =
            (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) ||
            s.boxShadow.includes("inset") ||
            (hit && parseFloat(getComputedStyle(hit).strokeWidth) >= 2 && getComputedStyle(hit).stroke !== "none");
          return ring ? "" : `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`;
        });
        if (seen) unseen.push(seen);
      }
      expect(unseen).toEqual([]);
    });
  });
}
