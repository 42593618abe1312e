// The map: loading, drawing, tooltip, details, navigation, language.
import { test, expect } from "./fixtures.mjs";
import { watchReadyMark, openMap, centre, readJson, number, fingers, serveSmallAs, mapSettled } from "./helpers.mjs";

const projects = readJson("public/data/projects.geojson").features;
const manifest = readJson("public/data/map.json");
const boundaries = readJson("public/data/districts.geojson").features;

test("loads and draws the zone, its neighbours and every project", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await watchReadyMark(page);
  const root = await openMap(page);
  await expect(root).toHaveAttribute("data-state", "ready");

  for (const b of boundaries) {
    const shape = page.locator(`[data-district-id="${b.properties.id}"]`);
    await expect(shape).toHaveCount(1);
    expect((await shape.getAttribute("d")).length).toBeGreaterThan(50);
  }
  await expect(page.locator("[data-district-id=jianghai]")).toHaveClass(/imap-district--focus/);
  await expect(page.locator("[data-district-id=xinhui]")).not.toHaveClass(/imap-district--focus/);

  const viewport = page.viewportSize();
  for (const p of projects) {
    const pin = page.locator(`[data-project-id="${p.properties.id}"]`);
    await expect(pin).toHaveCount(1);
    const c = await centre(pin);
    expect(c.x).toBeGreaterThan(0);
    expect(c.x).toBeLessThan(viewport.width);
    expect(c.y).toBeGreaterThan(0);
    expect(c.y).toBeLessThan(viewport.height);
  }
  // Pins sit inside the focus district's drawn shape.
  const zone = await page.locator("[data-district-id=jianghai]").boundingBox();
  for (const p of projects) {
    const c = await centre(page.locator(`[data-project-id="${p.properties.id}"]`));
    expect(c.x).toBeGreaterThan(zone.x);
    expect(c.x).toBeLessThan(zone.x + zone.width);
    expect(c.y).toBeGreaterThan(zone.y);
    expect(c.y).toBeLessThan(zone.y + zone.height);
  }

  // Pins coloured by their industry.
  const wangyi = projects.find((p) => p.properties.id === "wangyi-tech-port");
  const colour = manifest.industries.find((i) => i.id === wangyi.properties.industry).color;
  await expect(page.locator("[data-project-id=wangyi-tech-port] .imap-pin-dot")).toHaveAttribute("fill", colour);

  await expect(page.locator(".imap-title")).toHaveText(manifest.title.zh);
  await expect(page.locator(".imap-updated")).toContainText(manifest.updated);
  await expect(page.locator(".imap-attribution")).toHaveText(manifest.attribution.zh);
  await expect(page).toHaveTitle(manifest.title.zh);

  const atReady = await page.evaluate(() => window.__atReady);
  // The first map (the first module's) is drawn; the app that takes it
  // over is still arriving (ARCHITECTURE.md, "Two modules").
  expect(atReady).toEqual({ pins: projects.length, districts: boundaries.length, regions: 0, state: "loading" });
  expect(await page.evaluate(() => performance.getEntriesByName("map:ready").length)).toBe(1);
  await expect(page.getByTestId("data-problems")).toHaveCount(0);
  // The legend, folded beside a map this narrow, lists every industry once opened.
  await page.locator(".imap-legend-toggle").click();
  await expect(page.locator(".imap-legend-item .imap-swatch--pin")).toHaveCount(manifest.industries.length);
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("count and total match the data", async ({ page }) => {
  await openMap(page);
  const total = projects.reduce((s, p) => s + (p.properties.investment ?? 0), 0);
  await expect(page.getByTestId("result-count")).toHaveText(String(projects.length));
  expect(number(await page.getByTestId("result-total").innerText())).toBeCloseTo(total, 6);
  const undisclosed = projects.filter((p) => p.properties.investment == null).length;
  await expect(page.locator(".imap-undisclosed")).toContainText(String(undisclosed));
});

test("URL filters narrow the pins, count and total", async ({ page }) => {
  await openMap(page, "industry=electronic_info&status=groundbreaking");
  const expected = projects.filter(
    (p) => p.properties.industry === "electronic_info" && p.properties.status === "groundbreaking",
  );
  await expect(page.getByTestId("result-count")).toHaveText(String(expected.length));
  await expect(page.locator("[data-project-id]")).toHaveCount(expected.length);
  const total = expected.reduce((s, p) => s + (p.properties.investment ?? 0), 0);
  expect(number(await page.getByTestId("result-total").innerText())).toBeCloseTo(total, 6);
});

test("hover and keyboard focus show a tooltip", async ({ page }) => {
  await openMap(page);
  const pin = page.locator("[data-project-id=wangyi-tech-port]");
  await pin.hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("网驿·江门智造科技港");
  await expect(tip).toContainText("产业平台与商贸服务");
  await expect(tip).toContainText("动工");
  await expect(tip).toContainText("20 亿元");
  await expect(tip).toContainText("位置为示意");
  await page.mouse.move(5, 400);
  await expect(tip).toHaveCount(0);

  await page.locator("[data-project-id=mhi-air-conditioner]").focus();
  await expect(page.getByRole("tooltip")).toContainText("三菱重工空调器整体搬迁及升级扩建");
  await expect(page.getByRole("tooltip")).toContainText("未公开");
});

test("click opens the detail panel with every field; Esc and the close button close it", async ({ page }) => {
  await openMap(page);
  await page.locator("[data-project-id=sowos-smart-terminal]").click();
  const detail = page.getByTestId("project-detail");
  await expect(detail).toBeVisible();
  const p = projects.find((f) => f.properties.id === "sowos-smart-terminal").properties;
  for (const text of [p.name, p.name_en, "新一代电子信息", "动工", "5 亿元", p.company, "2021-03", "江海区（按坐标推断）", "示意位置", p.description]) {
    await expect(detail).toContainText(text);
  }
  await expect(page).toHaveURL(/project=sowos-smart-terminal/);
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/project=/);

  await page.locator("[data-project-id=denghuohui]").click();
  await expect(detail).toContainText("未公开");
  await detail.getByRole("button", { name: "关闭" }).click();
  await expect(detail).toHaveCount(0);

  await page.locator("[data-project-id=nanshan-road]").focus();
  await page.keyboard.press("Enter");
  await expect(detail).toContainText("南山路（新港路—一行路）");
});

test("project= in the URL opens its detail and centres its pin in the map left beside it", async ({ page }) => {
  await openMap(page, "project=chuxin-electronic-equipment");
  await expect(page.getByTestId("project-detail")).toContainText("矗鑫电子设备智能制造整体搬迁");
  const m = await page.locator(".imap-map").boundingBox();
  const detail = await page.getByTestId("project-detail").boundingBox();
  await expect.poll(async () => {
    const c = await centre(page.locator("[data-project-id=chuxin-electronic-equipment]"));
    // The uncovered map: from 40 px in from its left edge (imap-core layout/mod.rs) to the detail card.
    return Math.max(Math.abs(c.x - (m.x + 40 + detail.x) / 2), Math.abs(c.y - (m.y + m.height / 2)));
  }).toBeLessThan(2);
  await expect(page.locator("[data-project-id=chuxin-electronic-equipment]")).toHaveClass(/imap-pin--selected/);
});

test("an unknown project= id is ignored", async ({ page }) => {
  await openMap(page, "project=does-not-exist");
  await expect(page.getByTestId("project-detail")).toHaveCount(0);
  await expect(page.getByTestId("result-count")).toHaveText(String(projects.length));
  await expect(page).not.toHaveURL(/project=/);
});

async function pinAt(page, id) {
  return centre(page.locator(`[data-project-id="${id}"]`));
}

test("drag and arrow keys pan; the district moves with the pins", async ({ page }) => {
  await openMap(page);
  const before = await pinAt(page, "wangyi-tech-port");
  const zoneBefore = await page.locator("[data-district-id=jianghai]").boundingBox();
  await page.mouse.move(640, 700);
  await page.mouse.down();
  await page.mouse.move(600, 650, { steps: 5 });
  await page.mouse.move(540, 640, { steps: 5 });
  await page.mouse.up();
  const moved = async (from) => {
    const p = await pinAt(page, "wangyi-tech-port");
    return [Math.round(p.x - from.x), Math.round(p.y - from.y)];
  };
  await expect.poll(() => moved(before)).toEqual([-100, -60]);
  const after = await pinAt(page, "wangyi-tech-port");
  const zoneAfter = await page.locator("[data-district-id=jianghai]").boundingBox();
  expect(zoneAfter.x - zoneBefore.x).toBeCloseTo(-100, 0);
  expect(zoneAfter.y - zoneBefore.y).toBeCloseTo(-60, 0);
  await expect(page.getByTestId("project-detail")).toHaveCount(0);

  await page.locator(".imap-map").focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => moved(after)).toEqual([-80, 0]);
  const keyed = await pinAt(page, "wangyi-tech-port");
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => moved(keyed)).toEqual([0, -80]);
});

test("wheel zooms around the pointer; buttons, keys and reset zoom", async ({ page }) => {
  await openMap(page);
  const a0 = await pinAt(page, "wangyi-tech-port");
  const b0 = await pinAt(page, "nanshan-road");
  const spread = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);

  // The pin under the pointer stays under it.
  await page.mouse.move(a0.x, a0.y);
  await page.mouse.wheel(0, -200);
  await expect.poll(async () => spread(await pinAt(page, "wangyi-tech-port"), await pinAt(page, "nanshan-road"))).toBeGreaterThan(spread(a0, b0) * 1.5);
  const a1 = await pinAt(page, "wangyi-tech-port");
  expect(Math.abs(a1.x - a0.x)).toBeLessThan(1);
  expect(Math.abs(a1.y - a0.y)).toBeLessThan(1);

  // The spread of two pins against the home view's: 2 is one level in.
  const scale = async () => spread(await pinAt(page, "wangyi-tech-port"), await pinAt(page, "nanshan-road")) / spread(a0, b0);
  const homeOffset = async () => {
    const p = await pinAt(page, "wangyi-tech-port");
    return Math.round(Math.abs(p.x - a0.x) + Math.abs(p.y - a0.y));
  };
  await page.getByRole("button", { name: "复位视图" }).click();
  await expect.poll(homeOffset).toBeLessThanOrEqual(1);

  await page.getByRole("button", { name: "放大" }).click();
  await expect.poll(scale).toBeCloseTo(2, 1);
  await page.getByRole("button", { name: "缩小" }).click();
  await expect.poll(scale).toBeCloseTo(1, 2);

  await page.locator(".imap-map").focus();
  await page.keyboard.press("+");
  await expect.poll(scale).toBeCloseTo(2, 1);
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  await expect.poll(scale).toBeCloseTo(0.5, 1);
  await page.keyboard.press("0");
  await expect.poll(homeOffset).toBeLessThanOrEqual(1);
  await expect(page).toHaveURL(/view=113\.\d+,22\.\d+,\d+\.\d+/);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 800, height: 700 } });

  test("two fingers pinch to zoom", async ({ page }) => {
    await openMap(page);
    const spread = async () => {
      const a = await pinAt(page, "wangyi-tech-port");
      const b = await pinAt(page, "nanshan-road");
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await spread();
    const touch = await fingers(page);
    const apart = (d) => [[400 - d, 350], [400 + d, 350]];
    await touch("touchStart", apart(50));
    for (const d of [60, 70, 80, 90, 100]) await touch("touchMove", apart(d));
    await touch("touchEnd", []);
    await expect.poll(async () => (await spread()) / before).toBeGreaterThan(1.6);
  });
});

test("the map follows the window size", async ({ page }) => {
  await openMap(page);
  const before = await page.locator(".imap-map").boundingBox();
  await page.setViewportSize({ width: 1000, height: 600 });
  await expect.poll(async () => (await page.locator(".imap-map").boundingBox()).width).toBeLessThan(before.width);
  const map = await page.locator(".imap-map").boundingBox();
  expect(map.x + map.width).toBe(1000);
  expect(map.height).toBe(600);
  await expect(page.locator(".imap-svg")).toHaveAttribute("width", String(map.width));
  await expect(page.locator(".imap-svg")).toHaveAttribute("height", "600");
  await expect.poll(async () => (await pinAt(page, "wangyi-tech-port")).x).toBeGreaterThan(map.x);
  expect((await pinAt(page, "wangyi-tech-port")).x).toBeLessThan(1000);
});

test("English throughout, kept in the URL", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".imap-title")).toHaveText(manifest.title.en);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByTestId("map-root")).toHaveAttribute("lang", "en");
  await page.locator("[data-project-id=denghuohui]").click();
  await expect(page.getByTestId("project-detail")).toContainText("Not disclosed");
  await expect(page.getByTestId("project-detail")).toContainText("Denghuohui lighting trade platform");
  await page.reload();
  await expect(page.getByTestId("map-root").locator(".imap-title")).toHaveText(manifest.title.en);
  await expect(page.getByTestId("project-detail")).toContainText("Approximate");
  await expect(page.locator(".imap-result-converted")).toContainText("CNY 2.5 bn");
});

test("a pin's shape shows its status, and the legend explains the shapes", async ({ page }) => {
  await openMap(page);
  // 动工 (between the first and last status): a dot with a white core; 投产 (the last): solid.
  const building = page.locator(".imap-pin[data-project-id=sowos-smart-terminal]");
  const running = page.locator(`.imap-pin[data-project-id="${projects.find((p) => p.properties.status === "production").properties.id}"]`);
  await expect(building.locator(".imap-pin-core")).toHaveCount(1);
  await expect(running.locator(".imap-pin-core")).toHaveCount(0);
  await expect(running.locator(".imap-pin-dot--hollow")).toHaveCount(0);
  await page.getByRole("button", { name: "图例" }).click();
  const legend = page.locator(".imap-legend");
  await expect(legend.getByRole("list", { name: "状态" }).locator(".imap-legend-mark")).toHaveCount(3);
  await expect(legend).toContainText("签约");
  await expect(legend.locator(".imap-legend-mark .imap-pin-dot--hollow")).toHaveCount(1);
  await expect(legend.locator(".imap-legend-mark .imap-pin-core")).toHaveCount(1);
});

test("without a basemap the zoom stops while a district's outline still frames the view", async ({ page }) => {
  await openMap(page);
  const zoom = () => Number(new URL(page.url()).searchParams.get("view")?.split(",")[2]);
  const zoomIn = page.getByRole("button", { name: "放大" });
  // The map's scale, once it has stopped moving.
  const scale = async () => {
    await mapSettled(page);
    return page.locator(".imap-boundaries").getAttribute("transform");
  };
  let last = await scale();
  // Press until a press changes nothing.
  for (let presses = 0; presses < 12; presses++) {
    await zoomIn.click();
    const now = await scale();
    if (now === last) break;
    last = now;
  }
  // It did zoom in (the address follows once the view is still)…
  await expect.poll(zoom).toBeGreaterThan(13);
  // …and stops with a scale bar of 200 m or more, not 50 m over blank land.
  expect(Number(await page.getByTestId("scale-bar").getAttribute("data-metres"))).toBeGreaterThanOrEqual(200);
  // The zone's outline is still in the view, not a blank sheet around it.
  const map = await page.locator(".imap-map").boundingBox();
  const zone = await page.locator("[data-district-id=jianghai]").boundingBox();
  expect(zone.width).toBeLessThan(map.width * 3);
});

test("at the deepest zoom, pins that share a spot spread so each can be tapped", async ({ page }) => {
  const spot = [113.12, 22.55];
  const shared = readJson("tests/fixtures/small/projects.geojson");
  shared.features = shared.features.map((f) => ({ ...f, geometry: { type: "Point", coordinates: spot } }));
  await serveSmallAs(page, "shared-spot", () => {}, { "projects.geojson": shared });
  await openMap(page, `data=fixtures/shared-spot/map.json&view=${spot[0]},${spot[1]},18`);
  const ids = shared.features.map((f) => f.properties.id);
  for (const id of ids) {
    const pin = page.locator(`.imap-pin[data-project-id="${id}"]`);
    await expect
      .poll(() =>
        pin.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return m.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        }),
        { message: id },
      )
      .toBe(true);
  }
  // Tapping one opens that one.
  await page.locator(`.imap-pin[data-project-id="${ids[1]}"]`).click();
  await expect(page.getByTestId("project-detail")).toContainText(shared.features[1].properties.name);
});
