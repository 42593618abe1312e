// The tests' `page`: any Content-Security-Policy violation or uncaught page
// error fails the test, on every page the tests open (frames included).
import { test as base, expect } from "@playwright/test";

export { expect };

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`Refused to load: Content Security Policy ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    await use(page);
    expect(problems, "CSP violations and page errors").toEqual([]);
  },
});
