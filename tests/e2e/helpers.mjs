import { expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.1 A and AA violations in the page, as readable lines.
 * Injected by evaluation, which the page's CSP does not apply to. */
export async function violations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`,
    );
  });
}

export function readJson(path) {
  return JSON.parse(readFileSync(root + path, "utf8"));
}

/** Records, at the moment `map:ready` is marked, what the DOM holds. */
export async function watchReadyMark(page) {
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    window.__marks = [];
    performance.mark = (name, options) => {
      window.__marks.push(name);
      if (name === "map:ready") {
        window.__atReady = {
          pins: document.querySelectorAll("[data-project-id]").length,
          districts: document.querySelectorAll("[data-district-id]").length,
          regions: document.querySelectorAll(".imap-region").length,
          state: document.querySelector("[data-testid=map-root]")?.getAttribute("data-state"),
        };
      }
      return mark(name, options);
    };
  });
}

/** Opens the app and waits until it has loaded: with a map, until every
 * module is there (`app:complete`); unless `complete` is false (the tests
 * of the later module hold it back), only until the first map is drawn
 * (`map:ready`). */
export async function openMap(page, query = "", { complete = true } = {}) {
  await page.goto(query ? `./?${query}` : "./");
  const root = page.getByTestId("map-root");
  if (!complete) {
    await page.waitForFunction(() => performance.getEntriesByName("map:ready").length > 0, null, { timeout: 15_000 });
    return root;
  }
  await expect(root).not.toHaveAttribute("data-state", "loading", { timeout: 15_000 });
  if ((await root.getAttribute("data-state")) === "ready") {
    await page.waitForFunction(() => performance.getEntriesByName("app:complete").length > 0);
  }
  return root;
}

/** Centre of an element in page coordinates. */
export async function centre(locator) {
  const b = await locator.boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

export function number(text) {
  return Number(text.replace(/[^0-9.]/g, ""));
}

/** Resolves once the next frame has been painted and the tasks queued by
 * then have run: by then the URL shows the last change. */
export function afterNextPaint(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Real touch input (Chromium's, through the DevTools protocol): `touch(type,
 * points)` sends touchStart / touchMove / touchEnd with fingers at [x, y]. */
export async function fingers(page) {
  const cdp = await page.context().newCDPSession(page);
  return (type, points) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
}

/** One finger from `from` to `to` ([x, y]) in `steps` moves. */
export async function swipe(page, from, to, steps = 8) {
  const touch = await fingers(page);
  await touch("touchStart", [from]);
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    await touch("touchMove", [[from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f]]);
  }
  await touch("touchEnd", []);
}

/** Records each text the app's loading status shows, in `window.__status`;
 * `window.__onTop` says whether every one was on screen, not covered. */
export async function recordStatus(page) {
  await page.addInitScript(() => {
    window.__status = [];
    new MutationObserver(() => {
      const s = document.querySelector("[data-testid=map-root] [role=status]");
      if (s && !window.__status.includes(s.textContent)) {
        window.__status.push(s.textContent);
        const r = s.getBoundingClientRect();
        window.__onTop = (window.__onTop ?? true) && s.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Serves the small fixture again under `fixtures/NAME/`, its manifest
 * changed by `change` (which edits it in place) and any file of `files`
 * (name → JSON value) in place of the fixture's own. */
export async function serveSmallAs(page, name, change = () => {}, files = {}) {
  const manifest = readJson("tests/fixtures/small/map.json");
  change(manifest);
  await page.route(`**/fixtures/${name}/map.json`, (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(manifest) }),
  );
  await page.route(new RegExp(`/fixtures/${name}/[^/]+\\.geojson$`), (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop();
    return file in files
      ? route.fulfill({ contentType: "application/geo+json", body: typeof files[file] === "string" ? files[file] : JSON.stringify(files[file]) })
      : route.fulfill({ path: root + "tests/fixtures/small/" + file });
  });
}

/** Resolves once the map has stopped moving: its transform the same over
 * three frames in a row (a glide changes it every frame). */
export function mapSettled(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const layer = document.querySelector(".imap-boundaries");
        let last = layer.getAttribute("transform");
        let still = 0;
        const frame = () =>
          requestAnimationFrame(() => {
            const now = layer.getAttribute("transform");
            still = now === last ? still + 1 : 0;
            last = now;
            if (still >= 3) done();
            else frame();
          });
        frame();
      }),
  );
}

const jsQRSource = readFileSync(createRequire(import.meta.url).resolve("jsqr/dist/jsQR.js"), "utf8");

/** What a QR code in the PNG `png` says, as a phone's reader finds it
 * (jsQR, run in the page); null when it finds none. */
export async function readQrCode(page, png) {
  await page.evaluate(jsQRSource);
  return page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    return window.jsQR(pixels.data, image.width, image.height)?.data ?? null;
  }, [...png]);
}
