// The years filter: `years=` in the link, the histogram by year and status
// under the other filters, the brush's ends by keyboard and pointer, the
// two fields, the chip, and undated projects hidden (and counted) while set.
// The synthetic sets date their projects over 2015–2024 (the default data
// dates all of them in March 2021).
import { test, expect } from "./fixtures.mjs";
import { openMap, readJson, serveSmallAs } from "./helpers.mjs";
import { LANGS, SIZES, overlaps, press, screen } from "./sizes.mjs";

const SET = "generated/synthetic-200/map.json";
const projects = readJson("target/e2e-data/synthetic-200/projects.geojson").features.map((f) => f.properties);
const yearOf = (p) => (p.date ? Number(p.date.slice(0, 4)) : null);
const within = (from, to) => projects.filter((p) => yearOf(p) !== null && yearOf(p) >= from && yearOf(p) <= to).length;
const years = projects.map(yearOf).filter((y) => y !== null);
const [lo, hi] = [Math.min(...years), Math.max(...years)];
const count = (page) => page.getByTestId("result-count");

test("a link with years shows the projects dated in them, as a chip, and the brush there", async ({ page }) => {
  await openMap(page, `data=${SET}&years=2019-2021`);
  await expect(count(page)).toHaveText(String(within(2019, 2021)));
  await expect(page.getByTestId("active-filter")).toContainText("年份：2019–2021");
  await expect(page.getByTestId("years-from")).toHaveAttribute("aria-valuenow", "2019");
  await expect(page.getByTestId("years-to")).toHaveAttribute("aria-valuenow", "2021");
  // A screen reader hears each end's year with its bar's counts.
  await expect(page.getByTestId("years-from")).toHaveAttribute("aria-valuetext", new RegExp(`^2019：${within(2019, 2019)} 个项目（`));
  await expect(page.getByTestId("years-range")).toHaveText("2019–2021");
  // One year alone.
  await openMap(page, `data=${SET}&years=2017`);
  await expect(count(page)).toHaveText(String(within(2017, 2017)));
  await expect(page.getByTestId("active-filter")).toContainText("年份：2017");
});

test("the histogram has a bar per year and status, and follows the other filters", async ({ page }) => {
  await openMap(page, `data=${SET}&lang=en`);
  const statuses = readJson("target/e2e-data/synthetic-200/map.json").statuses.length;
  await expect(page.locator(".imap-years-chart rect")).toHaveCount((hi - lo + 1) * statuses);
  const total = () =>
    page.locator(".imap-years-chart rect").evaluateAll((rects) => rects.reduce((sum, r) => sum + Number(r.getAttribute("height")), 0));
  const before = await total();
  expect(before).toBeGreaterThan(0);
  // Each year says its counts (the bar's tooltip).
  const first = projects.filter((p) => yearOf(p) === lo).length;
  await expect(page.locator(".imap-years-chart g title").first()).toHaveText(new RegExp(`^${lo}: ${first} projects? \\(`));
  // A status filtered out leaves its part of every bar empty.
  const status = readJson("target/e2e-data/synthetic-200/map.json").statuses[0].id;
  await page.locator(`[data-testid=filter-status][data-status-id=${status}]`).uncheck();
  await expect.poll(async () => page.locator(".imap-years-bar--0").evaluateAll((rects) => rects.every((r) => Number(r.getAttribute("height")) === 0))).toBe(true);
});

test("the brush's ends move by keys, and the link follows", async ({ page }) => {
  await openMap(page, `data=${SET}`);
  const from = page.getByTestId("years-from");
  await from.focus();
  await page.keyboard.press("ArrowRight");
  await expect(from).toHaveAttribute("aria-valuenow", String(lo + 1));
  await expect(count(page)).toHaveText(String(within(lo + 1, hi)));
  await expect.poll(() => new URL(page.url()).searchParams.get("years")).toBe(`${lo + 1}-${hi}`);
  const to = page.getByTestId("years-to");
  await to.focus();
  await page.keyboard.press("PageDown");
  await expect(to).toHaveAttribute("aria-valuenow", String(hi - 5));
  // An end never passes the other.
  await page.keyboard.press("Home");
  await expect(to).toHaveAttribute("aria-valuenow", String(lo + 1));
  await expect(count(page)).toHaveText(String(within(lo + 1, lo + 1)));
  // Back to the whole span: no filter at all.
  await page.keyboard.press("End");
  await from.focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("years-range")).toHaveText("不限");
  await expect.poll(() => new URL(page.url()).searchParams.get("years")).toBe(null);
});

test("a drag on the brush's track moves the nearer end", async ({ page }) => {
  await openMap(page, `data=${SET}`);
  await page.locator(".imap-years .imap-range").scrollIntoViewIfNeeded();
  const track = await page.locator(".imap-years .imap-range").boundingBox();
  const x = (year) => track.x + ((year - lo + 0.5) / (hi - lo + 1)) * track.width;
  const y = track.y + track.height / 2;
  await page.mouse.move(x(hi), y);
  await page.mouse.down();
  await page.mouse.move(x(hi - 2), y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId("years-to")).toHaveAttribute("aria-valuenow", String(hi - 2));
  await expect(count(page)).toHaveText(String(within(lo, hi - 2)));
});

test("the year fields set the range, and the chip's × lifts it", async ({ page }) => {
  await openMap(page, `data=${SET}&lang=en`);
  await page.getByTestId("years-from-input").fill("2018");
  await page.getByTestId("years-from-input").press("Enter");
  await expect(count(page)).toHaveText(String(within(2018, hi)));
  await page.getByTestId("years-to-input").fill("2020");
  await page.getByTestId("years-to-input").press("Enter");
  await expect(count(page)).toHaveText(String(within(2018, 2020)));
  await expect(page.getByTestId("active-filter")).toContainText("Years: 2018–2020");
  await page.getByTestId("active-filter").getByRole("button").click();
  await expect(count(page)).toHaveText(String(projects.length));
  await expect(page.getByTestId("years-from-input")).toHaveValue("");
});

test("while years are set, undated projects are hidden and the panel says how many", async ({ page }) => {
  const small = readJson("tests/fixtures/small/projects.geojson");
  small.features[0].properties.date = "2020-05";
  small.features[1].properties.date = "2022";
  await serveSmallAs(page, "dated", () => {}, { "projects.geojson": small });
  await openMap(page, "data=fixtures/dated/map.json&lang=en");
  await expect(count(page)).toHaveText("3");
  await expect(page.getByTestId("undated-hidden")).toHaveCount(0);
  await page.getByTestId("years-to").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(count(page)).toHaveText("1");
  await expect(page.getByTestId("undated-hidden")).toHaveText("With years set, 1 undated project is hidden.");
});

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));
    for (const l of LANGS) {
      test(`the years filter fits the panel and its ends are reachable (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, `data=${SET}&years=2018-2022`].filter(Boolean).join("&"));
        if (size.layout !== "docked") await press(size, page.getByRole("button", { name: l.open }));
        const filter = page.getByTestId("years-filter");
        await filter.scrollIntoViewIfNeeded();
        await expect(filter).toBeVisible();
        const panel = await page.locator(".imap-filters").boundingBox();
        for (const part of [".imap-years-chart", "[data-testid=years-from]", "[data-testid=years-to]", "[data-testid=years-to-input]"]) {
          const box = await filter.locator(part).boundingBox();
          expect(box.x, part).toBeGreaterThanOrEqual(panel.x - 12);
          expect(box.x + box.width, part).toBeLessThanOrEqual(panel.x + panel.width + 12);
        }
        // The brush's track is the target (its handles move with it): 44 px
        // high on a touch screen, as the amount's.
        const track = await filter.locator(".imap-range").boundingBox();
        expect(track.height).toBeGreaterThanOrEqual(size.touch ? 44 : 24);
      });
    }
  });
}

test.describe("the play control", () => {
  /** The small set dated 2020, 2021 and 2022. */
  async function openDated(page) {
    const small = readJson("tests/fixtures/small/projects.geojson");
    ["2020-05", "2021", "2022-01-31"].forEach((date, i) => (small.features[i].properties.date = date));
    await serveSmallAs(page, "dated", () => {}, { "projects.geojson": small });
    await openMap(page, "data=fixtures/dated/map.json&lang=en");
  }

  test("steps through the years, the year large on the map, and stops at the last", async ({ page }) => {
    await openDated(page);
    const play = page.getByTestId("years-play");
    await play.click();
    await expect(play).toHaveAttribute("aria-pressed", "true");
    await expect(play).toHaveText("Stop");
    await expect(page.getByTestId("play-year")).toHaveText("2020");
    await expect(count(page)).toHaveText("1");
    // In the middle of the map no panel covers.
    const [year, sidebar] = [await page.getByTestId("play-year").boundingBox(), await page.locator(".imap-sidebar").boundingBox()];
    expect(overlaps(year, sidebar), "the year clear of the sidebar").toBe(false);
    await expect(page.getByTestId("play-year")).toHaveText("2021");
    await expect.poll(() => new URL(page.url()).searchParams.get("years")).toBe("2021");
    await expect(page.getByTestId("play-year")).toHaveText("2022");
    // At the end it stops, the last year still chosen.
    await expect(page.getByTestId("play-year")).toHaveCount(0, { timeout: 5000 });
    await expect(play).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByTestId("years-range")).toHaveText("2022");
  });

  test("a key or a press elsewhere stops it where it is; the button again stops it too", async ({ page }) => {
    await openDated(page);
    const play = page.getByTestId("years-play");
    await play.click();
    await expect(page.getByTestId("play-year")).toHaveText("2020");
    await page.keyboard.press("Shift");
    await expect(page.getByTestId("play-year")).toHaveCount(0);
    await expect(page.getByTestId("years-range")).toHaveText("2020");
    await play.click();
    await expect(page.getByTestId("play-year")).toHaveText("2020");
    await page.locator(".imap-map").click({ position: { x: 5, y: 300 } });
    await expect(page.getByTestId("play-year")).toHaveCount(0);
    await play.click();
    await expect(play).toHaveAttribute("aria-pressed", "true");
    await play.press("Enter");
    await expect(play).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByTestId("play-year")).toHaveCount(0);
  });
});
