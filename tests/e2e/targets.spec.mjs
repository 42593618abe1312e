// Target sizes: 44 × 44 px on touch screens, 24 px at least everywhere
// (WCAG 2.5.8), measured on what a visitor can reach.
import { test, expect } from "./fixtures.mjs";
import { openMap } from "./helpers.mjs";

const TARGETS = "button, a[href], [role=tab], select, input[type=search], input[type=number], .imap-check, .imap-row, .imap-pin-hit";

/** Visible targets smaller than `min` px, as "class w×h". */
const tooSmall = (page, min) =>
  page.evaluate(
    ([selector, min]) => {
      const all = [];
      const walk = (root) => {
        all.push(...root.querySelectorAll(selector));
        for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return all
        .filter((el) => !el.closest(".imap-skip-links") && el.getClientRects().length > 0 && !el.closest("[hidden]"))
        .map((el) => [el, el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.width < min - 0.5 || r.height < min - 0.5))
        .map(([el, r]) => `${el.getAttribute("class") ?? el.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`);
    },
    [TARGETS, min],
  );

test("every target is at least 24 px on a desktop", async ({ page }) => {
  await openMap(page);
  expect(await tooSmall(page, 24)).toEqual([]);
});

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("every target is at least 44 × 44 px, sheet open or not", async ({ page }) => {
    await openMap(page, "industry=electronic_info,infrastructure");
    expect(await tooSmall(page, 44)).toEqual([]);
    await page.getByRole("button", { name: "筛选与列表" }).click();
    await expect(page.getByTestId("search")).toBeVisible();
    expect(await tooSmall(page, 44)).toEqual([]);
  });
});
