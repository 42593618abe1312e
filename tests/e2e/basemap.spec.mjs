// The optional basemap: tiles this test draws itself (a grid, with each
// tile's address and a mark at a known place), in both datums; pins sit on
// the place the tiles show, and a tile that fails leaves the vector map.
import { test, expect } from "./fixtures.mjs";
import { centre, openMap } from "./helpers.mjs";

// Project "a" of the fixture, in WGS84.
const PLACE = [113.1, 22.52];

/** WGS84 → GCJ-02, the published formula, written here independently of the app's. */
function toGcj([lon, lat]) {
  const a = 6378245.0, ee = 0.00669342162296594323, PI = Math.PI;
  const x = lon - 105, y = lat - 35;
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
  dLat += ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3;
  dLat += ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y * PI) / 30)) * 2) / 3;
  let dLon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLon += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
  dLon += ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3;
  dLon += ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3;
  const rad = (lat / 180) * PI;
  const magic = 1 - ee * Math.sin(rad) ** 2;
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * Math.sqrt(magic))) * PI);
  dLon = (dLon * 180) / ((a / Math.sqrt(magic)) * Math.cos(rad) * PI);
  return [lon + dLon, lat + dLat];
}

/** Web Mercator pixel of a place at zoom z. */
function pixel([lon, lat], z) {
  const size = 256 * 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

/** Serves SVG tiles for the datum in the URL; `fails` decides which 404. */
async function serveTiles(page, fails = () => false) {
  await page.route("**/fixtures/basemap/tiles/**", (route) => {
    const [, datum, z, x, y] = route.request().url().match(/tiles\/(\w+)\/(\d+)\/(\d+)\/(\d+)\.svg$/).map((v, i) => (i > 1 ? Number(v) : v));
    if (fails(x, y)) return route.fulfill({ status: 404, body: "" });
    const place = datum === "gcj02" ? toGcj(PLACE) : PLACE;
    const [px, py] = pixel(place, z);
    const [mx, my] = [px - x * 256, py - y * 256];
    const mark = mx >= 0 && mx < 256 && my >= 0 && my < 256 ? `<circle cx="${mx}" cy="${my}" r="14" fill="none" stroke="#c00" stroke-width="3"/>` : "";
    route.fulfill({
      contentType: "image/svg+xml",
      body: `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#f4f1ea" stroke="#bbb"/><text x="8" y="20" font-size="12" fill="#666">${datum} ${z}/${x}/${y}</text>${mark}</svg>`,
    });
  });
}

for (const datum of ["gcj02", "wgs84"]) {
  test(`${datum} tiles: the pin sits on the place the tiles mark, within 2 px`, async ({ page }) => {
    await serveTiles(page);
    const z = 16;
    await openMap(page, `data=fixtures/basemap/map-${datum}.json&view=${PLACE[0]},${PLACE[1]},${z}`);
    const place = datum === "gcj02" ? toGcj(PLACE) : PLACE;
    const [px, py] = pixel(place, z);
    const [tx, ty] = [Math.floor(px / 256), Math.floor(py / 256)];
    const tile = page.locator(`img.imap-tile[src$="/${z}/${tx}/${ty}.svg"]`);
    await expect(tile).toHaveJSProperty("complete", true);
    const box = await tile.boundingBox();
    const onTiles = { x: box.x + ((px - tx * 256) * box.width) / 256, y: box.y + ((py - ty * 256) * box.height) / 256 };
    const pin = await centre(page.locator('.imap-pin[data-project-id="a"]'));
    expect(Math.hypot(pin.x - onTiles.x, pin.y - onTiles.y)).toBeLessThan(2);
    // GCJ-02 tiles are drawn some 600 m (over 200 px at zoom 16) from where
    // they would sit unshifted: the alignment is the shift's doing.
    if (datum === "gcj02") {
      const [ux] = pixel(PLACE, z);
      expect(Math.abs(px - ux)).toBeGreaterThan(200);
    }
    await expect(page.locator(".imap-attribution")).toContainText(`Test tiles (${datum === "gcj02" ? "GCJ-02" : "WGS84"})`);
    // Panning moves tiles and pins together.
    await page.locator(".imap-map").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await centre(page.locator('.imap-pin[data-project-id="a"]'))).x).not.toBeCloseTo(pin.x, 0);
    const moved = await tile.boundingBox();
    const pinNow = await centre(page.locator('.imap-pin[data-project-id="a"]'));
    expect(Math.abs(pinNow.x - (moved.x + ((px - tx * 256) * moved.width) / 256))).toBeLessThan(2);
  });
}

test("tiles that fail are hidden and the vector map stays whole", async ({ page }) => {
  await serveTiles(page, (x, y) => (x + y) % 2 === 0);
  await openMap(page, "data=fixtures/basemap/map-wgs84.json&view=113.12,22.54,13");
  const tiles = page.locator("img.imap-tile");
  await expect.poll(() => tiles.count()).toBeGreaterThan(3);
  await expect
    .poll(() =>
      tiles.evaluateAll((imgs) => imgs.filter((i) => i.complete && i.naturalWidth === 0 && !i.classList.contains("imap-tile--failed")).length),
    )
    .toBe(0);
  expect(await page.locator("img.imap-tile--failed").count()).toBeGreaterThan(0);
  const hidden = await page.locator("img.imap-tile--failed").first().evaluate((i) => getComputedStyle(i).visibility);
  expect(hidden).toBe("hidden");
  await expect(page.locator("[data-district-id]")).toHaveCount(2);
  await expect(page.getByTestId("result-count")).toHaveText("3");
});

test("without a basemap no tile is requested", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => r.resourceType() === "image" && requested.push(r.url()));
  await openMap(page);
  await expect(page.locator(".imap-pin").first()).toBeVisible();
  await expect(page.locator("img.imap-tile")).toHaveCount(0);
  expect(requested).toEqual([]);
});
