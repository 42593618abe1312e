// Browser benchmark: median time from navigation start to performance mark
// `map:ready`, over fresh page loads of the release build.
//   node bench.mjs [runs=15] ["?query"]     (build first: trunk build --release)
import { withServedBrowser } from "./launch.mjs";

const runs = Number(process.argv[2] || 15);
const query = process.argv[3] || "";

const times = await withServedBrowser(4197, async (browser, base) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(base + query);
    await page.waitForFunction(() => performance.getEntriesByName("map:ready").length > 0, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName("map:ready")[0].startTime));
    await context.close();
  }
  return times;
});
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`map:ready after navigation start, ${runs} cold loads${query ? " of " + query : ""}:`);
console.log(`  median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`);
