import { readFileSync } from "node:fs";
import { expect, test as base, type Download, type Locator, type Page } from "@playwright/test";
import Papa from "papaparse";
import AxeBuilder from "@axe-core/playwright";
import { CHARTS, pageCharts, type ChartModel } from "../lib/charts";
import { announcePoint } from "../lib/chart-points";
import { labPageData } from "../lib/lab-page-data";
import type { Scenario } from "../lib/headline";
import { dataFiles } from "../lib/schema";
import { validateDataset } from "../lib/validate-data";
import { readXlsx, type ReadWorkbook } from "../lib/test/read-xlsx";

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

/** The rows of a lab's data file that the home page shows: those of the lab whose path is "/". */
export function homeRows<T>(file: string): T[] {
  const home = readJson<{ id: string; path: string | null }[]>("data/labs.json").find((lab) => lab.path === "/")?.id;
  return readJson<(T & { lab: string })[]>(file).filter((row) => row.lab === home);
}

/** A lab's charts (the home page's unless one is named) as its page builds them, from the data files. */
export function pageChartModels(lab?: string): ChartModel[] {
  const raw = Object.fromEntries(Object.entries(dataFiles).map(([key, spec]) => [key, readJson(`data/${spec.file}`)]));
  return labPageData(validateDataset(raw), lab).charts;
}

/** What a chart says at each of its points, in the keyboard's order: from its model, not the page. */
export function pointAnnouncements(model: ChartModel, scenario: Scenario = { mode: "include" }): string[] {
  const definition = CHARTS.find((chart) => chart.slug === model.slug);
  if (!definition || model.plot === null) return [];
  const points = definition.points(model.plot, scenario);
  return points.map((_, index) => announcePoint(points, index));
}

/** The table with this caption (its accessible name). */
export function tableNamed(page: Page, name: string): Locator {
  return page.getByRole("table", { name, exact: true });
}

/**
 * Opens a page and waits until React has hydrated it (the app marks `<html data-hydrated>`),
 * so the first click or key reaches the app rather than the inert prerendered HTML.
 */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await wakeIslands(page);
}

/**
 * Brings every table and long list into view in turn, as a reader scrolling down would, until
 * each has gone live (a table takes its static copy's place; a list's placeholder goes), then
 * returns to where the page was (its `#anchor`, if the address has one). They draw only when
 * they near the viewport, so a test that reads them all needs them all scrolled past.
 */
export async function wakeIslands(page: Page): Promise<void> {
  const start = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const islands = page.locator("[data-table-island]:not([data-live]), [data-list-island]");
  while ((await islands.count()) > 0) {
    const island = await islands.first().elementHandle();
    // Gone already (a list drawn meanwhile): the next one is then first.
    if (!island) continue;
    await island.evaluate((element) => element.scrollIntoView({ block: "center", behavior: "instant" }));
    // A table marks its arrival; a list's placeholder leaves the page.
    await page.waitForFunction((element) => !element.isConnected || element.hasAttribute("data-live"), island);
    await island.dispose();
  }
  await page.evaluate((where) => {
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (target) target.scrollIntoView({ behavior: "instant" });
    else window.scrollTo({ left: where.x, top: where.y, behavior: "instant" });
    // The placeholders the islands replaced took the browser's Tab starting point with them;
    // with nothing focused, the next Tab starts from the top of the page again, as on arrival.
    if (!target && document.activeElement === document.body) {
      const start = document.createElement("span");
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus({ preventScroll: true });
      start.remove();
    }
  }, start);
}

/**
 * Brings an element into view and waits until the browser has rendered it. Cards off screen
 * skip rendering (`content-visibility: auto`) until a rendering update after they near the
 * viewport, and text that is not rendered has no innerText.
 */
export async function renderInView(locator: Locator): Promise<void> {
  await locator.evaluate(async (element) => {
    element.scrollIntoView({ block: "nearest" });
    while (!element.checkVisibility({ contentVisibilityAuto: true })) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

interface TableText {
  headers: string[];
  cells: string[][];
}

/** A table's header labels and body cells as a person reads them, once it has rendered. */
export async function readTable(table: Locator): Promise<TableText> {
  await renderInView(table);
  return table.evaluate((element) => {
    const text = (cell: Element) => (cell as HTMLElement).innerText;
    return {
      headers: Array.from(element.querySelectorAll("thead th"), (cell) => text(cell).replace(/[▲▼↕\d]/g, "").trim()),
      cells: Array.from(element.querySelectorAll("tbody tr"), (row) => Array.from(row.querySelectorAll("td"), (cell) => text(cell).trim())),
    };
  });
}

/** The text of every body cell, row by row, as a person reads the table. */
export async function tableCells(table: Locator): Promise<string[][]> {
  return (await readTable(table)).cells;
}

/** The header labels, in order. */
export async function tableHeaders(table: Locator): Promise<string[]> {
  return (await readTable(table)).headers;
}

/** The values of one column, by header label. */
export async function columnValues(table: Locator, label: string): Promise<string[]> {
  const { headers, cells } = await readTable(table);
  const index = headers.indexOf(label);
  expect(index, `column "${label}" in ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return cells.map((row) => row[index]);
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

/**
 * Saves an .xlsx download and reads it back (lib/test/read-xlsx.ts unzips it with fflate and
 * reads the sheet XML); every part must also parse in the browser's own XML parser, as strict
 * as Excel's about well-formed markup.
 */
export async function readXlsxDownload(page: Page, download: Download): Promise<ReadWorkbook & { fileName: string }> {
  const book = readXlsx(new Uint8Array(await readDownload(download)));
  const malformed = await page.evaluate(
    (parts) => Object.entries(parts).flatMap(([path, xml]) => (new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror") ? [path] : [])),
    book.parts,
  );
  expect(malformed, "parts that are not well-formed XML").toEqual([]);
  return { ...book, fileName: download.suggestedFilename() };
}

/** A chart card, by its title. */
export function chartCard(page: Page, title: string): Locator {
  return page.getByRole("figure", { name: title, exact: true });
}

/**
 * Charts load as they near the viewport: brings a chart card into view and waits until its
 * chart is drawn. The wait is for that state, bounded by the test's own time.
 */
export async function drawChart(card: Locator): Promise<Locator> {
  await renderInView(card);
  const surface = card.locator("svg.recharts-surface");
  await surface.waitFor({ state: "visible" });
  return surface;
}

/** Draws every chart on the page (the home page's charts, or another lab's), one after another, then returns to the top. */
export async function loadAllCharts(page: Page, { home = true }: { home?: boolean } = {}): Promise<void> {
  const count = pageCharts(home).length;
  const figures = page.locator("figure[data-chart]");
  await expect(figures).toHaveCount(count);
  for (const figure of await figures.all()) await drawChart(figure);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Draws a chart, switches its card to the table view and returns the table's cells, row by row. */
export async function chartTable(page: Page, title: string): Promise<string[][]> {
  const card = chartCard(page, title);
  await drawChart(card);
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

interface TabWalk {
  /** Every Tab stop on the page, in order, as `tag:label`. */
  stops: string[];
  /** The target's place among them, or -1. */
  index: number;
  /** Whether the key must go the other way: the target is the first (or last) stop. */
  reverse: boolean;
}

/**
 * Runs in the page: the sequential focus order, walked once, instead of one trip to the page
 * per key. A stop is an element the browser lets Tab reach: natively focusable or given a
 * tabindex of 0 or more, enabled, rendered, not inert, and for a radio group only its checked
 * radio (or its first one when none is). With `focusNeighbour`, focuses the stop just before
 * the target (after it, going backwards), so that one real key press lands on the target;
 * for the first stop (the last, going backwards), the one on its other side.
 */
function walkTabOrder(target: Element, { backwards, focusNeighbour }: { backwards: boolean; focusNeighbour: boolean }): TabWalk {
  const selector = "a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable='true']";
  const isStop = (element: Element): boolean => {
    const el = element as HTMLElement;
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest("[inert]")) return false;
    if (el instanceof HTMLInputElement && el.type === "hidden") return false;
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    if (el instanceof HTMLInputElement && el.type === "radio" && el.name) {
      const group = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)).filter((radio) => radio.form === el.form);
      const checked = group.find((radio) => radio.checked);
      return checked ? checked === el : group[0] === el;
    }
    return true;
  };
  const all = Array.from(document.querySelectorAll(selector)).filter(isStop) as HTMLElement[];
  // Positive tabindex first, in ascending order; then everything else in document order.
  const stops = [...all.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex), ...all.filter((el) => el.tabIndex === 0)];
  const index = stops.indexOf(target as HTMLElement);
  // The first stop has none before it (the last none after): come from the other side.
  const reverse = index >= 0 && stops[index + (backwards ? 1 : -1)] === undefined;
  if (focusNeighbour && index >= 0) stops[index + (backwards !== reverse ? 1 : -1)]?.focus();
  const label = (el: HTMLElement) => (el.getAttribute("aria-label") ?? el.closest("label")?.textContent ?? el.textContent ?? "").trim();
  return { stops: stops.map((el) => `${el.tagName.toLowerCase()}:${label(el)}`), index, reverse };
}

/** Every Tab stop on the page, in order, as `tag:label`. */
export async function tabStops(page: Page): Promise<string[]> {
  return (await page.locator("html").evaluate(walkTabOrder, { backwards: false, focusNeighbour: false })).stops;
}

/**
 * Tabs to `target` as a keyboard user would: one walk in the page checks that the target is
 * a Tab stop and focuses the stop before it, then a real Tab (Shift+Tab going backwards)
 * moves focus, so the last step is the browser's own and must land on the target.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false } = {}): Promise<void> {
  const { index, stops, reverse } = await target.evaluate(walkTabOrder, { backwards, focusNeighbour: true });
  expect(index, `${target} among the Tab stops: ${stops.join(" | ")}`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(backwards !== reverse ? "Shift+Tab" : "Tab");
  await expect(target).toBeFocused();
}

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** The rules whose outcome depends on colour: the only ones a change of theme can change. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Which of axe's rules a scan runs: `all` those of the tags above, `colour` only the ones a
 * theme can change. A theme changes colours and nothing else, so a page scanned whole in one
 * theme needs only its colours checked in the other.
 */
export type Rules = "all" | "colour";

/**
 * Axe's violations on the page, or only inside the `include` selectors, which is faster: a
 * state that changes one part of the page is scanned there, the rest having been scanned whole.
 */
export async function axeViolations(page: Page, rules: Rules, ...include: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode merges per-frame results in a
  // blank page it opens for every scan, which doubles each run; these pages have no frames.
  // Only violations are collected in full: axe would otherwise compute a selector for every
  // node that passes, which is most of a scan's time on a page of this size.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  if (rules === "colour") builder.withRules(COLOUR_RULES);
  else builder.withTags(TAGS);
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
