// Screenshots for docs/: the top of the dashboard and every chart, at 1440 px and 390 px,
// light and dark. Usage: node scripts/screenshots.mjs [base URL] [output folder]
// (a server must be running: `npm start` in another terminal).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "docs/screenshots";
const VIEWPORTS = [
  ["desktop", 1440, 900],
  ["phone", 390, 844],
];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

// The README's picture: the top of the page down to the headline chart.
{
  const page = await browser.newPage({ viewport: { width: 1440, height: 1840 }, colorScheme: "light" });
  await page.goto(base, { waitUntil: "networkidle" });
  await page.locator('figure[data-chart="capital-by-tranche"] svg.recharts-surface').waitFor({ state: "visible" });
  await page.screenshot({ path: path.join(path.dirname(out), "screenshot.png") });
  await page.close();
}
for (const [name, width, height] of VIEWPORTS) {
  for (const colorScheme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
    await page.goto(base, { waitUntil: "networkidle" });
    await page.screenshot({ path: path.join(out, `page-${name}-${colorScheme}.png`) });
    // Every chart the page has, by the slugs the chart registry gave its cards.
    const charts = await page.locator("figure[data-chart]").evaluateAll((figures) => figures.map((figure) => figure.getAttribute("data-chart")));
    for (const chart of charts) {
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('svg.recharts-surface, [data-testid="chart-absent"]').first().waitFor({ state: "visible" });
      await page.waitForTimeout(150);
      await figure.screenshot({ path: path.join(out, `${chart}-${name}-${colorScheme}.png`) });
    }
    console.log(`${name} ${colorScheme}: page and ${charts.length} charts`);
    await page.close();
  }
}
await browser.close();
