import { readFileSync } from "node:fs";
import { expect, test as base, type Download, type Locator, type Page } from "@playwright/test";
import Papa from "papaparse";

/**
 * `test` that fails on any console error or warning and any uncaught page error, so every
 * spec also checks that the page runs cleanly.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, "console errors or warnings").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The table with this caption (its accessible name). */
export function tableNamed(page: Page, name: string): Locator {
  return page.getByRole("table", { name, exact: true });
}

/** Scrolls to an element and waits until it has rendered text (off-screen cards render late). */
async function renderInView(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await expect.poll(() => locator.evaluate((element) => (element as HTMLElement).innerText.trim().length)).toBeGreaterThan(0);
}

/**
 * The text of every body cell, row by row, as a person reads the table. Scrolled into view
 * first: cards off screen skip rendering (content-visibility), and unrendered text has no
 * innerText.
 */
export async function tableCells(table: Locator): Promise<string[][]> {
  await renderInView(table);
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll("td")).map((cell) => (cell as HTMLElement).innerText.trim())),
  );
}

/** The header labels, in order. */
export async function tableHeaders(table: Locator): Promise<string[]> {
  await renderInView(table);
  return table.locator("thead th").evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText.replace(/[▲▼↕\d]/g, "").trim()));
}

/** The values of one column, by header label. */
export async function columnValues(table: Locator, label: string): Promise<string[]> {
  const headers = await tableHeaders(table);
  const index = headers.indexOf(label);
  expect(index, `column "${label}" in ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return (await tableCells(table)).map((row) => row[index]);
}

export function sortButton(table: Locator, label: string): Locator {
  return table.getByRole("columnheader").getByRole("button", { name: label, exact: true });
}

export interface DownloadedCsv {
  fileName: string;
  raw: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Saves a download and parses it as a person's spreadsheet would. */
export async function readCsvDownload(download: Download): Promise<DownloadedCsv> {
  const path = await download.path();
  const raw = readFileSync(path, "utf8");
  return { fileName: download.suggestedFilename(), raw, ...parseCsv(raw) };
}

export function parseCsv(raw: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(raw.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Charts load as they near the viewport: scroll through the page, then wait for all of them. */
export async function loadAllCharts(page: Page, count = 5): Promise<void> {
  const figures = page.locator("figure[data-chart]");
  await expect(figures).toHaveCount(count);
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator("svg.recharts-surface")).toBeVisible({ timeout: 15_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A chart card, by its title. */
export function chartCard(page: Page, title: string): Locator {
  return page.getByRole("figure", { name: title, exact: true });
}

/** Switches a chart card to its table view and returns the table's cells, row by row. */
export async function chartTable(page: Page, title: string): Promise<string[][]> {
  const card = chartCard(page, title);
  await card.getByRole("button", { name: "Show as table" }).click();
  const table = card.getByRole("table", { name: title, exact: true });
  await expect(table).toBeVisible();
  return tableCells(table);
}

/** A table's section (its card), by the table's title: toolbar, menus and table together. */
export function sectionNamed(page: Page, title: string): Locator {
  return page.getByRole("region", { name: title, exact: true });
}

/** Opens a column's filter panel in a table's section. */
export async function openFilter(section: Locator, column: string): Promise<void> {
  const button = section.getByRole("button", { name: new RegExp(`^${column} filter`) });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/** Clicks an item of a table's Export menu and waits for the file it saves. */
export async function exportFile(page: Page, section: Locator, item: string): Promise<Download> {
  await section.getByRole("button", { name: /^Export / }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: item, exact: true }).click()]);
  return download;
}

export function readDownload(download: Download): Promise<Buffer> {
  return download.path().then((path) => readFileSync(path));
}

/** The text of the table's polite live region: what a screen reader hears after a change. */
export function liveRegion(section: Locator): Locator {
  return section.locator('[aria-live="polite"]');
}
