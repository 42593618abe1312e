// Finding and filtering: every control, the URL, reload, list, export, sites.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { afterNextPaint, openMap, readJson, number, centre, swipe } from "./helpers.mjs";
import { SIZES, screen, press, onScreen, overlaps } from "./sizes.mjs";

const projects = readJson("public/data/projects.geojson").features.map((f) => f.properties);
const count = (pred) => projects.filter(pred).length;
const industryBox = (page, id) => page.locator(`input[type=checkbox][data-testid=filter-industry][data-industry-id="${id}"]`);
const statusBox = (page, id) => page.locator(`input[type=checkbox][data-testid=filter-status][data-status-id="${id}"]`);
const resultCount = (page) => page.getByTestId("result-count");
// The URL follows a change just after the frame that shows it: poll it.
const param = (page, name) => new URL(page.url()).searchParams.get(name);

test("industry checkboxes filter, count live, and survive a reload", async ({ page }) => {
  await openMap(page);
  await expect(industryBox(page, "infrastructure")).toBeChecked();
  await industryBox(page, "infrastructure").uncheck();
  const expected = count((p) => p.industry !== "infrastructure");
  await expect(resultCount(page)).toHaveText(String(expected));
  await expect(page.locator("[data-project-id]:not([data-testid])")).toHaveCount(expected);
  await expect.poll(() => param(page, "industry")?.split(",").sort()).toEqual(
    ["commerce_services", "electromechanical", "electronic_info", "new_materials"],
  );
  // Live counts: statuses now count without infrastructure; industries keep their own counts.
  const groundbreaking = count((p) => p.industry !== "infrastructure" && p.status === "groundbreaking");
  await expect(statusBox(page, "groundbreaking").locator("xpath=..")).toContainText(String(groundbreaking));
  await expect(industryBox(page, "infrastructure").locator("xpath=..")).toContainText("3");

  await page.reload();
  await expect(industryBox(page, "infrastructure")).not.toBeChecked();
  await expect(industryBox(page, "electronic_info")).toBeChecked();
  await expect(resultCount(page)).toHaveText(String(expected));

  await industryBox(page, "infrastructure").check();
  await expect(resultCount(page)).toHaveText(String(projects.length));
  await expect.poll(() => param(page, "industry")).toBeNull();
});

test("select none and all", async ({ page }) => {
  await openMap(page);
  const group = page.locator("fieldset", { has: industryBox(page, "new_materials") });
  await group.getByRole("button", { name: "全不选" }).click();
  await expect(resultCount(page)).toHaveText("0");
  await expect.poll(() => param(page, "industry")).toBe("");
  await expect(industryBox(page, "electronic_info")).not.toBeChecked();
  await group.getByRole("button", { name: "全选" }).click();
  await expect(resultCount(page)).toHaveText(String(projects.length));
});

test("statuses are listed in life-cycle order and filter", async ({ page }) => {
  await openMap(page);
  const manifest = readJson("public/data/map.json");
  const ids = await page.locator("[data-testid=filter-status]").evaluateAll((els) => els.map((e) => e.dataset.statusId));
  expect(ids).toEqual(manifest.statuses.map((s) => s.id));
  await statusBox(page, "groundbreaking").uncheck();
  await expect(resultCount(page)).toHaveText(String(count((p) => p.status !== "groundbreaking")));
  await expect(page).toHaveURL(/status=signed,production/);
});

test("district select, and a district's card on the map", async ({ page }) => {
  await openMap(page);
  const select = page.getByTestId("filter-district");
  await select.selectOption("xinhui");
  await expect(resultCount(page)).toHaveText("0");
  await expect.poll(() => param(page, "district")).toBe("xinhui");
  await select.selectOption("jianghai");
  await expect(resultCount(page)).toHaveText(String(projects.length));
  await select.selectOption("");
  await expect.poll(() => param(page, "district")).toBeNull();

  // A click inside Jianghai, away from the pins (its label point), opens
  // its card; only the card's action picks the district.
  const label = await centre(page.locator(".imap-district-label--focus"));
  await page.mouse.click(label.x, label.y + 20);
  const card = page.getByTestId("district-card");
  await expect(card).toContainText("江海区");
  expect(param(page, "district")).toBeNull();
  await card.getByTestId("district-only").click();
  await expect(page).toHaveURL(/district=jianghai/);
  await expect(page.locator("[data-district-id=jianghai]")).toHaveClass(/imap-district--picked/);
  await expect(select).toHaveValue("jianghai");
  // Never silently: a chip says so, and its × undoes it.
  const chip = page.getByTestId("active-filter");
  await expect(chip).toHaveText(/所在区域：江海区/);
  await page.mouse.click(label.x, label.y + 20);
  await card.getByRole("button", { name: "显示全部区域" }).click();
  await expect(page).not.toHaveURL(/district=/);
  await expect(chip).toHaveCount(0);
  await page.mouse.click(label.x, label.y + 20);
  await card.getByTestId("district-only").click();
  await expect(chip).toHaveCount(1);
  await chip.getByRole("button", { name: /移除筛选/ }).click();
  await expect(chip).toHaveCount(0);
  await expect.poll(() => param(page, "district")).toBeNull();
});

test("investment presets, fields and slider; undisclosed amounts hidden and said", async ({ page }) => {
  await openMap(page);
  const amounts = projects.filter((p) => p.investment != null);
  await page.getByTestId("amount-preset").filter({ hasText: /^≥ 5$/ }).click();
  await expect(resultCount(page)).toHaveText(String(amounts.filter((p) => p.investment >= 5).length));
  await expect.poll(() => [param(page, "min"), param(page, "max")]).toEqual(["5", null]);
  await expect(page.getByTestId("undisclosed-hidden")).toContainText(String(projects.length - amounts.length));
  await expect(page.getByTestId("amount-range")).toHaveText("≥ 5 亿元");

  await page.getByTestId("amount-preset").filter({ hasText: "≥ 10" }).click();
  await expect(resultCount(page)).toHaveText("1");
  await page.getByTestId("amount-min-input").fill("20.5");
  await page.getByTestId("amount-min-input").press("Enter");
  await expect(resultCount(page)).toHaveText("0");
  // Typing applies without Enter, once the typing pauses.
  await page.getByTestId("amount-min-input").fill("19.5");
  await expect(resultCount(page)).toHaveText("1");
  await expect.poll(() => param(page, "min")).toBe("19.5");
  // A max typed below the min: the bounds swap, the handles never cross.
  await page.getByTestId("amount-max-input").pressSequentially("19");
  await expect(resultCount(page)).toHaveText("0");
  await expect(page.getByTestId("amount-range")).toHaveText("19 – 19.5 亿元");
  await page.getByTestId("amount-max-input").fill("");
  await expect(resultCount(page)).toHaveText("1");

  await page.getByTestId("amount-preset").filter({ hasText: "不限" }).click();
  await expect(resultCount(page)).toHaveText(String(projects.length));
  await expect(page.getByTestId("undisclosed-hidden")).toHaveCount(0);

  // The max handle by keyboard: it moves down the log scale and sets max.
  const max = page.getByTestId("amount-max");
  await max.focus();
  for (let i = 0; i < 20; i++) await max.press("ArrowLeft");
  await afterNextPaint(page);
  const chosen = Number(param(page, "max"));
  expect(chosen).toBeGreaterThan(0);
  expect(chosen).toBeLessThan(20);
  await expect(resultCount(page)).toHaveText(String(amounts.filter((p) => p.investment <= chosen).length));
});

test("search as you type over name, English name and company", async ({ page }) => {
  await openMap(page);
  const search = page.getByTestId("search");
  await search.pressSequentially("科技");
  await expect(resultCount(page)).toHaveText("1");
  await expect.poll(() => param(page, "q")).toBe("科技");
  await search.fill("SUOWOSI");
  await expect(resultCount(page)).toHaveText("1");
  await search.fill("网驿产业园");
  await expect(resultCount(page)).toHaveText("1");
  await search.fill("110");
  await expect(resultCount(page)).toHaveText("2");
  await search.fill("");
  await expect(resultCount(page)).toHaveText(String(projects.length));
  await expect.poll(() => param(page, "q")).toBeNull();
});

test("search ignores case in every script: accented Latin and Greek by the browser's lower-casing", async ({ page }) => {
  const small = readJson("tests/fixtures/small/projects.geojson");
  small.features[1].properties.company = "ÉNERGIE ΣΟΦΊΑ S.A.";
  await page.route("**/fixtures/small/projects.geojson", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(small) }),
  );
  await openMap(page, `data=fixtures/small/map.json&q=${encodeURIComponent("énergie σοφία")}`);
  await expect(resultCount(page)).toHaveText("1");
  await expect(page.locator(`[data-project-id="${small.features[1].properties.id}"]`)).toHaveCount(1);
  const search = page.getByTestId("search");
  await search.fill("Énergie Σοφία s.a.");
  await expect(resultCount(page)).toHaveText("1");
  await search.fill("énergie σοφίας");
  await expect(resultCount(page)).toHaveText("0");
});

test("clear all filters", async ({ page }) => {
  await openMap(page, "industry=infrastructure&status=groundbreaking&min=1&q=%E6%B1%9F&district=jianghai");
  await expect(resultCount(page)).toHaveText("0");
  await page.getByTestId("clear-filters").click();
  await expect(resultCount(page)).toHaveText(String(projects.length));
  for (const name of ["industry", "status", "min", "q", "district"]) await expect.poll(() => param(page, name)).toBeNull();
  await expect(page.getByTestId("search")).toHaveValue("");
});

test.describe("a shared link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  // The link a visitor shares is the one "copy link" gives: the address as
  // the app shows it (a moving view reaches the address bar only once it
  // has been still a moment; the copy does not wait).
  test("reopens exactly the same view; unknown ids are ignored", async ({ page }) => {
    const query = "industry=electronic_info,bogus&status=groundbreaking,production&sort=name-desc&project=sowos-smart-terminal&view=113.12000,22.55000,13.00";
    await openMap(page, query);
    await expect(resultCount(page)).toHaveText(String(count((p) => p.industry === "electronic_info")));
    await expect(industryBox(page, "infrastructure")).not.toBeChecked();
    await expect(page.getByTestId("project-detail")).toContainText("索沃思");
    // "Copy link" is under the list.
    await page.getByRole("tab", { name: "列表" }).click();
    const shared = async () => {
      await page.getByTestId("copy-link").click();
      await expect(page.getByTestId("copy-link")).toHaveText("链接已复制");
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const link = await shared();
    const before = await centre(page.locator(".imap-pin[data-project-id=bowei-optoelectronics]"));
    await page.goto(link);
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
    await expect.poll(async () => {
      const after = await centre(page.locator(".imap-pin[data-project-id=bowei-optoelectronics]"));
      return Math.max(Math.abs(after.x - before.x), Math.abs(after.y - before.y));
    }).toBeLessThan(1);
    expect(await shared()).toBe(link);
    expect(page.url()).toBe(link);

    await openMap(page, "industry=bogus&status=nope&district=mars&sort=price");
    await expect(resultCount(page)).toHaveText(String(projects.length));
  });
});

test("the list: sorted, synced with the map, usable by keyboard", async ({ page }) => {
  await openMap(page);
  await page.getByRole("tab", { name: "列表" }).click();
  const rows = page.getByTestId("project-row");
  await expect(rows).toHaveCount(projects.length);

  await page.locator("[data-testid=sort][data-sort-key=investment]").click();
  await expect(page).toHaveURL(/sort=investment-desc/);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.dataset.projectId));
  expect(ids.slice(0, 2)).toEqual(["wangyi-tech-port", "sowos-smart-terminal"]);
  await expect(rows.nth(0)).toContainText("20 亿元");
  await expect(rows.nth(9)).toContainText("未公开");
  await page.locator("[data-testid=sort][data-sort-key=investment]").click();
  await expect(page).toHaveURL(/sort=investment(&|$)/);
  const asc = await rows.evaluateAll((els) => els.map((e) => e.dataset.projectId));
  expect(asc.slice(0, 2)).toEqual(["sowos-smart-terminal", "wangyi-tech-port"]);

  // Row hover highlights the pin, without a card over the map (the row
  // says it all); pin hover highlights the row.
  await rows.filter({ hasText: "灯火汇" }).hover();
  await expect(page.locator("[data-project-id=denghuohui].imap-pin")).toHaveClass(/imap-pin--hovered/);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await page.locator("[data-project-id=nanshan-road].imap-pin").hover();
  await expect(page.locator("[data-testid=project-row][data-project-id=nanshan-road]")).toHaveClass(/imap-row--hovered/);

  // Keyboard: focus the first row, move down, Enter selects and shows it.
  await rows.nth(0).focus();
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  const second = await rows.nth(1).getAttribute("data-project-id");
  await expect(page).toHaveURL(new RegExp(`project=${second}`));
  await expect(page.getByTestId("project-detail")).toBeVisible();
  // Its pin comes to the middle of the uncovered map: from 40 px in from
  // the map's left edge (imap-core layout/mod.rs) to the detail card.
  const map = await page.locator(".imap-map").boundingBox();
  const detail = await page.getByTestId("project-detail").boundingBox();
  await expect
    .poll(async () => Math.abs((await centre(page.locator(`[data-project-id="${second}"].imap-pin`))).x - (map.x + 40 + detail.x) / 2))
    .toBeLessThan(2);

  // The list follows the filters.
  await page.getByRole("tab", { name: "筛选" }).click();
  await industryBox(page, "electronic_info").uncheck();
  await page.getByRole("tab", { name: "列表" }).click();
  await expect(rows).toHaveCount(count((p) => p.industry !== "electronic_info"));
});

test("CSV export: UTF-8 with BOM, filters in the name, exact content", async ({ page }) => {
  await openMap(page, "data=fixtures/small/map.json&tab=list");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toBe("projects.csv");
  const bytes = readFileSync(await download.path());
  const expected =
    "\ufeff编号,名称,英文名称,产业,状态,总投资（亿元）,所在区域,日期,投资方 / 企业,简介,英文简介,用地面积（公顷）,经度,纬度,位置精度,链接\n" +
    // By name as the zh-CN collation orders them: bǐng, jiǎ, yǐ.
    "c,丙项目,,新材料,投产,,东邻区,,,,,,113.200000,22.540000,exact,\n" +
    "a,甲项目,Project A,新一代电子信息,投产,1.25,测试区,,甲公司,,,,113.100000,22.520000,exact,\n" +
    "b,乙项目,Project B,新材料,动工,20,测试区,,,,,,113.120000,22.550000,exact,\n";
  expect(bytes.equals(Buffer.from(expected, "utf8"))).toBe(true);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  await page.getByRole("tab", { name: "筛选" }).click();
  await industryBox(page, "new_materials").uncheck();
  await page.getByTestId("amount-min-input").fill("1");
  await page.getByTestId("amount-min-input").press("Enter");
  await page.getByRole("tab", { name: "列表" }).click();
  const [filtered] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(filtered.suggestedFilename()).toBe("projects_industry-electronic-info_min-1.csv");
  const text = readFileSync(await filtered.path(), "utf8");
  expect(text.split("\n").filter(Boolean)).toHaveLength(2);
  expect(text).toContain("a,甲项目,Project A");
});

test.describe("with clipboard access", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copy link puts the current URL on the clipboard", async ({ page }) => {
    await openMap(page, "industry=infrastructure&tab=list");
    await page.getByTestId("copy-link").click();
    await expect(page.getByTestId("copy-link")).toHaveText("链接已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // A change made just before the click is in the link, although the
    // address bar only follows after the next paint.
    const before = page.url();
    await page.evaluate(() => {
      document.querySelectorAll(".imap-sort")[1].click();
      document.querySelector("[data-testid=copy-link]").click();
    });
    // The clipboard changes once, when the copy is done: the link is what
    // the page gave at the click.
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(clipboard).not.toBe(before);
    const copied = new URL(await clipboard());
    expect(copied.searchParams.get("sort")).toMatch(/^investment/);
    expect(copied.searchParams.get("industry")).toBe("infrastructure");
  });
});

test("each filter change marks map:filtered", async ({ page }) => {
  await openMap(page);
  const marks = () => page.evaluate(() => performance.getEntriesByName("map:filtered").length);
  const before = await marks();
  await industryBox(page, "infrastructure").uncheck();
  await expect.poll(marks).toBe(before + 1);
  await page.getByTestId("search").fill("江门");
  await expect.poll(marks).toBe(before + 2);
});

test("the sites layer: drawn in its own style, toggled, filtered, with its own detail", async ({ page }) => {
  await openMap(page, "data=fixtures/sites/map.json");
  const sites = page.locator("[data-site-id]");
  await expect(sites).toHaveCount(3);
  await expect(page.locator("[data-site-id=plot-a] .imap-site-area")).toHaveCount(1);
  await expect(page.locator("[data-site-id=office-b] .imap-site-area")).toHaveCount(0);

  await page.locator("[data-testid=filter-site-use][data-land-use=office]").uncheck();
  await expect(sites).toHaveCount(2);
  await expect(page).toHaveURL(/site_use=industrial,commercial,mixed/);
  await page.locator("[data-testid=filter-site-availability][data-availability=taken]").uncheck();
  await expect(sites).toHaveCount(1);
  await page.getByTestId("site-min-ha").fill("20");
  await page.getByTestId("site-min-ha").press("Enter");
  await expect(sites).toHaveCount(0);
  await page.getByTestId("clear-filters").click();
  await expect(sites).toHaveCount(3);

  await page.getByTestId("filter-sites").uncheck();
  await expect(sites).toHaveCount(0);
  await expect(page).toHaveURL(/sites=0/);
  await page.getByTestId("filter-sites").check();

  await page.locator("[data-site-id=office-b] .imap-site-mark").click();
  const detail = page.getByTestId("site-detail");
  await expect(detail).toContainText("乙写字楼");
  await expect(detail).toContainText("0.6 公顷");
  await expect(detail).toContainText("办公");
  await expect(detail).toContainText("已预留");
  await expect(detail.locator("a")).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page).toHaveURL(/site=office-b/);
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
  // Projects are unaffected by the sites layer.
  await expect(resultCount(page)).toHaveText("3");
});

test("after changing every control, a reload shows the same state", async ({ page }) => {
  await openMap(page);
  await industryBox(page, "electromechanical").uncheck();
  await statusBox(page, "production").uncheck();
  await page.getByTestId("filter-district").selectOption("jianghai");
  await page.getByTestId("amount-max-input").fill("20");
  await page.getByTestId("amount-max-input").press("Enter");
  await page.getByTestId("search").fill("江门");
  await page.getByRole("tab", { name: "列表" }).click();
  await page.locator("[data-testid=sort][data-sort-key=date]").click();
  // The address bar follows after the next paint: the link to compare with
  // is the one that holds the last change.
  await expect(page).toHaveURL(/sort=date-desc/);
  const countBefore = await resultCount(page).innerText();
  const rowsBefore = await page.getByTestId("project-row").evaluateAll((els) => els.map((e) => e.dataset.projectId));
  const url = page.url();

  await page.reload();
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
  await expect(resultCount(page)).toHaveText(countBefore);
  // The list is open again, in the same order.
  await expect(page.getByRole("tab", { name: "列表" })).toHaveAttribute("aria-selected", "true");
  const rowsAfter = await page.getByTestId("project-row").evaluateAll((els) => els.map((e) => e.dataset.projectId));
  expect(rowsAfter).toEqual(rowsBefore);
  expect(page.url()).toBe(url);
  await page.getByRole("tab", { name: "筛选" }).click();
  await expect(industryBox(page, "electromechanical")).not.toBeChecked();
  await expect(statusBox(page, "production")).not.toBeChecked();
  await expect(page.getByTestId("filter-district")).toHaveValue("jianghai");
  await expect(page.getByTestId("amount-max-input")).toHaveValue("20");
  await expect(page.getByTestId("search")).toHaveValue("江门");
});

test("the URL follows a change even when a control is then set to the value it had", async ({ page }) => {
  await openMap(page);
  await page.evaluate(async () => {
    document.querySelector("input[data-testid=filter-industry][data-industry-id=infrastructure]").click();
    // After the change's effects, before the frame that shows it: a
    // selection of the district it already had.
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.querySelector("[data-testid=filter-district]").dispatchEvent(new Event("change"));
  });
  await afterNextPaint(page);
  expect(param(page, "industry")).not.toBeNull();
});

// What a link carries, on every screen: its filters shown as chips, exact
// amounts, the open tab.
for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));

    test("a shared link shows its filters as removable chips, the panel folded or not", async ({ page }) => {
      await openMap(page, "lang=en&industry=electronic_info,infrastructure,commerce_services&min=5&q=port");
      if (size.layout !== "docked") await expect(page.getByTestId("search")).toBeHidden();
      const chips = page.getByTestId("active-filter");
      await expect(chips).toHaveText([
        /^Industry: Next-generation electronic information, Infrastructure \+ 1 more/,
        /^Total investment: ≥ CNY 500 m/,
        /^Search: “\u2068port\u2069”/,
      ]);
      // On a phone the chips are one row that scrolls sideways, within the screen.
      const row = await page.locator(".imap-active-filters").boundingBox();
      expect(row.x + row.width).toBeLessThanOrEqual(size.width);
      await press(size, chips.nth(2).getByRole("button"));
      await expect(chips).toHaveCount(2);
      await expect.poll(() => param(page, "q")).toBeNull();
    });

    test("fractional amounts in a link stay exact in the URL and the fields", async ({ page }) => {
      await openMap(page, "min=0.015&max=0.125");
      // The view is written into the URL once the map is drawn; the bounds must survive that.
      await expect.poll(() => param(page, "view")).not.toBe(null);
      expect(param(page, "min")).toBe("0.015");
      expect(param(page, "max")).toBe("0.125");
      if (size.layout !== "docked") await press(size, page.getByRole("button", { name: "筛选与列表" }));
      await expect(page.getByTestId("amount-min-input")).toHaveValue("0.015");
      await expect(page.getByTestId("amount-max-input")).toHaveValue("0.125");
    });

    test("the open tab is part of the link", async ({ page }) => {
      await openMap(page);
      if (size.layout !== "docked") await press(size, page.getByRole("button", { name: "筛选与列表" }));
      await press(size, page.getByRole("tab", { name: "列表" }));
      await expect.poll(() => param(page, "tab")).toBe("list");
      // A link to the list opens it, also where the sidebar folds.
      await page.reload();
      await expect(page.getByRole("tab", { name: "列表" })).toHaveAttribute("aria-selected", "true");
      await expect(page.getByTestId("project-row")).toHaveCount(projects.length);
      await press(size, page.getByRole("tab", { name: "筛选" }));
      await expect.poll(() => param(page, "tab")).toBe(null);
    });
  });
}

test("in English every label is English, amounts in CNY", async ({ page }) => {
  await openMap(page, "lang=en&min=1");
  await expect(page.getByTestId("amount-range")).toHaveText("≥ CNY 100 m");
  await expect(page.locator(".imap-amount .imap-filter-title")).toContainText("Investment size (CNY 100 m)");
  await expect(page.locator(".imap-chart")).toContainText("CNY 100 m");
  // Outside the contract's result-total hook, no 亿元 anywhere in the sidebar.
  const text = await page.locator(".imap-sidebar").evaluate((el) => {
    const clone = el.cloneNode(true);
    clone.querySelector("[data-testid=result-total]")?.remove();
    return clone.textContent;
  });
  expect(text).not.toContain("亿元");
});

// A phone's card has room for one amount: in English it is the one in CNY.
for (const size of SIZES.filter((s) => s.layout === "phone")) {
  test.describe(`${size.name}, in English`, () => {
    test.use(screen(size));

    test("the card's amount is in CNY, folded and open", async ({ page }) => {
      await openMap(page, "lang=en");
      const converted = page.locator(".imap-result-converted");
      const neighbours = [page.getByRole("button", { name: "中文" }), page.getByRole("button", { name: "Zoom in" })];
      for (const state of ["folded", "open"]) {
        if (state === "open") await press(size, page.getByRole("button", { name: "Filters & list" }));
        await expect(converted, state).toBeVisible();
        await expect(converted, state).toContainText("CNY 2.5 bn");
        const box = await converted.boundingBox();
        expect(onScreen(box, size), `${state}: the amount on screen`).toBe(true);
        for (const neighbour of neighbours) {
          expect(overlaps(box, await neighbour.boundingBox()), `${state}: the amount clear of a button`).toBe(false);
        }
        // The contract's hook keeps its text in 亿元, out of sight.
        const total = page.getByTestId("result-total");
        await expect(total).toHaveText("25 亿元");
        await expect(total, state).toBeHidden();
      }
    });
  });
}

test("with no amount disclosed the total says none, not 0 亿元", async ({ page }) => {
  await openMap(page, "industry=infrastructure");
  const total = page.getByTestId("result-total");
  // The contract's hook keeps the number, out of sight and of speech.
  await expect(total).toHaveText("0 亿元");
  await expect(total).toHaveClass(/imap-visually-hidden/);
  await expect(total).toHaveAttribute("aria-hidden", "true");
  await expect(page.locator(".imap-results .imap-result-number:not(.imap-visually-hidden)").last()).toHaveText("无");
  await page.locator("input[data-testid=filter-industry][data-industry-id=commerce_services]").check();
  await expect(total).not.toHaveClass(/imap-visually-hidden/);
  await expect(total).toHaveText("20 亿元");
  await expect(page.locator(".imap-results")).not.toContainText("无");
});

test.describe("the amount slider", () => {
  const thumb = (page, side) => page.getByTestId(`amount-${side}`);
  const at = async (locator) => Number(await locator.getAttribute("aria-valuenow"));

  test("a mouse drags either handle from rest, the drag held however far it goes", async ({ page }) => {
    await openMap(page);
    await page.locator(".imap-amount .imap-range").scrollIntoViewIfNeeded();
    const upper = await centre(thumb(page, "max"));
    await page.mouse.move(upper.x, upper.y);
    await page.mouse.down();
    // 144 px to the left in small moves, the last ones off the track.
    for (let i = 1; i <= 12; i++) await page.mouse.move(upper.x - 12 * i, upper.y + (i > 8 ? -40 : 0));
    await page.mouse.up();
    const track = await page.locator(".imap-amount .imap-range").boundingBox();
    const moved = 1000 - (144 / track.width) * 1000;
    await expect.poll(() => at(thumb(page, "max"))).toBeCloseTo(moved, -1);
    await expect.poll(() => param(page, "max")).not.toBeNull();
    // The lower handle, from rest, to the right.
    await page.locator(".imap-amount .imap-range").scrollIntoViewIfNeeded();
    const lower = await centre(thumb(page, "min"));
    await page.mouse.move(lower.x, lower.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(lower.x + 10 * i, lower.y);
    await page.mouse.up();
    await expect.poll(() => at(thumb(page, "min"))).toBeGreaterThan(0);
    await expect.poll(() => param(page, "min")).not.toBeNull();
  });

  test("keys follow the ARIA slider pattern", async ({ page }) => {
    await openMap(page);
    const min = thumb(page, "min");
    await expect(min).toHaveAttribute("role", "slider");
    await expect(min).toHaveAttribute("aria-valuetext", "不限");
    await min.focus();
    await min.press("ArrowRight");
    await expect.poll(() => at(min)).toBe(20);
    await expect(min).toHaveAttribute("aria-valuetext", /亿元$/);
    await min.press("PageUp");
    await expect.poll(() => at(min)).toBe(220);
    await min.press("ArrowLeft");
    await expect.poll(() => at(min)).toBe(200);
    await min.press("Home");
    await expect.poll(() => at(min)).toBe(0);
    await expect.poll(() => param(page, "min")).toBeNull();
    // End takes the lower handle up to the upper one, not past it.
    const max = thumb(page, "max");
    await max.focus();
    await max.press("PageDown");
    await expect.poll(() => at(max)).toBe(800);
    await min.focus();
    await min.press("End");
    await expect.poll(() => at(min)).toBe(800);
  });
});

test.describe("the amount slider on a touch screen", () => {
  test.use(screen(SIZES[0]));

  test("a finger drags a handle from rest", async ({ page }) => {
    await openMap(page);
    await press(SIZES[0], page.getByRole("button", { name: "筛选与列表" }));
    const max = page.getByTestId("amount-max");
    await max.scrollIntoViewIfNeeded();
    const from = await centre(max);
    await swipe(page, [from.x, from.y], [from.x - 120, from.y]);
    await expect.poll(async () => Number(await max.getAttribute("aria-valuenow"))).toBeLessThan(800);
    await expect.poll(() => param(page, "max")).not.toBeNull();
  });
});

test("Chinese names are ordered as a Chinese reader expects (the browser's zh-CN collation) in the list, the CSV and the printout", async ({ page }) => {
  await openMap(page, "tab=list");
  const names = projects.map((p) => p.name);
  const expected = await page.evaluate((names) => [...names].sort(new Intl.Collator("zh-CN").compare), names);
  // Not the code-point order (三菱 first), which it used to be.
  expect(expected).not.toEqual([...names].sort());
  const rowNames = () => page.locator("[data-testid=project-row] .imap-row-name").allInnerTexts();
  await expect.poll(rowNames).toEqual(expected);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  const csv = readFileSync(await download.path(), "utf8").split("\n").slice(1).filter(Boolean);
  expect(csv.map((line) => line.split(",")[1])).toEqual(expected);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-testid=print-list] tbody tr td:first-child")).toHaveText(expected);
  await page.emulateMedia({ media: "screen" });
  // Descending, the other way round.
  await page.locator(".imap-sort").first().click();
  await expect.poll(rowNames).toEqual([...expected].reverse());
});
