// Mounted into a host page's element (ui-contract.md, Embedding): the state
// lives in the URL fragment, the host's query string and title stay its
// own, and the host hears of the map through events on the element.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { root, readJson } from "./helpers.mjs";

const projects = readJson("public/data/projects.geojson").features.map((f) => f.properties);
const count = (pred) => projects.filter(pred).length;
const index = readFileSync(root + "dist/index.html", "utf8");

/** A host page: the built index.html with a mount element in its body, and
 * a record of the events the element dispatches. */
async function serveHostPage(page, attributes = "") {
  const host = index.replace("<body>", `<body><h1>Portal page</h1><div id="investment-map" ${attributes}></div>`);
  await page.route("**/investment-map/host.html*", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: host }),
  );
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ["ready", "select", "filter"]) {
      document.addEventListener(`investment-map:${name}`, (e) =>
        window.__events.push({ name, target: e.target.id, detail: e.detail }),
      );
    }
  });
}

const events = (page, name) => page.evaluate((name) => window.__events.filter((e) => e.name === name), name);

test("mounted, the state lives in the fragment and the host's query stays its own", async ({ page }) => {
  await serveHostPage(page);
  await page.goto("./host.html?page=3&lang=fr#industry=infrastructure");
  const mapRoot = page.locator("#investment-map [data-testid=map-root]");
  await expect(mapRoot).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("result-count")).toHaveText(String(count((p) => p.industry === "infrastructure")));
  await expect.poll(() => events(page, "ready")).toEqual([{ name: "ready", target: "investment-map", detail: null }]);

  await page.locator("input[data-testid=filter-industry][data-industry-id=electronic_info]").check();
  const fragment = (name) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);
  await expect.poll(() => fragment("industry")?.split(",").sort()).toEqual(["electronic_info", "infrastructure"]);
  expect(new URL(page.url()).search).toBe("?page=3&lang=fr");
  await expect.poll(() => fragment("view")).toMatch(/^113\.\d+,22\.\d+,\d/);
  expect(new URL(page.url()).search).toBe("?page=3&lang=fr");
  const both = count((p) => ["infrastructure", "electronic_info"].includes(p.industry));
  await expect.poll(async () => (await events(page, "filter")).at(-1)?.detail.count).toBe(both);
  const filtered = await events(page, "filter");
  expect(filtered.at(-1).target).toBe("investment-map");
  expect(filtered.at(-1).detail.count).toBe(both);
  expect(new URLSearchParams(filtered.at(-1).detail.query).get("industry").split(",").sort()).toEqual([
    "electronic_info",
    "infrastructure",
  ]);

  const first = projects.find((p) => p.industry === "infrastructure").id;
  await page.locator(`#investment-map [data-project-id="${first}"]`).click();
  await expect.poll(async () => (await events(page, "select")).at(-1)?.detail).toEqual({ id: first });
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await events(page, "select")).at(-1)?.detail).toBe(null);

  await page.reload();
  await expect(mapRoot).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("result-count")).toHaveText(String(both));
  // The host's title is its own too (the full page names itself after the data).
  expect(await page.title()).toBe(index.match(/<title>(.*)<\/title>/)[1]);
  expect(new URL(page.url()).search).toBe("?page=3&lang=fr");
});

test("data-src names the manifest (relative to the host page) and data-lang the first language", async ({ page }) => {
  await serveHostPage(page, 'data-src="fixtures/small/map.json" data-lang="en"');
  await page.goto("./host.html");
  await expect(page.locator("#investment-map [data-testid=map-root]")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("map-root").locator(".imap-title")).toHaveText("小数据测试 (en)");
  await expect(page.getByTestId("result-count")).toHaveText("3");
  await expect(page.getByTestId("map-root")).toHaveAttribute("lang", "en");
  // English is this host's default: only a change of language goes into the fragment.
  await page.getByRole("button", { name: "中文" }).click();
  await expect.poll(() => new URL(page.url()).hash).toContain("lang=zh");
  await page.reload();
  await expect(page.getByTestId("map-root").locator(".imap-title")).toHaveText("小数据测试");
});

test("data= in the fragment stays limited to same-origin relative paths", async ({ page }) => {
  await serveHostPage(page, 'data-src="fixtures/small/map.json"');
  await page.goto("./host.html#data=https://example.org/map.json");
  await expect(page.locator("#investment-map [role=alert]")).toContainText("https://example.org/map.json");
});
