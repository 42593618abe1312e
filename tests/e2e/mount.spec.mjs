// Mounted into a host page's element, the app keeps its state in the URL
// fragment (ui-contract.md, Embedding) and leaves the host's query alone.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { root, readJson } from "./helpers.mjs";

const projects = readJson("public/data/projects.geojson").features.map((f) => f.properties);

/** A host page: the built index.html with a mount element in its body. */
const index = readFileSync(root + "dist/index.html", "utf8");

async function serveHostPage(page) {
  const host = index.replace(
    "<body>",
    '<body><h1>Portal page</h1><div id="investment-map" style="height: 600px"></div>',
  );
  await page.route("**/investment-map/host.html*", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: host }),
  );
}

test("mounted, the state lives in the fragment and the host's query stays its own", async ({ page }) => {
  await serveHostPage(page);
  await page.goto("./host.html?page=3#industry=infrastructure");
  const mapRoot = page.locator("#investment-map [data-testid=map-root]");
  await expect(mapRoot).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  const infrastructure = projects.filter((p) => p.industry === "infrastructure").length;
  await expect(page.getByTestId("result-count")).toHaveText(String(infrastructure));

  await page.locator("input[data-testid=filter-industry][data-industry-id=new_materials]").check();
  const fragment = (name) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);
  await expect.poll(() => fragment("industry")?.split(",").sort()).toEqual(["infrastructure", "new_materials"]);
  expect(new URL(page.url()).search).toBe("?page=3");
  await expect.poll(() => fragment("view")).toMatch(/^113\.\d+,22\.\d+,\d/);
  expect(new URL(page.url()).search).toBe("?page=3");

  await page.reload();
  await expect(mapRoot).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  const both = projects.filter((p) => ["infrastructure", "new_materials"].includes(p.industry)).length;
  await expect(page.getByTestId("result-count")).toHaveText(String(both));
  // The host's title is its own too (the full page names itself after the data).
  expect(await page.title()).toBe(index.match(/<title>(.*)<\/title>/)[1]);
  expect(new URL(page.url()).search).toBe("?page=3");
});
