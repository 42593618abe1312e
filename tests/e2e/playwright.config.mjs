import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./launch.mjs";

const port = Number(process.env.PORT || 4173);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/investment-map/`,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 5_000,
    // The app's service worker (sw.js) would answer requests that tests
    // route or hold back; offline.spec.mjs allows it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  // The large-layer tests measure how long the page is held (long tasks):
  // they run last and one at a time, so other tests' work is not counted.
  projects: [
    { name: "app", testIgnore: /large-layers\.spec\.mjs/ },
    { name: "large layers", testMatch: /large-layers\.spec\.mjs/, dependencies: ["app"] },
  ],
  webServer: {
    command: "node serve.mjs",
    url: `http://127.0.0.1:${port}/investment-map/`,
    reuseExistingServer: false,
    env: { PORT: String(port) },
  },
});
