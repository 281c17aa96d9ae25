import { existsSync } from "node:fs";

/**
 * The Chromium to drive: CHROME_PATH if set, else the system's (Debian's `chromium`), else
 * undefined so Playwright uses its own download (`npx playwright install chromium`).
 */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** Quiet flags: without them Chromium keeps trying to reach update and sync servers. */
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
