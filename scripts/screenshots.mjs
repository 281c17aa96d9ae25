// Screenshots of the dashboard for docs/: desktop 1440 px and phone 390 px, light and dark.
// Usage: node scripts/screenshots.mjs [base URL] [output folder]   (a server must be running)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "docs/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 390, 844]]) {
  for (const colorScheme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
    await page.goto(base, { waitUntil: "networkidle" });
    const file = path.join(out, `${name}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
