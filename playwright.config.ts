import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.mjs";

// E2E_PORT moves both servers, so two checkouts can run their suites side by side.
const REAL_PORT = Number(process.env.E2E_PORT) || 3100;
const FIXTURE_PORT = REAL_PORT + 1;

/**
 * Two production servers: the real data, and fixture data full of hostile text, each built
 * into its own folder. Never reuse a running server: a stale one would be tested instead.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "real-data",
      testIgnore: /\.fixture\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${REAL_PORT}`, acceptDownloads: true },
    },
    {
      name: "fixture-data",
      testMatch: /\.fixture\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${FIXTURE_PORT}`, acceptDownloads: true },
    },
  ],
  webServer: [
    {
      command: `npm run build && npx next start -H 127.0.0.1 -p ${REAL_PORT}`,
      url: `http://127.0.0.1:${REAL_PORT}`,
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      command: `npm run build && npx next start -H 127.0.0.1 -p ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}`,
      env: { STAKES_DATA_DIR: "e2e/fixtures/hostile", STAKES_DIST_DIR: ".next-fixture" },
      reuseExistingServer: false,
      timeout: 240_000,
    },
  ],
});
