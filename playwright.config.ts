import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.mjs";

// E2E_PORT moves both servers, so two checkouts can run their suites side by side.
const REAL_PORT = Number(process.env.E2E_PORT) || 3100;
const FIXTURE_PORT = REAL_PORT + 1;
const STATIC_PORT = REAL_PORT + 2;
// `npm test` has type-checked the code already (`npm run typecheck`); the three builds below
// skip that step instead of repeating it.
const TYPECHECKED = { STAKES_SKIP_TYPECHECK: "1" };

/**
 * Three servers: production builds of the real data and of fixture data full of hostile
 * text, and the static export (out/) behind a plain static file server, which must pass
 * the same suite as the real-data server. Never reuse a running server: a stale one would
 * be tested instead.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  // Each test waits for the states it needs; this is only the ceiling. On two busy cores the
  // longest (every chart of a page drawn, read, downloaded and embedded) ran past 30 s.
  timeout: 60_000,
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
      name: "static-export",
      // The request guard is `npm start`'s; a static host answers raw requests for itself
      // (`serve` refuses malformed paths with 400 and the headers, but answers `*` with a
      // bare 400 and other methods as GET).
      testIgnore: [/\.fixture\.spec\.ts$/, /requests\.spec\.ts$/],
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${STATIC_PORT}`, acceptDownloads: true },
    },
    {
      name: "fixture-data",
      testMatch: /\.fixture\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${FIXTURE_PORT}`, acceptDownloads: true },
    },
  ],
  webServer: [
    {
      command: `npm run build && node scripts/serve.mjs --no-build -H 127.0.0.1 -p ${REAL_PORT}`,
      url: `http://127.0.0.1:${REAL_PORT}`,
      // Its own folder: the static export below always builds through .next.
      env: { STAKES_DIST_DIR: ".next-e2e", ...TYPECHECKED },
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      command: `npm run build && node scripts/serve.mjs --no-build -H 127.0.0.1 -p ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}`,
      env: { STAKES_DATA_DIR: "e2e/fixtures/hostile", STAKES_DIST_DIR: ".next-fixture", ...TYPECHECKED },
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      // Playwright starts these one after another, each once the one before answers, so
      // the three builds never compete for the machine's cores.
      env: TYPECHECKED,
      command: `npm run export && npx serve out --listen tcp://127.0.0.1:${STATIC_PORT} --no-clipboard --no-port-switching`,
      url: `http://127.0.0.1:${STATIC_PORT}`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
