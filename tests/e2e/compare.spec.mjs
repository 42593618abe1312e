// Compare: projects or sites put in a tray from a detail or a list row,
// then side by side in a real table whose rows stay aligned, with the
// standout of each row marked, absent values said, the field names in view
// while a phone swipes the columns; in the link, as CSV and printed.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { openMap, swipe } from "./helpers.mjs";
import { LANGS, SIZES, onScreen, overlaps, press, screen } from "./sizes.mjs";

const WANGYI = "wangyi-tech-port"; // 20 亿元
const DENGHUOHUI = "denghuohui"; // amount not disclosed
const SOWOS = "sowos-smart-terminal"; // 5 亿元

/** The ids in the link's `compare=`, as the address bar has them. */
const compared = (page) => new URL(page.url()).searchParams.get("compare");

/** The text of each cell of the table's rows: [header, ...cells]. */
const tableRows = (page) =>
  page.getByTestId("compare-table").evaluate((table) =>
    [...table.rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim())),
  );

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));
    for (const l of LANGS) {
      test(`from a detail and from list rows into the tray, then side by side (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, `project=${WANGYI}`].filter(Boolean).join("&"));
        const detail = page.getByTestId("project-detail");
        const add = detail.getByTestId("compare-add");
        await expect(add).toHaveAttribute("aria-pressed", "false");
        await press(size, add);
        await expect(add).toHaveAttribute("aria-pressed", "true");
        await press(size, detail.locator(".imap-detail-close"));
        await expect(detail).toHaveCount(0);

        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        await press(size, page.getByRole("tab", { name: l.list }));
        for (const id of [DENGHUOHUI, SOWOS]) {
          const toggle = page.locator(`[data-testid=project-row][data-project-id=${id}] + .imap-row-compare [data-testid=compare-add]`);
          await toggle.scrollIntoViewIfNeeded();
          await press(size, toggle);
          await expect(toggle).toHaveAttribute("aria-pressed", "true");
        }
        // A row's toggle adds without opening the row's detail.
        await expect(page.getByTestId("project-detail")).toHaveCount(0);
        await expect.poll(() => compared(page)).toBe(`${WANGYI},${DENGHUOHUI},${SOWOS}`);

        const tray = page.getByTestId("compare-tray");
        await expect(tray.locator(".imap-chip-active")).toHaveCount(3);
        const open = tray.getByTestId("compare-open");
        await expect(open).toHaveText(l.lang === "zh" ? "对比 3 个项目" : "Compare 3 projects");
        await open.scrollIntoViewIfNeeded();
        await press(size, open);

        const table = page.getByTestId("compare-table");
        await expect(table).toBeVisible();
        await expect(page.locator(".imap-compare-title")).toBeFocused();
        const rows = await tableRows(page);
        expect(rows.every((r) => r.length === 4), "every row: its field and one cell per project").toBe(true);
        expect(rows[0][1]).toContain(l.lang === "zh" ? "网驿" : "Wangyi");
        const money = rows.find((r) => r[0] === (l.lang === "zh" ? "总投资" : "Total investment"));
        expect(money[2], "an undisclosed amount says so").toBe(l.lang === "zh" ? "未公开" : "Not disclosed");
        expect(money[1], "the largest is marked in words").toContain(l.lang === "zh" ? "最大" : "largest");
        expect(money[3]).not.toContain(l.lang === "zh" ? "最大" : "largest");
        const airport = rows.find((r) => r[0] === (l.lang === "zh" ? "最近机场" : "Nearest airport"));
        expect(airport.slice(1).filter((c) => c.includes(l.lang === "zh" ? "最近" : "nearest"))).toHaveLength(1);
        // Headers of a real table: the projects by column, the fields by row.
        await expect(table.locator("thead th[scope=col]")).toHaveCount(4);
        await expect(table.locator("tbody th[scope=row]")).toHaveCount(rows.length - 1);

        const panel = page.getByTestId("compare-panel");
        expect(onScreen(await panel.boundingBox(), size), "the comparison is on screen").toBe(true);
        const fieldName = table.locator("tbody th[scope=row]").first();
        const last = table.locator("thead th[data-compare-id]").last();
        if (size.layout === "phone") {
          // One project's column beside the field names; a swipe shows the next.
          expect(onScreen(await last.boundingBox(), size)).toBe(false);
          const scroller = page.locator(".imap-compare-scroll");
          const box = await scroller.boundingBox();
          const y = box.y + box.height / 2;
          for (let i = 0; i < 3 && !onScreen(await last.boundingBox(), size); i++) {
            await swipe(page, [box.x + box.width - 20, y], [box.x + 110, y]);
          }
          await expect.poll(async () => onScreen(await last.boundingBox(), size)).toBe(true);
        }
        // The field names stay in view and are never covered by a cell.
        const nameBox = await fieldName.boundingBox();
        const scrollerBox = await page.locator(".imap-compare-scroll").boundingBox();
        expect(Math.abs(nameBox.x - scrollerBox.x)).toBeLessThan(2);
        expect(onScreen(nameBox, size)).toBe(true);
        const lastBox = await last.boundingBox();
        expect(overlaps(nameBox, { ...lastBox, y: nameBox.y, height: nameBox.height })).toBe(false);

        // A column's ×: the table loses that project, the focus stays in the panel.
        await press(size, table.locator(`th[data-compare-id=${SOWOS}] .imap-compare-remove`));
        await expect(table.locator("thead th[data-compare-id]")).toHaveCount(2);
        await expect(page.locator(".imap-compare-title")).toBeFocused();
        await expect.poll(() => compared(page)).toBe(`${WANGYI},${DENGHUOHUI}`);
        if (size.layout === "phone") {
          // Swiped to the end, the last column sits beside the field names, nothing of the one before showing.
          const scroller = page.locator(".imap-compare-scroll");
          await scroller.evaluate((s) => (s.scrollLeft = s.scrollWidth));
          const lastHead = await table.locator("thead th[data-compare-id]").last().boundingBox();
          const names = await table.locator(".imap-compare-corner").boundingBox();
          expect(Math.abs(lastHead.x - (names.x + names.width))).toBeLessThan(2);
        }

        await press(size, page.getByTestId("compare-close"));
        await expect(panel).toHaveCount(0);
        await expect.poll(() => new URL(page.url()).searchParams.get("compare_view")).toBe("0");
        await expect(tray).toBeVisible();
        // Every name in the tray is in sight.
        for (const chip of await tray.locator(".imap-chip-active").all()) {
          expect(onScreen(await chip.boundingBox(), size)).toBe(true);
        }
      });
    }
  });
}

test("a link opens the comparison; unknown ids are ignored, then the first four are kept", async ({ page }) => {
  const five = ["nobody", WANGYI, DENGHUOHUI, "nanshan-road", SOWOS, "zhongyuan-110kv"].join(",");
  await openMap(page, `compare=${five}`);
  await expect(page.getByTestId("compare-table")).toBeVisible();
  const heads = await page.locator("[data-testid=compare-table] thead th[data-compare-id]").evaluateAll((ths) =>
    ths.map((th) => th.dataset.compareId),
  );
  expect(heads).toEqual([WANGYI, DENGHUOHUI, "nanshan-road", SOWOS]);
  // The link drops what the data does not know, and what the tray cannot hold.
  await expect.poll(() => compared(page)).toBe(heads.join(","));
  // The link does not move focus into the comparison.
  await expect(page.locator(".imap-compare-title")).not.toBeFocused();
  // Esc closes it; the tray keeps what was in it.
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("compare-panel")).toHaveCount(0);
  // The focus goes to the tray's button, not lost with the panel.
  await expect(page.getByTestId("compare-open")).toBeFocused();
  await expect(page.getByTestId("compare-tray").locator(".imap-chip-active")).toHaveCount(4);
  // A full tray says so rather than taking a fifth.
  await page.locator(".imap-pin[data-project-id=mhi-air-conditioner]").click();
  const add = page.getByTestId("project-detail").getByTestId("compare-add");
  await expect(add).toHaveAttribute("aria-disabled", "true");
  await expect(add).toHaveAttribute("title", /4/);
  // (Playwright waits for an aria-disabled control to be enabled: forced.)
  await add.click({ force: true });
  await expect(add).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => compared(page)).toBe(heads.join(","));
  // A link with only unknown ids shows no tray and no comparison.
  await openMap(page, "compare=nobody,none");
  await expect(page.getByTestId("compare-tray")).toHaveCount(0);
  await expect(page.getByTestId("compare-panel")).toHaveCount(0);
  await expect.poll(() => compared(page)).toBe(null);
});

test("a comparison closed, or the sites' shown, reopens as it was", async ({ page, context }) => {
  await openMap(page, `data=fixtures/sites/map.json&site_compare=office-b,plot-a`);
  const panel = page.getByTestId("compare-panel");
  await expect(panel).toHaveAttribute("data-kind", "sites");
  const rows = await tableRows(page);
  expect(rows[0].slice(1).map((n) => n.split("\n")[0])).toEqual(["乙写字楼", "甲地块"]);
  const area = rows.find((r) => r[0] === "用地面积");
  expect(area[2]).toContain("最大");
  expect(area[1]).not.toContain("最大");
  await page.getByTestId("compare-close").click();
  await expect.poll(() => new URL(page.url()).searchParams.get("compare_view")).toBe("0");
  // A site's detail has the toggle too.
  await openMap(page, `data=fixtures/sites/map.json&site=mixed-c&site_compare=office-b,plot-a&compare_view=0`);
  const add = page.getByTestId("site-detail").getByTestId("compare-add");
  await add.click();
  await expect(add).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => new URL(page.url()).searchParams.get("site_compare")).toBe("office-b,plot-a,mixed-c");
  // Opening the comparison closes the detail: one panel over the map.
  await page.getByTestId("compare-open").click();
  await expect(page.getByTestId("site-detail")).toHaveCount(0);
  await expect(page.locator("[data-testid=compare-table] thead th[data-compare-id]")).toHaveCount(3);
  await page.getByTestId("compare-close").click();
  // The link says so before it is opened again.
  await expect.poll(() => new URL(page.url()).searchParams.get("compare_view")).toBe("0");
  const again = await context.newPage();
  await openMap(again, new URL(page.url()).search.slice(1));
  await expect(again.getByTestId("compare-tray")).toBeVisible();
  await expect(again.getByTestId("compare-panel")).toHaveCount(0);
});

test("the comparison exports as CSV and prints on its own", async ({ page }) => {
  await openMap(page, `lang=en&compare=${WANGYI},${DENGHUOHUI}`);
  // The places arrive after the map: their distances are rows once they have.
  await expect(page.getByTestId("compare-table")).toContainText("Nearest airport");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("compare-csv").click()]);
  expect(download.suggestedFilename()).toBe(`compare_projects_${WANGYI}+${DENGHUOHUI}.csv`);
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\ufeffField,Wangyi Jiangmen Smart Manufacturing Tech Port,Denghuohui")).toBe(true);
  expect(text).toContain("Total investment,CNY 2 bn,Not disclosed\n");
  expect(text).toMatch(/Nearest airport,Macau International Airport · about \d+ km/);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("compare-table")).toBeVisible();
  await expect(page.locator(".imap-map")).toBeHidden();
  await expect(page.locator(".imap-sidebar")).toBeHidden();
  await expect(page.getByTestId("compare-csv")).toBeHidden();
  const width = await page.getByTestId("compare-table").evaluate((t) => t.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(page.viewportSize().width);
});

test("the keyboard reaches a row's toggle with the right arrow, and back with the left", async ({ page }) => {
  await openMap(page, "tab=list");
  const row = page.locator(`[data-testid=project-row][data-project-id=${DENGHUOHUI}]`);
  await row.focus();
  await page.keyboard.press("ArrowRight");
  const toggle = page.locator(`[data-testid=project-row][data-project-id=${DENGHUOHUI}] + .imap-row-compare [data-testid=compare-add]`);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-label", "加入对比：灯火汇");
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("project-detail")).toHaveCount(0);
  await page.keyboard.press("ArrowLeft");
  await expect(row).toBeFocused();
  // Removing from the tray's chip takes it out everywhere.
  await page.getByRole("button", { name: "移出对比：灯火汇" }).click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("compare-tray")).toHaveCount(0);
});
