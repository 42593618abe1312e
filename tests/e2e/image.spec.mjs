// "Download image": a PNG of the map as on screen, with title, date,
// legend and sources, drawn in the page from the map's own SVG.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { centre, openMap, readJson, readQrCode, serveSmallAs } from "./helpers.mjs";

/** The PNG's size from its header, and the RGBA at the given image points. */
async function decode(page, png, points) {
  return page.evaluate(
    async ([data, points]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      return { width: img.naturalWidth, height: img.naturalHeight, pixels: points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]) };
    },
    [png.toString("base64"), points],
  );
}

/** Keeps the drawing the PNG is made from, as the page serialises it. */
async function keepDrawing(page) {
  await page.addInitScript(() => {
    const serialise = XMLSerializer.prototype.serializeToString;
    XMLSerializer.prototype.serializeToString = function (node) {
      const markup = serialise.call(this, node);
      window.__drawn = markup;
      return markup;
    };
  });
}

test("the map as a PNG: its pins where the screen has them, under the title, with legend and sources", async ({ page }) => {
  await keepDrawing(page);
  await openMap(page, "tab=list");
  const production = readJson("public/data/projects.geojson").features.find((f) => f.properties.status === "production").properties.id;
  const svg = await page.locator(".imap-svg").boundingBox();
  const pin = await centre(page.locator(`.imap-pin[data-project-id="${production}"]`));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-image").click()]);
  expect(download.suggestedFilename()).toBe("projects.png");
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  // Twice the CSS size; the map under a band of at least 72 px: title, date,
  // and what it shows (one line: the count, no filter), beside the QR code.
  const drawn = await page.evaluate(() => window.__drawn);
  const band = Number(drawn.match(/<svg[^>]*class="imap-svg[^"]*"[^>]*\by="([\d.]+)"/)[1]);
  expect(band).toBeGreaterThanOrEqual(72);
  const at = (x, y) => [Math.round((x - svg.x) * 2), Math.round((y - svg.y + band) * 2)];
  const image = await decode(page, png, [at(pin.x, pin.y), [4, 4], at(svg.x + svg.width / 2, svg.y + 4)]);
  expect(image.width).toBe(Math.round(svg.width) * 2);
  expect(image.height).toBeGreaterThan((svg.height + band) * 2);
  const [onPin, corner] = image.pixels;
  expect(corner.slice(0, 3)).toEqual([255, 255, 255]);
  // The solid pin is drawn in its industry colour, not the zone's pale fill.
  expect(Math.max(...onPin.slice(0, 3)) - Math.min(...onPin.slice(0, 3))).toBeGreaterThan(60);
});

test("the image says what it shows (count and filters) and carries the scale bar", async ({ page }) => {
  await keepDrawing(page);
  await openMap(page, "industry=electronic_info&status=groundbreaking&tab=list");
  const scale = await page.getByTestId("scale-bar").innerText();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-image").click()]);
  expect(download.suggestedFilename()).toBe("projects_industry-electronic-info_status-groundbreaking.png");
  const drawn = await page.evaluate(() => window.__drawn);
  const count = await page.getByTestId("result-count").innerText();
  expect(drawn).toContain(`${count} 个项目 · 产业：新一代电子信息 · 状态：动工`);
  expect(drawn).toContain(`>${scale.trim()}</text>`);
  // Its words in the stylesheet's own text colours (its tokens, read from the page).
  const [ink, muted] = await page.evaluate(() =>
    ["--imap-ink", "--imap-muted"].map((token) => getComputedStyle(document.querySelector(".imap")).getPropertyValue(token).trim()),
  );
  expect(ink).toMatch(/^#[0-9a-f]{6}$/i);
  expect(drawn).toMatch(new RegExp(`<text[^>]*fill="${ink}"[^>]*>${count} 个项目`));
  expect(drawn).toMatch(new RegExp(`<text[^>]*fill="${muted}"[^>]*>数据更新于`));
});

test("text from data stays text in the image", async ({ page }) => {
  await openMap(page, "data=fixtures/broken/map.json&industry=electronic_info&tab=list");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-image").click()]);
  expect(download.suggestedFilename()).toBe("projects_industry-electronic-info.png");
  expect(readFileSync(await download.path()).subarray(1, 4).toString()).toBe("PNG");
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test("labels holding characters XML does not allow still give an image", async ({ page }) => {
  // Names on the map itself (district labels, pins' labels) too.
  const districts = readJson("tests/fixtures/small/districts.geojson");
  for (const f of districts.features) f.properties.name = `区\u0001${f.properties.name}`;
  const projects = readJson("tests/fixtures/small/projects.geojson");
  for (const f of projects.features) f.properties.name = `项\u0008${f.properties.name}`;
  await serveSmallAs(
    page,
    "xml-text",
    (manifest) => {
      manifest.title.zh = "小\u0001数据\u0008测试\uFFFE";
      manifest.industries[0].zh = "新\u000B一代";
      manifest.attribution = { zh: "来源\u0001" };
    },
    { "districts.geojson": districts, "projects.geojson": projects },
  );
  await openMap(page, "data=fixtures/xml-text/map.json&tab=list");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-image").click()]);
  expect(readFileSync(await download.path()).subarray(1, 4).toString()).toBe("PNG");
  await expect(page.getByTestId("image-failed")).toHaveCount(0);
});

test("when the browser cannot make the image, the visitor is told", async ({ page }) => {
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback) {
      callback(null);
    };
  });
  await openMap(page, "tab=list");
  await page.getByTestId("download-image").click();
  await expect(page.getByTestId("image-failed")).toBeVisible();
  await expect(page.getByTestId("image-failed")).toHaveText(/无法生成地图图片/);
});

test("the image carries the QR code of its view's link, which a phone reads", async ({ page }) => {
  await openMap(page, "industry=electronic_info,new_materials&status=production&lang=en&tab=list");
  await page.getByTestId("share").click();
  const link = await page.getByTestId("share-link").inputValue();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-image").click()]);
  const png = readFileSync(await download.path());
  const read = await readQrCode(page, png);
  expect(read).toBe(link);
});
