// The loader (embed.js) on hostile links and host pages (issue 20): it
// requests only what the app would, on the page's own origin; it mounts the
// map into any host element, now or once the element appears; and it never
// touches the host's body, query string, title or anchors.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { isRelativePath, sameOriginUrl } from "../../scripts/data-path.mjs";
import { root } from "./helpers.mjs";

const table = JSON.parse(readFileSync(root + "tests/fixtures/data-paths.json", "utf8")).paths;

test("the loader judges every data path of the shared table as the app does", () => {
  expect(table.length).toBeGreaterThan(30);
  for (const [path, allowed] of table) {
    expect(isRelativePath(path), JSON.stringify(path)).toBe(allowed);
  }
  expect(sameOriginUrl("../x/map.json", "https://a.example/map/index.html")?.href).toBe("https://a.example/x/map.json");
  expect(sameOriginUrl("x.json", "blob:https://a.example/1")).toBe(null);
});

/** Every request the page makes to another host. The loader decides on a
 * link's manifest before it asks for the wasm, so every hint it gives for
 * one comes before the app runs. */
function watchRequests(page) {
  const foreign = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.hostname !== "127.0.0.1") foreign.push(r.url());
  });
  page.on("requestfailed", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) foreign.push(r.url());
  });
  return foreign;
}

/** Holds the wasm until `ready` resolves and the page is idle after it: the
 * loader's hints for the files a manifest names come in the tasks after
 * the manifest arrives, and the app's start would end them. */
async function holdWasmUntil(page, ready) {
  await page.route(/\/investment-map-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await ready;
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve())));
    await route.continue();
  });
}

for (const link of ["%01//evil.example/map.json", "ht%09tp://evil.example/map.json", "%1F//evil.example/map.json", "%20//evil.example/map.json", "%5C%5Cevil.example/map.json"]) {
  test(`a link's data=${link} reaches no other site`, async ({ page }) => {
    const foreign = watchRequests(page);
    await page.goto(`./?data=${link}`);
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "error", { timeout: 15_000 });
    await expect(page.getByRole("alert")).toContainText("已拒绝加载");
    expect(foreign).toEqual([]);
  });
}

test("a manifest that names files elsewhere gets no hint for them", async ({ page }) => {
  const foreign = watchRequests(page);
  const manifest = JSON.parse(readFileSync(root + "tests/fixtures/small/map.json", "utf8"));
  const hostile = {
    ...manifest,
    boundaries: "http://tracker.evil.example/districts.geojson",
    projects: "//third.evil.example/projects.geojson",
    sites: "javascript:alert(1)",
  };
  let served;
  await holdWasmUntil(page, new Promise((resolve) => (served = resolve)));
  await page.route("**/fixtures/hostile-manifest/map.json", async (route) => {
    await route.fulfill({ contentType: "application/json", body: JSON.stringify(hostile) });
    served();
  });
  const hints = [];
  page.on("request", (r) => hints.push(r.url()));
  await page.goto("./?data=fixtures/hostile-manifest/map.json");
  await expect(page.getByRole("alert")).toContainText("已拒绝加载", { timeout: 15_000 });
  expect(foreign).toEqual([]);
  expect(hints.filter((u) => u.includes("javascript"))).toEqual([]);
});

const index = readFileSync(root + "dist/index.html", "utf8");
/** A portal page: the loader and the host's own markup, no app shell. */
const portal = (body, head = "", loader = "/investment-map/embed.js") =>
  `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>门户 Portal</title>${head}` +
  `<script type="module" src="${loader}"></script></head><body>${body}</body></html>`;

async function servePortal(page, html) {
  await page.route("**/investment-map/portal-page.html*", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
}

test("on a host page, the fragment's data= is read from the page's origin, not its <base>", async ({ page, baseURL }) => {
  const foreign = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) foreign.push(r.url());
  });
  await servePortal(
    page,
    portal(
      '<div id="investment-map" style="height:600px"></div>',
      '<base href="http://cdn.evil.example/">',
      new URL("embed.js", baseURL).href,
    ),
  );
  await page.goto("./portal-page.html#data=fixtures/small/map.json");
  await expect(page.locator("#investment-map [data-testid=map-root]")).toHaveAttribute("data-state", "ready", {
    timeout: 15_000,
  });
  await expect(page.getByTestId("result-count")).toHaveText("3");
  expect(foreign.filter((u) => u.includes("map.json") || u.includes("geojson"))).toEqual([]);
});

// embed.js picks the manifest by the app's rule, written once more in
// JavaScript (it runs before the wasm): on a host page, the fragment's
// data=, else the element's data-src, else the default. They agree when
// the app takes every download the loader started, asking for nothing twice.
for (const [hostElement, fragment, folder] of [
  ['<div id="investment-map" data-src="fixtures/small/map.json" style="height:600px"></div>', "", "/fixtures/small/"],
  ['<div id="investment-map" data-src="data/map.json" style="height:600px"></div>', "#data=fixtures/small/map.json", "/fixtures/small/"],
  ['<div id="investment-map" style="height:600px"></div>', "", "/data/"],
]) {
  test(`on a host page the loader downloads the manifest the app reads, once (${folder}${fragment ? ", by the link" : ""})`, async ({
    page,
  }) => {
    const seen = [];
    let allSeen;
    const loaderFetchedAll = new Promise((resolve) => (allSeen = resolve));
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (/\.(geo)?json$/.test(path)) seen.push(path);
      if (["map.json", "districts.geojson", "projects.geojson"].every((f) => seen.some((p) => p.endsWith(folder + f)))) allSeen();
    });
    // The wasm waits for the three downloads: only the loader can start them.
    await holdWasmUntil(page, loaderFetchedAll);
    await servePortal(page, portal(hostElement));
    await page.goto(`./portal-page.html${fragment}`);
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    for (const file of ["map.json", "districts.geojson", "projects.geojson"]) {
      expect(seen.filter((p) => p.endsWith(folder + file)), file).toHaveLength(1);
    }
    expect(seen.filter((p) => !p.includes(folder)), "no other data set").toEqual([]);
  });
}

for (const tag of ["ul", "li", "table", "a", "button", "canvas", "img", "iframe", "svg", "figure", "section"]) {
  test(`the map mounts into a host <${tag} id="investment-map">`, async ({ page }) => {
    const element =
      tag === "img" ? `<img id="investment-map" alt="">` : `<${tag} id="investment-map"></${tag}>`;
    await servePortal(page, portal(`<main style="height:640px">${element}</main>`));
    await page.goto("./portal-page.html");
    const map = page.getByTestId("map-root");
    await expect(map).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
    const box = await page.locator(".imap-map").boundingBox();
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(200);
    await page.locator("[data-project-id=wangyi-tech-port]").click();
    await expect(page.getByTestId("project-detail")).toContainText("网驿");
    expect(await page.title()).toBe("门户 Portal");
  });
}

test("an element added after the loader ran gets the map; the host's body, query, title and anchor stay its own", async ({
  page,
}) => {
  await servePortal(page, portal('<h1 id="top">门户</h1><nav><a href="#iframe">iframe</a></nav><div id="slot"></div>'));
  await page.goto("./portal-page.html?page=2&lang=fr#iframe");
  const bodyBefore = await page.evaluate(() => [...document.body.children].map((e) => e.tagName).join(","));
  // Nothing is mounted while there is no element for it.
  await expect(page.getByTestId("map-root")).toHaveCount(0);
  expect(bodyBefore).toBe("H1,NAV,DIV");
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.id = "investment-map";
    host.style.height = "600px";
    document.getElementById("slot").append(host);
  });
  await expect(page.locator("#investment-map [data-testid=map-root]")).toHaveAttribute("data-state", "ready", {
    timeout: 15_000,
  });
  await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").uncheck();
  await expect(page.getByTestId("result-count")).toHaveText("7");
  // The map writes its state just after the next paint; two frames later
  // it would have. It waits for the host's anchor to be gone.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const url = new URL(page.url());
  expect(url.search).toBe("?page=2&lang=fr");
  expect(url.hash).toBe("#iframe");
  expect(await page.title()).toBe("门户 Portal");
  expect(await page.evaluate(() => [...document.body.children].map((e) => e.tagName).join(","))).toBe(bodyBefore);
});

test.describe("with clipboard access", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("with the host's anchor in the address, a copied link still carries the map's state", async ({ page }) => {
    await servePortal(page, portal('<div id="investment-map" style="height:700px"></div>'));
    await page.goto("./portal-page.html?page=2#iframe");
    await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
    await page.locator("input[data-testid=filter-industry][data-industry-id=infrastructure]").uncheck();
    await expect(page.getByTestId("result-count")).toHaveText("7");
    await page.getByRole("tab", { name: "列表" }).click();
    await page.getByTestId("copy-link").click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname + copied.search).toBe("/investment-map/portal-page.html?page=2");
    expect(new URLSearchParams(copied.hash.slice(1)).get("industry")).not.toContain("infrastructure");
    expect(new URL(page.url()).hash).toBe("#iframe");
  });
});

test("a single-page portal mounts the map into an element of its choosing", async ({ page }) => {
  await servePortal(page, portal('<div id="app"></div>'));
  await page.goto("./portal-page.html");
  const mounted = await page.evaluate(async () => {
    const { mount } = await import("/investment-map/embed.js");
    const view = document.createElement("section");
    view.style.height = "600px";
    view.dataset.src = "fixtures/small/map.json";
    document.getElementById("app").append(view);
    return [mount(view), mount(view)];
  });
  expect(mounted).toEqual([true, false]);
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("result-count")).toHaveText("3");
});

test("the app's own page is unchanged: the map over the whole page, the state in the query", async ({ page }) => {
  // The release page is minified: attribute values lose their quotes.
  expect(index).toMatch(/\bid="?imap-shell\b/);
  await page.goto("./?industry=infrastructure");
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.getByTestId("map-root")).toHaveClass(/imap--fullpage/);
});
