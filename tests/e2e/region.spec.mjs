// The zone's place in the region: neighbouring cities as land under the
// districts, named while zoomed out; a scale bar true to the latitude.
import { test, expect } from "./fixtures.mjs";
import { openMap, readJson, watchReadyMark } from "./helpers.mjs";

test("the region arrives after the map is drawn, as land under the districts, named zoomed out", async ({ page }) => {
  await watchReadyMark(page);
  await openMap(page, "view=113.3,22.6,8.3&lang=en");
  const regions = page.locator(".imap-region");
  await expect(regions).toHaveCount(14);
  // Fetched after map:ready, so it never delays the first drawing.
  const atReady = await page.evaluate(() => window.__atReady);
  expect(atReady.districts).toBeGreaterThan(0);
  expect(atReady.regions).toBe(0);
  // Drawn before (under) the districts, in a land colour unlike the sea.
  const order = await page.evaluate(() => {
    const region = document.querySelector(".imap-regions");
    const districts = document.querySelector(".imap-boundaries");
    return region.compareDocumentPosition(districts) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  const [land, sea] = await page.evaluate(() => [
    getComputedStyle(document.querySelector(".imap-region")).fill,
    getComputedStyle(document.querySelector("[data-testid=map-root]")).backgroundColor,
  ]);
  expect(land).not.toBe(sea);
  // The cities are named, each giving way only where it would cover the
  // zone's name; a place's name gives way to both.
  const cities = ["Jiangmen", "Guangzhou", "Foshan", "Zhongshan", "Zhuhai", "Shenzhen", "Hong Kong", "Macau"];
  await expect(page.locator(".imap-region-label", { hasText: "Guangzhou" })).toBeVisible();
  const boxes = (selector) =>
    page.locator(selector).evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).display !== "none" && e.getClientRects().length > 0).map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  const named = await boxes(".imap-region-label");
  expect(cities.filter((c) => named.some((n) => n.text === c)).length).toBeGreaterThanOrEqual(7);
  const zone = await boxes(".imap-district-label--focus");
  // The places arrive after the region, read in steps.
  await expect(page.locator(".imap-place-label").first()).toBeAttached();
  const places = await boxes(".imap-place-label");
  expect(places.length).toBeGreaterThan(0);
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const city of named) for (const z of zone) expect(overlaps(city, z), `${city.text} covers ${z.text}`).toBe(false);
  for (const place of places) {
    for (const other of [...zone, ...named]) expect(overlaps(place, other), `${place.text} covers ${other.text}`).toBe(false);
  }
  // Of Jiangmen's districts only the zone is named this far out.
  await expect(page.locator(".imap-district-label--focus")).toBeVisible();
  await expect(page.locator(".imap-district-label", { hasText: "Xinhui" })).toBeHidden();
  // Zoomed in on the zone, the districts are named and the cities step back.
  await page.goto("./?view=113.0,22.45,10.2&lang=en");
  await expect(page.locator(".imap-region").first()).toBeAttached();
  await expect(page.locator(".imap-district-label", { hasText: "Xinhui" })).toBeVisible();
  await expect(page.locator(".imap-region-label").first()).toBeHidden();
});

test("the scale bar's length matches the distance it names", async ({ page }) => {
  // Zoom 12 at 22.55° N: 156,543 m × cos(22.55°) / 2¹² ≈ 35.3 m a pixel.
  await openMap(page, "view=113.12,22.55,12");
  const bar = page.getByTestId("scale-bar");
  await expect(bar).toContainText("2 公里");
  const width = (await bar.locator(".imap-scale-line").boundingBox()).width;
  const metresPerPx = (156543.034 * Math.cos((22.55 * Math.PI) / 180)) / 4096;
  expect(Math.abs(width - 2000 / metresPerPx)).toBeLessThan(1);
  // It follows the zoom.
  await page.getByRole("button", { name: "放大" }).click();
  await expect(bar).toContainText("1 公里");
  await page.goto("./?view=113.12,22.55,12&lang=en");
  await expect(page.getByTestId("scale-bar")).toContainText("2 km");
});

test("a bad region is skipped and listed, markup stays text, the good ones draw", async ({ page }) => {
  await openMap(page, "data=fixtures/region/map.json&view=113.15,22.55,9");
  await expect(page.locator(".imap-region")).toHaveCount(1);
  const label = page.locator(".imap-region-label");
  await expect(label).toHaveText('<b onmouseover="window.__xss=1">北城</b>');
  await expect(page.getByTestId("map-root").locator("b, i")).toHaveCount(0);
  const notice = page.getByTestId("data-problems");
  await expect(notice).toContainText("2 个要素已跳过");
  await notice.locator(".imap-problems-toggle").click();
  await expect(notice.locator("li")).toHaveCount(2);
  await expect(notice.locator("li").nth(0)).toContainText("context.geojson");
  await expect(notice.locator("li").nth(0)).toContainText("缺少必填属性 source");
  await expect(notice.locator("li").nth(1)).toContainText("几何类型 LineString 不符合要求");
});

test("a context file that cannot be fetched is named, and the map stays whole", async ({ page }) => {
  await openMap(page, "data=fixtures/region/map-missing-context.json");
  await expect(page.getByRole("alert")).toContainText("missing.geojson");
  await expect(page.getByTestId("result-count")).toHaveText("3");
  await expect(page.locator(".imap-pin").first()).toBeVisible();
  await expect(page.locator("[data-district-id]")).toHaveCount(2);
});

test("places: symbols with names, a switch in the legend kept in the link, distances in a detail", async ({ page }) => {
  await openMap(page, "view=113.45,22.6,8.6&lang=en");
  const places = page.locator(".imap-place");
  await expect(places).toHaveCount(9);
  await expect(page.locator(".imap-place--airport .imap-place-label", { hasText: "Hong Kong International Airport" })).toBeVisible();
  // City centres are dots without a label: the region names the city.
  await expect(page.locator(".imap-place--city .imap-place-label")).toHaveCount(0);

  await page.getByRole("button", { name: "Legend" }).click();
  const toggle = page.getByTestId("places-switch").getByRole("checkbox");
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(places.first()).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get("places")).toBe("0");
  await page.reload();
  await expect(page.locator(".imap-place").first()).toBeAttached();
  await expect(page.locator(".imap-place").first()).toBeHidden();
});

test("a project's detail gives straight-line distances to the nearest airport and the city centres", async ({ page }) => {
  await openMap(page, "project=wangyi-tech-port&lang=en");
  const distances = page.getByTestId("distances");
  await expect(distances).toContainText("Straight-line distances");
  // Worked out here independently (haversine, mean Earth radius) from the
  // data files.
  const project = readJson("public/data/projects.geojson").features.find((f) => f.properties.id === "wangyi-tech-port");
  const places = readJson("public/data/places.geojson").features;
  const km = ([lon1, lat1], [lon2, lat2]) => {
    const r = (d) => (d * Math.PI) / 180;
    const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
  };
  const from = project.geometry.coordinates;
  const airports = places.filter((p) => p.properties.kind === "airport");
  airports.sort((a, b) => km(from, a.geometry.coordinates) - km(from, b.geometry.coordinates));
  const rows = distances.locator(".imap-field");
  const cities = places.filter((p) => p.properties.kind === "city");
  await expect(rows).toHaveCount(1 + cities.length);
  await expect(rows.first()).toContainText(airports[0].properties.name_en);
  await expect(rows.first()).toContainText(`about ${Math.round(km(from, airports[0].geometry.coordinates))} km`);
  for (const city of cities) {
    await expect(distances).toContainText(`${city.properties.name_en}about ${Math.round(km(from, city.geometry.coordinates))} km`);
  }
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByTestId("distances")).toContainText("直线距离");
  await expect(page.getByTestId("distances")).toContainText("约");
});

test("about the zone and whom to contact: on request in the header, and in every detail", async ({ page }) => {
  await openMap(page, "data=fixtures/region/map.json");
  const about = page.getByTestId("about");
  await expect(about).toBeHidden();
  await page.getByRole("button", { name: "关于本区" }).click();
  await expect(about).toBeVisible();
  await expect(about).toContainText("测试区简介。");
  await expect(about).toContainText("来源：测试来源 <b>不是标记</b>");
  const office = about.getByTestId("contact");
  await expect(office).toContainText("投资咨询");
  await expect(office).toContainText("测试区招商局");
  await expect(office.getByRole("link", { name: "+86 750 123 4567" })).toHaveAttribute("href", "tel:+867501234567");
  await expect(office.getByRole("link", { name: "invest@example.org" })).toHaveAttribute("href", "mailto:invest@example.org");
  // An unsafe web address stays text.
  await expect(office).toContainText("javascript:alert(1)");
  await expect(office.locator("a")).toHaveCount(2);
  await expect(page.getByTestId("map-root").locator("b")).toHaveCount(0);

  // A project with its own contact shows it; the others the zone's.
  await page.locator('.imap-pin[data-project-id="a"]').click();
  const own = page.getByTestId("project-detail").getByTestId("contact");
  await expect(own).toContainText("项目联系人");
  await expect(own.getByRole("link", { name: "https://example.org/contact" })).toHaveAttribute("rel", "noopener noreferrer");
  await page.keyboard.press("Escape");
  await page.locator('.imap-pin[data-project-id="b"]').click();
  await expect(page.getByTestId("project-detail").getByTestId("contact")).toContainText("测试区招商局");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("project-detail").getByTestId("contact")).toContainText("Investment enquiries");
  await expect(page.getByTestId("project-detail").getByTestId("contact")).toContainText("Test Zone Investment Office");
});

test("zoomed in, the locator shows where the view is in the region; a click goes back to the zone", async ({ page }) => {
  await openMap(page, "view=113.09,22.56,14");
  const locator = page.getByTestId("locator");
  await expect(locator).toBeVisible();
  await expect(locator.locator(".imap-locator-land")).toHaveCount(14);
  const inset = await locator.boundingBox();
  const box = locator.locator(".imap-locator-view");
  const before = await box.boundingBox();
  // The view's outline lies within the zone's, which lies within the inset.
  const zone = await locator.locator(".imap-locator-zone").boundingBox();
  expect(before.x).toBeGreaterThanOrEqual(zone.x - 4);
  expect(before.x + before.width).toBeLessThanOrEqual(zone.x + zone.width + 4);
  expect(zone.x).toBeGreaterThan(inset.x);
  // Panning east moves the outline east.
  await page.locator(".imap-map").focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await box.boundingBox()).x).toBeGreaterThan(before.x);
  // A click shows the whole zone: the outline grows around it.
  await locator.click();
  await expect.poll(async () => (await box.boundingBox()).width).toBeGreaterThan(before.width * 1.5);
  // Zoomed out far, the region itself shows and the inset steps back.
  await page.goto("./?view=113.3,22.6,8.5");
  await expect(page.locator(".imap-region").first()).toBeAttached();
  await expect(page.getByTestId("locator")).toBeHidden();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("no locator takes the map's room", async ({ page }) => {
    await openMap(page, "view=113.09,22.56,14");
    await expect(page.locator(".imap-region").first()).toBeAttached();
    await expect(page.getByTestId("locator")).toBeHidden();
  });
});
