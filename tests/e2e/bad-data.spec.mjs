// Bad input: skipped features, broken files, refused data paths, markup in data.
import { test, expect } from "./fixtures.mjs";
import { openMap, serveSmallAs } from "./helpers.mjs";
import { readFileSync, readdirSync } from "node:fs";

test("broken features are listed and every good one loads", async ({ page }) => {
  await openMap(page, "data=fixtures/broken/map.json");
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready");
  const pins = page.locator("[data-project-id]");
  await expect(pins).toHaveCount(3);
  for (const id of ["good-1", "good-2", "xss"]) await expect(page.locator(`[data-project-id="${id}"]`)).toHaveCount(1);
  await expect(page.getByTestId("result-count")).toHaveText("3");

  const notice = page.getByTestId("data-problems");
  await expect(notice).toContainText("6 个要素已跳过");
  await notice.locator(".imap-problems-toggle").click();
  const items = notice.locator("li");
  const expected = [
    ["第 2 个要素（索引 1）", "缺少必填属性 id"],
    // The value from the file is isolated for bidirectional text (U+2068 … U+2069).
    ["“bad-industry”", "未知产业 “\u2068tourism\u2069”"],
    ["“negative”", "investment 不能为负数"],
    ["“good-1”", "id 重复"],
    ["“out-of-range”", "坐标超出范围"],
    ["“line”", "几何类型 LineString 不符合要求"],
    ["“xss”", "链接 “javascript:window.__xss=5” 不是 http/https 地址，已删除"],
  ];
  await expect(items).toHaveCount(expected.length);
  for (const [i, [who, why]] of expected.entries()) {
    await expect(items.nth(i)).toContainText("projects.geojson");
    await expect(items.nth(i)).toContainText(who);
    await expect(items.nth(i)).toContainText(why);
  }
});

test("markup and scripts in data stay text", async ({ page }) => {
  await openMap(page, "data=fixtures/broken/map.json");
  const pin = page.locator('[data-project-id="xss"]');
  await pin.hover();
  await expect(page.getByRole("tooltip")).toContainText('<img src=x onerror="window.__xss=1">恶意名称');
  await pin.click();
  const detail = page.getByTestId("project-detail");
  await expect(detail).toContainText('<script>window.__xss=2</script>');
  await expect(detail).toContainText('<b onmouseover="window.__xss=3">公司</b>');
  await expect(detail).toContainText('<iframe src="javascript:window.__xss=4"></iframe>描述');
  await expect(detail.locator("a")).toHaveCount(0);
  await page.getByRole("button", { name: "English" }).click();
  await expect(detail).toContainText("<script>window.__xss=2</script>");
  const root = page.getByTestId("map-root");
  await expect(root.locator("img, script, iframe, b")).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test("a safe link opens in a new tab without opener or referrer", async ({ page }) => {
  await openMap(page, "data=fixtures/broken/map.json");
  await page.locator('[data-project-id="good-2"]').click();
  const link = page.getByTestId("project-detail").locator("a");
  await expect(link).toHaveAttribute("href", "https://example.org/project?a=1&b=2");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(page.getByTestId("project-detail")).toContainText("12.5 公顷");
});

test("a truncated projects file shows the error with line and column and keeps the boundaries", async ({ page }) => {
  await openMap(page, "data=fixtures/truncated/map.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("projects.geojson");
  await expect(alert).toContainText(/第 28 行第 \d+ 列/);
  await expect(page.locator("[data-district-id]")).toHaveCount(2);
  await expect(page.locator("[data-project-id]")).toHaveCount(0);
  await expect(page.getByTestId("result-count")).toHaveText("0");
  await page.getByRole("button", { name: "English" }).click();
  await expect(alert).toContainText(/projects\.geojson: invalid JSON at line 28, column \d+/);
});

test("a missing manifest is an error naming the file", async ({ page }) => {
  const root = await openMap(page, "data=fixtures/nowhere/map.json");
  await expect(root).toHaveAttribute("data-state", "error");
  await expect(page.getByRole("alert")).toContainText("fixtures/nowhere/map.json");
  await expect(page.getByRole("alert")).toContainText("HTTP 404");
});

for (const target of [
  "https://evil.example/map.json",
  "//evil.example/map.json",
  "javascript:alert(1)",
  "/investment-map/data/map.json",
]) {
  test(`data=${target} is refused without a request`, async ({ page }) => {
    const requests = [];
    page.on("request", (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    const root = await openMap(page, "data=" + encodeURIComponent(target));
    await expect(root).toHaveAttribute("data-state", "error");
    await expect(page.getByRole("alert")).toContainText("已拒绝加载");
    await expect(page.getByRole("alert")).toContainText(target);
    // The page and its own assets load (the later module, which says why,
    // among them); no data is fetched, from anywhere.
    const own = (r) => /\/investment-map-later-[0-9a-f]+\.wasm$/.test(new URL(r.url).pathname);
    expect(requests.filter((r) => (r.type === "fetch" || r.type === "xhr") && !own(r))).toEqual([]);
    expect(requests.filter((r) => new URL(r.url).host !== "127.0.0.1:4173")).toEqual([]);
    expect(requests.length).toBeGreaterThan(2);
  });
}

test("a file that is not UTF-8 is named with the position of the first bad byte", async ({ page }) => {
  await openMap(page, "data=fixtures/not-utf8/map.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("projects.geojson");
  await expect(alert).toContainText("第 2 行第 15 列");
  await expect(page.locator("[data-district-id]")).toHaveCount(2);
});

test("thousands of skipped features: the notice lists the first 200 and the full report downloads", async ({ page }) => {
  const bad = (i) => ({ type: "Feature", geometry: null, properties: { id: `bad-${i}` } });
  const good = {
    type: "Feature",
    geometry: { type: "Point", coordinates: [113.12, 22.55] },
    properties: { id: "good", name: "好项目", industry: "electronic_info", status: "production" },
  };
  const features = [good, ...Array.from({ length: 5000 }, (_, i) => bad(i))];
  await page.route("**/fixtures/small/projects.geojson", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ type: "FeatureCollection", features }) }),
  );
  await openMap(page, "data=fixtures/small/map.json");
  await expect(page.locator("[data-project-id=good]")).toHaveCount(1);
  const notice = page.getByTestId("data-problems");
  await expect(notice).toContainText("5000 个要素已跳过");
  await expect(notice.locator("li")).toHaveCount(0);
  await notice.locator(".imap-problems-toggle").click();
  await expect(notice.locator("li")).toHaveCount(200);
  await expect(notice).toContainText("另有 4800 条未在此列出。");
  const [download] = await Promise.all([page.waitForEvent("download"), notice.getByTestId("problems-report").click()]);
  expect(download.suggestedFilename()).toBe("problems.csv");
  const rows = readFileSync(await download.path(), "utf8").split("\n").filter(Boolean);
  expect(rows[0]).toBe("\ufeff文件,要素序号,编号,处理,原因");
  expect(rows).toHaveLength(5001);
  expect(rows.at(-1)).toBe("projects.geojson,5000,bad-4999,已跳过,缺少几何图形");
});

test("a manifest part the map cannot use is named in the notice, and the rest of the map draws", async ({ page }) => {
  const cases = [
    [{ basemap: { url: "https://tiles.example.cn/{z}/{x}/{y}.png", crs: "BD-09" } }, "basemap.crs"],
    [{ basemap: { url: "https://tiles.example.cn/{z}/{x}/{y}.png", max_zoom: -1 } }, "basemap.max_zoom"],
    [{ basemap: { url: "https://tiles.example.cn/{z}/{x}/{y}.png", max_zoom: 23 } }, "basemap.max_zoom"],
    [{ basemap: { url: "//tiles.example.cn/{z}/{x}/{y}.png" } }, "basemap.url"],
    [{ basemap: { url: "https://tiles.example.cn/tile.png" } }, "basemap.url"],
    [{ contact: "call us" }, "contact"],
    [{ contact: { phone: 7503881234 } }, "contact.phone"],
    [{ about: { zh: "关于" } }, "about.source"],
  ];
  for (const [i, [extra, field]] of cases.entries()) {
    await serveSmallAs(page, `parts-${i}`, (manifest) => Object.assign(manifest, extra));
    await page.goto(`./?data=fixtures/parts-${i}/map.json`);
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
    await expect(page.getByTestId("result-count")).toHaveText("3");
    const notice = page.getByTestId("data-problems");
    await notice.locator(".imap-problems-toggle").click();
    await expect(notice.locator("li")).toContainText([`字段 ${field}`]);
  }
});

// Three or more English words in a row: a sentence left untranslated
// (the same check as the native one in crates/mapdata/tests/validate.rs).
const hasEnglishSentence = (text) =>
  text.split(/[^A-Za-z ]/).some((run) => run.split(" ").filter((w) => w.length > 1).length >= 3);

test("every fixture's problems and errors read as whole Chinese, and as English in English", async ({ page }) => {
  expect(hasEnglishSentence("格式有误：EOF while parsing a list")).toBe(true);
  const fixtures = new URL("../fixtures/", import.meta.url);
  const manifests = readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(new URL(`${d.name}/`, fixtures)).filter((f) => /^map.*\.json$/.test(f)).map((f) => `${d.name}/${f}`));
  expect(manifests.length).toBeGreaterThanOrEqual(8);
  let told = 0;
  for (const manifest of manifests) {
    for (const lang of ["zh", "en"]) {
      await openMap(page, `data=fixtures/${manifest}&lang=${lang}`);
      // The layers loaded after the map report their problems too.
      await page.waitForLoadState("networkidle");
      const notice = page.getByTestId("data-problems");
      if (await notice.count()) await notice.locator(".imap-problems-toggle").click();
      const messages = await page.locator("[role=alert], [data-testid=data-problems] li").allInnerTexts();
      for (const message of messages) {
        told += 1;
        if (lang === "zh") expect(hasEnglishSentence(message), `${manifest}: ${message}`).toBe(false);
        else expect(hasEnglishSentence(message), `${manifest}: ${message}`).toBe(true);
      }
    }
  }
  expect(told).toBeGreaterThanOrEqual(10);
});
