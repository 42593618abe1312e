// Text from links and data that carries bidi controls or invisible
// characters (issue 20): no contact value becomes a link with a second
// recipient or a disguised address, and no text turns its neighbours around.
import { test, expect } from "./fixtures.mjs";
import { serveSmallAs } from "./helpers.mjs";

/** The x of the first occurrence of each of `chars` in `element`'s text. */
const charX = (locator, chars) =>
  locator.evaluate((element, chars) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const found = {};
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const ch of chars) {
        const at = node.data.indexOf(ch);
        if (at < 0 || ch in found) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ch.length);
        found[ch] = range.getBoundingClientRect().x;
      }
    }
    return found;
  }, chars);

test("a right-to-left override in a search does not turn the chip's quotes around", async ({ page }) => {
  await page.goto("./?q=%E2%80%AEabc&lang=en");
  await expect(page.getByTestId("map-root")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  const chip = page.getByTestId("active-filter").first();
  await expect(chip).toContainText("Search:");
  const x = await charX(chip, ["Search", "“", "”"]);
  expect(x["“"]).toBeGreaterThan(x.Search);
  expect(x["”"]).toBeGreaterThan(x["“"]);
});

test("contact values with a second recipient or hidden characters are text, shown as they would be used", async ({ page }) => {
  await serveSmallAs(page, "bidi", (manifest) => {
    manifest.contact = {
      name: { zh: "招商\u202E局" },
      email: "invest%40jianghai.gov.cn%2Cspy@evil.example",
      url: "https://ok.example/\u202Egnp.exe",
      phone: "0750\u200B3881234",
    };
  });
  await page.goto("./?data=fixtures/bidi/map.json&project=a");
  const contact = page.getByTestId("project-detail").getByTestId("contact");
  await expect(contact).toBeVisible({ timeout: 15_000 });
  await expect(contact.locator("a")).toHaveCount(0);
  await expect(contact).toContainText("https://ok.example/gnp.exe");
  await expect(contact).toContainText("invest%40jianghai.gov.cn%2Cspy@evil.example");
  await expect(contact).toContainText("07503881234");
});

test("a label holding a right-to-left override turns only itself around, not the words after it", async ({ page }) => {
  await serveSmallAs(page, "bidi-label", (manifest) => {
    manifest.industries[0].zh += "\u202E";
  });
  await page.goto("./?data=fixtures/bidi-label/map.json&tab=list");
  const row = page.locator("[data-testid=project-row][data-project-id=a] .imap-row-meta");
  await expect(row).toContainText("投产", { timeout: 15_000 });
  const x = await charX(row, ["投", "产"]);
  expect(x["投"]).toBeLessThan(x["产"]);
});
