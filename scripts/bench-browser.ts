// Interaction timings for `npm run bench`, in Chromium driven by Playwright: a header click
// on the Deal terms table to the sorted rows on screen and a search keystroke to the filtered
// rows on screen (both timed inside the page), its CSV export from the click to the file on
// disk (timed in Node, Playwright's overhead included), and the JS heap once it is loaded.
// (`performance` is the global one: an import would be renamed in the page function too.)
import { statSync } from "node:fs";
import type { Browser, Locator, Page } from "@playwright/test";

const TABLE = "Deal terms";
const SORT_COLUMN = "Date";
export const RUNS = 5;

export interface SortSample {
  ms: number;
  /** The direction the click sorted to. */
  direction: "ascending" | "descending";
}

export interface TableTimings {
  /** Rows in the table, and rows drawn into the page (fewer when it is virtualised). */
  total: number;
  rows: number;
  sort: SortSample[];
  searchMs: number[];
  exportMs: number[];
  /** JS heap in use once the live table is loaded, after a garbage collection. */
  heapMib: number;
}

interface SortClick {
  ms: number;
  rowChanged: boolean;
  sort: string;
}

/** The first locator that matches something, else an error naming what was looked for. */
async function firstPresent(what: string, candidates: Locator[]): Promise<Locator> {
  for (const candidate of candidates) if ((await candidate.count()) > 0) return candidate.first();
  throw new Error(`bench: found no ${what} on the page`);
}

function dealTermsTable(page: Page): Promise<Locator> {
  return firstPresent(`table named "${TABLE}"`, [
    page.getByRole("table", { name: TABLE, exact: true }),
    page.locator("table").filter({ has: page.locator("caption", { hasText: new RegExp(`^\\s*${TABLE}\\s*$`) }) }),
  ]);
}

function sortButton(table: Locator): Promise<Locator> {
  const headers = table.getByRole("columnheader");
  return firstPresent(`"${SORT_COLUMN}" sort button in the ${TABLE} table`, [
    headers.getByRole("button", { name: SORT_COLUMN, exact: true }),
    headers.getByRole("button", { name: new RegExp(`^${SORT_COLUMN}`) }),
  ]);
}

/**
 * Runs in the page: clicks the button and resolves at the second animation frame after the
 * first body row changes (the sorted rows are painted by then), or after the header's
 * `aria-sort` changed without moving the first row; null when nothing changed in time.
 */
function clickAndWaitForPaint(button: SVGElement | HTMLElement, timeoutMs: number): Promise<SortClick | null> {
  return new Promise((resolve, reject) => {
    const table = button.closest("table");
    const header = button.closest("th");
    const body = table?.tBodies[0];
    if (!table || !header || !body) {
      reject(new Error("the sort button is not in a table header"));
      return;
    }
    const firstRow = () => body.rows[0]?.textContent ?? "";
    const sortState = () => header.getAttribute("aria-sort") ?? "none";
    const rowBefore = firstRow();
    const sortBefore = sortState();
    let started = 0;
    let settled = false;
    const settle = (result: (() => void) | null) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      if (result) result();
      else resolve(null);
    };
    const painted = (rowChanged: boolean) => () =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms: performance.now() - started, rowChanged, sort: sortState() })));
    const observer = new MutationObserver(() => {
      if (firstRow() !== rowBefore) settle(painted(true));
      else if (sortState() !== sortBefore) settle(painted(false));
    });
    observer.observe(table, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-sort"] });
    const timer = setTimeout(() => settle(null), timeoutMs);
    started = performance.now();
    (button as HTMLElement).click();
  });
}

/** Until the page is hydrated a click does nothing: click until one sorts (not timed). */
async function waitUntilInteractive(button: Locator): Promise<void> {
  for (let attempt = 0; attempt < 12; attempt++) {
    if ((await button.evaluate(clickAndWaitForPaint, 10_000)) !== null) return;
  }
  throw new Error(`the ${SORT_COLUMN} sort button never responded: is the page hydrating?`);
}

/**
 * Header clicks cycle ascending -> descending -> unsorted. Only clicks that sort and move the
 * first row count, so the samples alternate direction wherever the data's own order allows.
 */
async function sortTimings(button: Locator): Promise<SortSample[]> {
  const samples: SortSample[] = [];
  for (let click = 0; samples.length < RUNS && click < RUNS * 4; click++) {
    const result = await button.evaluate(clickAndWaitForPaint, 60_000);
    if (result === null) throw new Error(`a click on ${SORT_COLUMN} changed nothing within 60 s`);
    if (result.rowChanged && (result.sort === "ascending" || result.sort === "descending")) {
      samples.push({ ms: result.ms, direction: result.sort });
    }
  }
  if (samples.length < RUNS) throw new Error(`only ${samples.length} of ${RUNS} clicks on ${SORT_COLUMN} reordered the rows`);
  return samples;
}

interface ExportControl {
  /** The menu button to open first, when the export is a menu. */
  open?: Locator;
  item: () => Promise<Locator>;
}

/** A single "Export Deal terms as CSV" button, or an "Export" menu with a "CSV of this view" item. */
async function exportControl(page: Page, table: Locator): Promise<ExportControl> {
  const button = page.getByRole("button", { name: `Export ${TABLE} as CSV`, exact: true });
  if ((await button.count()) > 0) return { item: async () => button.first() };
  const exportButton = page.getByRole("button", { name: /^Export/ });
  // The innermost element holding both the table and an Export button: this table's own.
  const container = page.locator("section, div").filter({ has: table }).filter({ has: exportButton }).last();
  const open = await firstPresent(`export control for the ${TABLE} table`, [container.getByRole("button", { name: /^Export/ })]);
  const name = /CSV of this view/;
  return {
    open,
    item: () => firstPresent(`"CSV of this view" item`, [page.getByRole("menuitem", { name }), page.getByRole("button", { name }), page.getByRole("link", { name })]),
  };
}

async function exportTimings(page: Page, table: Locator): Promise<number[]> {
  const control = await exportControl(page, table);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (control.open) await control.open.click();
    const item = await control.item();
    await item.waitFor({ state: "visible" });
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), item.click()]);
    const file = await download.path();
    samples.push(performance.now() - started);
    if (statSync(file).size === 0) throw new Error(`the export ${download.suggestedFilename()} is empty`);
  }
  return samples;
}

/**
 * Runs in the page: types `query` into the search box as one keystroke would arrive (the
 * input event React listens to) and resolves at the second animation frame after the row
 * count changes; null when it did not change in time.
 */
function typeAndWaitForPaint(input: HTMLInputElement, { query, countId, timeoutMs }: { query: string; countId: string; timeoutMs: number }): Promise<number | null> {
  return new Promise((resolve) => {
    const count = document.getElementById(countId);
    if (!count) throw new Error(`no row count #${countId}`);
    const before = count.textContent;
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (count.textContent === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
    });
    observer.observe(count, { subtree: true, childList: true, characterData: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const started = performance.now();
    setValue.call(input, query);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

/** A search keystroke to the filtered rows painted, from an empty box each time (clearing it is not timed). */
async function searchTimings(page: Page, table: Locator): Promise<number[]> {
  const input = page.getByRole("searchbox", { name: `Search ${TABLE}` });
  const caption = await table.locator("caption").getAttribute("id");
  const countId = caption?.replace(/-caption$/, "-row-count");
  if (!countId) throw new Error(`the ${TABLE} table has no caption id`);
  const samples: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    // A word that every generated row has, then a number that narrows it to a few rows (a lone
    // digit would not: every row's date has digits). Every row is searched either way.
    const query = `variant 4${run}1`;
    const ms = await input.evaluate(typeAndWaitForPaint, { query, countId, timeoutMs: 60_000 });
    if (ms === null) throw new Error(`searching "${query}" changed no row count within 60 s`);
    samples.push(ms);
    if ((await input.evaluate(typeAndWaitForPaint, { query: "", countId, timeoutMs: 60_000 })) === null) throw new Error("clearing the search changed no row count within 60 s");
  }
  return samples;
}

async function heapMib(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Sort, search and export timings on the Deal terms table of the page at `url`, and the heap. */
export async function tableTimings(browser: Browser, url: string): Promise<TableTimings> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // Until the network is idle the page may still be loading code and replacing markup.
    await page.goto(url, { waitUntil: "networkidle", timeout: 180_000 });
    // The table goes live as it nears the viewport; it marks its arrival (rows fetched, static copy replaced).
    await page.locator('[data-table-island="dealTerms"]').evaluate((element) => element.scrollIntoView({ block: "center", behavior: "instant" }));
    await page.locator('[data-table-island="dealTerms"][data-live]').waitFor({ state: "attached", timeout: 180_000 });
    const table = await dealTermsTable(page);
    const button = await sortButton(table);
    await button.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await waitUntilInteractive(button);
    const heap = await heapMib(page);
    const rows = await table.locator("tbody tr:not([aria-hidden])").count();
    const total = Number(await table.getAttribute("aria-rowcount")) - 1;
    const sort = await sortTimings(button);
    const searchMs = await searchTimings(page, table);
    const exportMs = await exportTimings(page, table);
    return { total, rows, sort, searchMs, exportMs, heapMib: heap };
  } finally {
    await context.close();
  }
}
