// Target sizes: 44 × 44 px on touch screens, 24 px at least everywhere
// (WCAG 2.5.8), measured on what a visitor can reach.
import { test, expect } from "./fixtures.mjs";
import { openMap } from "./helpers.mjs";
import { SIZES, LANGS, screen, press } from "./sizes.mjs";

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

for (const size of SIZES) {
  // Touch screens need 44 px; a mouse 24 px at least (WCAG 2.5.8).
  const min = size.touch ? 44 : 24;
  test.describe(size.name, () => {
    test.use(screen(size));

    for (const l of LANGS) {
      test(`every target is at least ${min} × ${min} px: folded, open, in the list, a project open (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, "industry=electronic_info,infrastructure"].filter(Boolean).join("&"));
        expect(await tooSmall(page, min)).toEqual([]);
        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        await expect(page.getByTestId("search")).toBeVisible();
        expect(await tooSmall(page, min)).toEqual([]);
        await press(size, page.getByRole("tab", { name: l.list }));
        await expect(page.getByTestId("project-row").first()).toBeVisible();
        expect(await tooSmall(page, min)).toEqual([]);
        await press(size, page.getByTestId("project-row").first());
        await expect(page.getByTestId("project-detail")).toBeVisible();
        expect(await tooSmall(page, min)).toEqual([]);
      });
    }
  });
}
