// The share panel: the link to this exact view, its QR code, a copy button
// and the system's share sheet. The QR code is decoded from its pixels as a
// phone would read it (jsQR, in the page), for a long link with every
// parameter set, in both languages and at every size.
import { test, expect } from "./fixtures.mjs";
import { mapSettled, openMap, readQrCode } from "./helpers.mjs";
import { LANGS, SIZES, onScreen, press, screen } from "./sizes.mjs";

/** What the QR code on screen says, read from a screenshot of it. */
async function decodeQr(page) {
  return readQrCode(page, await page.getByTestId("share-qr").screenshot());
}

/** Every parameter a link can hold, as the app writes them back. */
const EVERY = "industry=electronic_info,new_materials,infrastructure&status=production,signed,groundbreaking&district=jianghai,pengjiang,xinhui&min=1&max=50&q=科技&project=sowos-smart-terminal&sort=name-desc&tab=list";

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(screen(size));
    for (const l of LANGS) {
      test(`the share panel's QR code reads as exactly the current link (${l.lang})`, async ({ page }) => {
        await openMap(page, [l.query, EVERY].filter(Boolean).join("&"));
        await expect(page.getByTestId("project-detail")).toBeVisible();
        // The detail covers the list on a phone; closed, it leaves the link.
        await press(size, page.locator(".imap-detail-close"));
        await expect(page.getByTestId("project-detail")).toHaveCount(0);
        const share = page.getByTestId("share");
        await share.scrollIntoViewIfNeeded();
        await expect(share).toHaveAttribute("aria-expanded", "false");
        await press(size, share);
        await expect(share).toHaveAttribute("aria-expanded", "true");
        const qr = page.getByTestId("share-qr");
        await qr.scrollIntoViewIfNeeded();
        await expect(qr).toBeVisible();
        expect(onScreen(await qr.boundingBox(), size), "the code is wholly on screen").toBe(true);
        const link = await page.getByTestId("share-link").inputValue();
        expect(link).toContain("industry=electronic_info,new_materials,infrastructure");
        expect(link).toContain("district=jianghai,pengjiang,xinhui");
        expect(link).toContain("q=%E7%A7%91%E6%8A%80");
        expect(link.length).toBeGreaterThan(200);
        expect(await decodeQr(page)).toBe(link);
        await expect(qr).toHaveAttribute("aria-label", l.lang === "zh" ? /二维码/ : /QR code/);
      });
    }
  });
}

test("the link and its code follow a change made with the panel open, and Esc closes it", async ({ page }) => {
  await openMap(page, "tab=list&lang=en");
  await page.getByTestId("share").click();
  const link = page.getByTestId("share-link");
  const before = await link.inputValue();
  expect(await decodeQr(page)).toBe(before);
  // The language switch changes the link while the panel stays open.
  await page.locator(".imap-lang").first().click();
  await expect(link).not.toHaveValue(before);
  const after = await link.inputValue();
  expect(after).not.toContain("lang=en");
  expect(await decodeQr(page)).toBe(after);
  await page.getByTestId("share-link").press("Escape");
  await expect(page.getByTestId("share-panel")).toHaveCount(0);
  await expect(page.getByTestId("share")).toHaveAttribute("aria-expanded", "false");
});

test("a drag redraws the code once it has settled, not every frame, and the code is then the new link", async ({ page }) => {
  await openMap(page, "tab=list");
  await page.getByTestId("share").click();
  const link = page.getByTestId("share-link");
  const before = await link.inputValue();
  // Count the code's redraws while the map is dragged.
  await page.getByTestId("share-qr").evaluate((qr) => {
    window.__redraws = 0;
    new MutationObserver(() => window.__redraws++).observe(qr, { subtree: true, attributes: true, childList: true });
  });
  const map = await page.locator(".imap-map").boundingBox();
  const [x, y] = [map.x + map.width / 2, map.y + map.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x - i * 8, y - i * 4);
  await page.mouse.up();
  // Once the map (and any glide) has stopped, the link follows, then its code.
  await mapSettled(page);
  await expect(link).not.toHaveValue(before);
  await expect.poll(async () => (await decodeQr(page)) === (await link.inputValue())).toBe(true);
  expect(await page.evaluate(() => window.__redraws)).toBeLessThanOrEqual(3);
});

test.describe("with clipboard access", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the panel's copy button copies the panel's link", async ({ page }) => {
    await openMap(page, "industry=infrastructure&tab=list");
    await page.getByTestId("share").click();
    await page.getByTestId("share-copy").click();
    await expect(page.getByTestId("share-copy")).toHaveText("链接已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("share-link").inputValue());
  });
});

test("where the browser has a share sheet, the panel offers it with the link", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.share = (data) => {
      window.__shared = data;
      return Promise.resolve();
    };
  });
  await openMap(page, "tab=list&lang=en");
  await page.getByTestId("share").click();
  await page.getByTestId("share-system").click();
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  expect(shared.url).toBe(await page.getByTestId("share-link").inputValue());
  expect(shared.title.length).toBeGreaterThan(0);
});

test("without a share sheet there is no button for it", async ({ page }) => {
  await openMap(page, "tab=list");
  await page.getByTestId("share").click();
  await expect(page.getByTestId("share-qr")).toBeVisible();
  expect(await page.evaluate(() => "share" in navigator)).toBe(false);
  await expect(page.getByTestId("share-system")).toHaveCount(0);
});
