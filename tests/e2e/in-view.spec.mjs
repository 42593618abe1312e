// What you filter is what you see: after a filter change every match is on
// the map where no panel covers it, at every size and in both languages;
// the map only zooms out for it, and stays put when all is in sight; a tap
// on the map never filters; a link reopens the same matches and tab.
import { test, expect } from "./fixtures.mjs";
import { openMap, readJson, mapSettled } from "./helpers.mjs";
import { SIZES, LANGS, screen, press } from "./sizes.mjs";

const projects = readJson("public/data/projects.geojson").features.map((f) => f.properties);

/** The matching projects the map shows where nothing covers them (each
 * marker's centre hit-tests to the marker), against the result count. */
function sighting(page) {
  return page.evaluate(() => {
    const count = Number(document.querySelector("[data-testid=result-count]").textContent.replace(/\D/g, ""));
    let seen = 0;
    const covered = [];
    for (const m of document.querySelectorAll(".imap-markers [data-project-id], .imap-markers [data-cluster-count]")) {
      const r = m.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (hit && m.contains(hit)) seen += m.dataset.clusterCount ? Number(m.dataset.clusterCount) : 1;
      else covered.push(m.dataset.projectId || `badge of ${m.dataset.clusterCount}`);
    }
    return { count, seen, covered };
  });
}

async function expectAllInSight(page, what) {
  await expect
    .poll(async () => {
      const s = await sighting(page);
      return s.seen === s.count && s.covered.length === 0 ? "all in sight" : s;
    }, { message: `every match in sight after ${what}` })
    .toBe("all in sight");
}

/** The view the address records: [lon, lat, zoom]. */
async function viewParam(page) {
  const read = () => new URL(page.url()).searchParams.get("view")?.split(",").map(Number);
  await expect.poll(read).toBeTruthy();
  return read();
}

const status = (page, id) => page.locator(`input[data-testid=filter-status][data-status-id=${id}]`);
const industry = (page, id) => page.locator(`input[data-testid=filter-industry][data-industry-id=${id}]`);

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));

    for (const l of LANGS) {
      test(`each kind of filter brings its matches into sight, zooming out only (${l.lang})`, async ({ page }) => {
        await openMap(page, l.query);
        // Zoomed in on the zone's middle: most pins are off screen.
        for (let i = 0; i < 3; i++) await press(size, page.locator(".imap-zoom .imap-button").first());
        await expect.poll(async () => (await viewParam(page))[2]).toBeGreaterThan(13.5);
        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        const group = (id) => page.locator("fieldset", { has: industry(page, id) });

        // Industry: none, then one (two chips' worth of header with the amount below).
        await press(size, group("new_materials").getByRole("button", { name: l.lang === "zh" ? "全不选" : /none/i }));
        await industry(page, "electronic_info").check();
        const electronic = projects.filter((p) => p.industry === "electronic_info").length;
        await expect(page.getByTestId("result-count")).toHaveText(String(electronic));
        await expectAllInSight(page, "an industry");
        // Amount: ≥ 5 (one match, the chip row grows the header).
        const before = await viewParam(page);
        await press(size, page.getByRole("button", { name: "≥ 5", exact: true }));
        await expect(page.getByTestId("result-count")).toHaveText("1");
        await expectAllInSight(page, "an amount");
        expect((await viewParam(page))[2], "never zooms in").toBeLessThanOrEqual(before[2] + 1e-6);

        // Status, from all industries and amounts: what is running.
        await press(size, page.getByTestId("amount-preset").first());
        await press(size, group("new_materials").getByRole("button", { name: l.lang === "zh" ? "全选" : /^all$/i }));
        await status(page, "groundbreaking").uncheck();
        await expect(page.getByTestId("result-count")).toHaveText(
          String(projects.filter((p) => p.status !== "groundbreaking").length),
        );
        await expectAllInSight(page, "a status");
        await status(page, "groundbreaking").check();
        await expectAllInSight(page, "all statuses again");

        // A district, and a search.
        await page.getByTestId("filter-district").selectOption("jianghai");
        await expectAllInSight(page, "a district");
        await page.getByTestId("search").fill("江门");
        await expect(page.getByTestId("result-count")).not.toHaveText(String(projects.length));
        await expectAllInSight(page, "a search");
      });
    }

    test("a filter that keeps every match in sight does not move the map", async ({ page }) => {
      await openMap(page);
      if (size.layout !== "docked") await press(size, page.getByRole("button", { name: LANGS[0].open }));
      // In sight after one filter; the next one narrows within them.
      await status(page, "groundbreaking").uncheck();
      await expectAllInSight(page, "a first filter");
      await mapSettled(page);
      // Every change of the map's transform from now on.
      await page.evaluate(() => {
        window.__moves = 0;
        new MutationObserver((records) => {
          for (const r of records) if (r.oldValue !== r.target.getAttribute("transform")) window.__moves++;
        }).observe(document.querySelector(".imap-boundaries"), { attributes: true, attributeOldValue: true });
      });
      const marks = await page.evaluate(() => performance.getEntriesByName("map:filtered").length);
      await page.getByTestId("search").fill("全球");
      await expect(page.getByTestId("result-count")).toHaveText("1");
      await page.waitForFunction((n) => performance.getEntriesByName("map:filtered").length > n, marks);
      // A move would start in the frame after the one that shows the
      // change (`keep_wanted_in_view`): three frames on, none has.
      await page.evaluate(() => new Promise((done) => {
        const frame = (n) => (n ? requestAnimationFrame(() => setTimeout(() => frame(n - 1))) : done());
        frame(3);
      }));
      expect(await page.evaluate(() => window.__moves)).toBe(0);
      await expectAllInSight(page, "a status");
    });
  });
}

/** A point of the map (page px) whose topmost element matches `selector`,
 * or with `null` one of the bare map outside every district. */
function pointOn(page, selector) {
  return page.evaluate((selector) => {
    const map = document.querySelector(".imap-map").getBoundingClientRect();
    for (let y = map.top + 12; y < map.bottom - 12; y += 12)
      for (let x = map.left + 12; x < map.right - 12; x += 12) {
        const hit = document.elementFromPoint(x, y);
        const ok = selector ? hit?.matches(selector) : hit?.closest(".imap-map") && !hit.closest("[data-district-id], .imap-markers");
        if (ok) return { x, y };
      }
    return null;
  }, selector);
}

const PHONE = SIZES[0];

test.describe("taps on a phone", () => {
  test.use(screen(PHONE));

  test("a tap on a district shows its card; only its action filters", async ({ page }) => {
    await openMap(page);
    const card = page.getByTestId("district-card");
    const noDistrict = () => new URL(page.url()).searchParams.get("district");
    const zone = await pointOn(page, "[data-district-id=jianghai]");
    await page.touchscreen.tap(zone.x, zone.y);
    await expect(card).toContainText("江海区");
    await expect(card).toContainText(`${projects.length} 个项目 · 已公开投资`);
    expect(noDistrict()).toBeNull();
    await expect(page.getByTestId("result-count")).toHaveText(String(projects.length));

    // A tap anywhere with the card open only closes it.
    const neighbour = await pointOn(page, "[data-district-id=xinhui]");
    await page.touchscreen.tap(neighbour.x, neighbour.y);
    await expect(card).toHaveCount(0);
    expect(noDistrict()).toBeNull();
    // The neighbour: no project there, said so; nothing filtered.
    await page.touchscreen.tap(neighbour.x, neighbour.y);
    await expect(card).toContainText("新会区");
    await expect(card).toContainText("暂无符合条件的项目");
    await expect(page.getByTestId("result-count")).toHaveText(String(projects.length));
    await page.touchscreen.tap(neighbour.x, neighbour.y);
    await expect(card).toHaveCount(0);

    // Outside every district: nothing opens, nothing filters.
    const sea = await pointOn(page, null);
    await page.touchscreen.tap(sea.x, sea.y);
    await expect(card).toHaveCount(0);
    expect(noDistrict()).toBeNull();

    // The card's action is the one way to filter, and it says how to undo.
    await page.touchscreen.tap(zone.x, zone.y);
    await card.getByTestId("district-only").tap();
    await expect.poll(noDistrict).toBe("jianghai");
    await expect(card).toHaveCount(0);
    await expect(page.getByTestId("active-filter")).toContainText("江海区");
    await page.touchscreen.tap(zone.x, zone.y);
    await expect(card.getByTestId("district-only")).toHaveText("显示全部区域");
    await card.getByTestId("district-only").tap();
    await expect.poll(noDistrict).toBeNull();
  });

  test("a tap on the map with the legend open only closes the legend", async ({ page }) => {
    await openMap(page);
    const toggle = page.locator(".imap-legend-toggle");
    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const zone = await pointOn(page, "[data-district-id=jianghai]");
    await page.touchscreen.tap(zone.x, zone.y);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("district-card")).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get("district")).toBeNull();
  });
});

test("on the desktop, a click on the map with a detail open closes it and filters nothing", async ({ page }) => {
  await openMap(page, "project=wangyi-tech-port");
  await expect(page.getByTestId("project-detail")).toBeVisible();
  const zone = await pointOn(page, "[data-district-id=jianghai]");
  await page.mouse.click(zone.x, zone.y);
  await expect(page.getByTestId("project-detail")).toHaveCount(0);
  await expect(page.getByTestId("district-card")).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get("project")).toBeNull();
  expect(new URL(page.url()).searchParams.get("district")).toBeNull();
});

/** Opens `url` at `size` in a fresh page of `browser`; returns the page. */
async function openAt(browser, size, url) {
  const context = await browser.newContext({ ...screen(size), baseURL: undefined });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
  return page;
}

test.describe("a link copied on a phone", () => {
  test.use(screen(PHONE));

  test("reopens the same matches and the list at every size", async ({ page, browser }) => {
    await openMap(page, "lang=en&industry=electronic_info");
    await page.getByRole("button", { name: LANGS[1].open }).tap();
    await page.getByRole("tab", { name: LANGS[1].list }).tap();
    await expect(page.getByTestId("project-row").first()).toBeVisible();
    await expectAllInSight(page, "opening");
    await expect.poll(() => new URL(page.url()).searchParams.get("tab")).toBe("list");
    await mapSettled(page);
    const link = page.url();
    for (const size of SIZES) {
      const opened = await openAt(browser, size, link);
      await expect(opened.getByRole("tab", { name: "List" }), size.name).toHaveAttribute("aria-selected", "true");
      await expect(opened.getByTestId("project-row").first(), size.name).toBeVisible();
      await expectAllInSight(opened, `opening at ${size.name}`);
      await opened.context().close();
    }
  });
});

test("a link's view is the middle of the uncovered map at every size, the list open or not", async ({ page, browser }) => {
  // Ten loads of the app (17 s alone here): past the default 30 s beside
  // another worker.
  test.setTimeout(60_000);
  const sowos = readJson("public/data/projects.geojson").features.find((f) => f.properties.id === "sowos-smart-terminal");
  const [lon, lat] = sowos.geometry.coordinates;
  for (const tab of ["", "&tab=list"]) {
    await openMap(page, `lang=en&view=${lon},${lat},13${tab}`);
    const base = page.url().split("?")[0];
    for (const size of SIZES) {
      const opened = await openAt(browser, size, `${base}?lang=en&view=${lon},${lat},13${tab}`);
      // At zoom 13 a centre under a panel would hide the pin.
      await expect
        .poll(() =>
          opened.evaluate(() => {
            const m = document.querySelector(".imap-markers [data-project-id=sowos-smart-terminal]");
            const r = m?.getBoundingClientRect();
            return !!r && m.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
          }),
          { message: `in sight at ${size.name}${tab}` },
        )
        .toBe(true);
      // And the address keeps the same view: a link from here opens the same.
      // (The app writes `view=` in its own format, "13.00": wait for that.)
      await mapSettled(opened);
      await expect
        .poll(() => new URL(opened.url()).searchParams.get("view"))
        .not.toBe(`${lon},${lat},13`);
      const [lon2, lat2, zoom2] = await viewParam(opened);
      expect(Math.abs(lon2 - lon) + Math.abs(lat2 - lat), `${size.name}${tab}`).toBeLessThan(1e-4);
      expect(zoom2).toBe(13);
      await opened.context().close();
    }
  }
});
