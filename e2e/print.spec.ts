import { writeFileSync } from "node:fs";
import { pageCharts } from "../lib/charts";
import { expect, homeRows, open, sectionNamed, tableNamed, test } from "./helpers";

/** Pages in a PDF that Chromium wrote: one page object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

test("printed in the dark theme: light colours, no controls, tables whole, outside links with their address", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, "/");
  await page.getByText("Dark", { exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const section = sectionNamed(page, "Capital committed");
  const exportButton = section.getByRole("button", { name: "Export Capital committed" });
  await expect(exportButton).toBeVisible();

  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const style = (selector: string, property: string, pseudo?: string) =>
    page.locator(selector).first().evaluate((element, [name, after]) => getComputedStyle(element, after ?? null).getPropertyValue(name!), [property, pseudo] as const);

  expect(await style("body", "background-color")).toBe("rgb(255, 255, 255)");
  expect(await style("body", "color")).toBe("rgb(20, 24, 31)");
  expect(await style("section", "background-color")).toBe("rgb(255, 255, 255)");
  // No control prints: the menus, Copy table, the search, the theme switch, the navigation.
  await expect(exportButton).toBeHidden();
  await expect(section.getByRole("button", { name: "Copy table: Capital committed" })).toBeHidden();
  await expect(section.getByRole("searchbox")).toBeHidden();
  await expect(page.getByRole("group", { name: "Colour theme" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  expect(await page.locator("button:not(th button)").evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).length)).toBe(0);
  // The column headings stay, without their sort arrows; the table is not cut off at its region's edge.
  const table = tableNamed(page, "Capital committed");
  await expect(table.getByRole("columnheader").getByRole("button", { name: "Amount", exact: true })).toBeVisible();
  await expect(table.getByText("↕").first()).toBeHidden();
  expect(await table.evaluate((element) => getComputedStyle(element.parentElement!).overflowX)).toBe("visible");
  expect(await table.evaluate((element) => element.scrollWidth <= element.parentElement!.clientWidth + 1)).toBe(true);
  expect(await style("thead", "display")).toBe("table-header-group");
  // A source link prints its address after it, once, in the Sources list (not again in every table row that cites it).
  const link = sectionNamed(page, "Sources").locator('a[href^="https://"]').first();
  const href = (await link.getAttribute("href"))!;
  expect(await link.evaluate((element) => getComputedStyle(element, "::after").content)).toBe(`" (${href})"`);
  expect(await table.locator('td a[href^="https://"]').first().evaluate((element) => getComputedStyle(element, "::after").content)).toBe("none");

  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const path = testInfo.outputPath("page.pdf");
  writeFileSync(path, pdf);
  const pages = pageCount(pdf);
  console.log(`printed / on ${pages} A4 pages (${path})`);
  expect(pages).toBeGreaterThan(3);
  // 14 pages at the time of writing; a table cut into one-letter columns or URLs repeated in every row took 30 to 50.
  expect(pages).toBeLessThanOrEqual(16);
});

// Charts draw as they are scrolled to; paper has no scrolling. Chromium's printing (page.pdf
// here, the print command in a browser) fires `beforeprint` and switches to print media, then
// lays the page out for print: every chart must be drawn by then.
for (const width of [1440, 390]) {
  test(`printed right after load, unscrolled, every chart is on the paper (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Counted as printing ends, before any other script of the page runs: what the paper shows.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { printSeen: seen });
      addEventListener("beforeprint", () => seen.push(`beforeprint ${document.querySelectorAll("figure[data-chart] svg.recharts-surface").length}`));
      addEventListener("afterprint", () => seen.push(`afterprint ${document.querySelectorAll("figure[data-chart] svg.recharts-surface").length}`));
    });
    await open(page, "/");
    // The page has finished loading, as when someone presses Print: nothing is scrolled.
    await page.waitForLoadState("networkidle");
    const charts = pageCharts(true).length;
    const drawn = await page.locator("figure[data-chart] svg.recharts-surface").count();
    expect(drawn).toBeLessThan(charts);
    await page.pdf({ format: "A4", printBackground: true });
    expect(await page.evaluate(() => (window as unknown as { printSeen: string[] }).printSeen)).toEqual([`beforeprint ${drawn}`, `afterprint ${charts}`]);
  });
}

test("in print media every chart draws, and fits an A4 page's width", async ({ page }) => {
  // A4 less the print margins, at 96 px to the inch: 186 mm.
  await page.setViewportSize({ width: 703, height: 1000 });
  await open(page, "/");
  const charts = pageCharts(true).length;
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("figure[data-chart] svg.recharts-surface")).toHaveCount(charts);
  const overflow = await page.locator("figure[data-chart]").evaluateAll((figures) =>
    figures.flatMap((figure) => {
      const svg = figure.querySelector("svg.recharts-surface")!.getBoundingClientRect();
      const box = figure.getBoundingClientRect();
      return svg.left >= box.left - 1 && svg.right <= box.right + 1 && svg.width > 0 ? [] : [figure.getAttribute("data-chart")];
    }),
  );
  expect(overflow).toEqual([]);
});

test("printed before anything was scrolled to: every table and list prints whole", async ({ page }) => {
  await page.goto("/");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  // Nothing scrolled: the tables and lists wait below, their code and rows fetched when the page was idle.
  await page.waitForLoadState("networkidle");
  await expect(page.locator("[data-table-island]:not([data-live])")).not.toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-table-island]:not([data-live])")).toHaveCount(0);
  await expect(page.locator("[data-list-island]")).toHaveCount(0);
  const terms = homeRows<{ text: string }>("data/deal-terms.json");
  await expect(tableNamed(page, "Deal terms").locator("tbody tr")).toHaveCount(terms.length);
  await expect(sectionNamed(page, "Sources").getByRole("listitem").first()).toBeVisible();
});
