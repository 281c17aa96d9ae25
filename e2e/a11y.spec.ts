import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, loadAllCharts, open, openFilter, sectionNamed, test } from "./helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Axe's violations on the page, or only inside `include` (a CSS selector), which is faster. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode merges per-frame results in a
  // blank page it opens for every scan, which doubles each run; these pages have no frames.
  const builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("axe finds no violations with every chart drawn, in the light and the dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await open(page, "/");
  await loadAllCharts(page);
  expect(await axeViolations(page), "light").toEqual([]);
  // The same page in the other theme: the colours change, the content does not.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(13, 17, 23)");
  expect(await axeViolations(page), "dark").toEqual([]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations with filters applied and menus open (${colorScheme})`, async ({ page }) => {
    test.setTimeout(90_000); // six axe runs
    await page.emulateMedia({ colorScheme });
    await open(page, "/?capital.amount=10-&terms.party=amazon&channels.since=2025-01-01..");
    const terms = sectionNamed(page, "Deal terms");
    await openFilter(terms, "Category");
    expect(await axeViolations(page)).toEqual([]);
    await openFilter(sectionNamed(page, "Capital committed"), "Amount");
    expect(await axeViolations(page, "#commitments")).toEqual([]);
    await openFilter(sectionNamed(page, "Distribution channels"), "Since");
    expect(await axeViolations(page, "#channels")).toEqual([]);
    await terms.getByRole("button", { name: "Export Deal terms" }).click();
    expect(await axeViolations(page, "#deal-terms")).toEqual([]);
    await terms.getByRole("button", { name: "Columns" }).click();
    expect(await axeViolations(page, "#deal-terms")).toEqual([]);
    // The empty state too.
    await terms.getByRole("searchbox", { name: "Search Deal terms" }).fill("no such words anywhere");
    await expect(terms.getByText("No rows match these filters.")).toBeVisible();
    expect(await axeViolations(page, "#deal-terms")).toEqual([]);
  });
}

test("axe finds no violations with the dark theme chosen and charts shown as tables", async ({ page }) => {
  await open(page, "/");
  await page.getByText("Dark", { exact: true }).click();
  await loadAllCharts(page);
  const showTable = page.getByRole("button", { name: "Show as table" });
  // Each click renames its button "Show as chart", so the first match is always the next one.
  while ((await showTable.count()) > 0) await showTable.first().click();
  await expect(page.getByRole("button", { name: "Show as chart" })).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);
});

test("at 390 px the page never scrolls sideways; wide tables scroll inside their card", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, "/");
  await loadAllCharts(page);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const region = page.getByRole("region", { name: "Deal terms, scrollable table" });
  const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(overflow).toBe(true);
  await expect(region).toHaveAttribute("tabindex", "0");
});

test("at 390 px every menu stays inside the screen and the page still never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, "/");
  const width = 390;
  for (const [table, button] of [
    ["Deal terms", /^Confidence filter/],
    ["Deal terms", /^Category filter/],
    ["Deal terms", /^Export /],
    ["Deal terms", /^Columns/],
    ["Capital committed", /^Counted filter/],
    ["Capital committed", /^Amount filter/],
    ["Distribution channels", /^Since filter/],
  ] as const) {
    const toggle = sectionNamed(page, table).getByRole("button", { name: button });
    await toggle.click();
    const panel = page.locator(`[id="${await toggle.getAttribute("aria-controls")}"]`);
    const box = (await panel.boundingBox())!;
    expect(box.x, `${table} ${button}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${table} ${button}`).toBeLessThanOrEqual(width);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.keyboard.press("Escape");
  }
});

test("every table row and headline figure names a source, linked where it has an address", async ({ page }) => {
  await open(page, "/");
  for (const name of ["Capital committed", "Cloud spending committed back", "Deal terms", "Distribution channels"]) {
    const rows = page.getByRole("table", { name, exact: true }).locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // Every row, counted in one query each: those naming a source (a link where it has an
    // address, plain text where it has none, never a dead link), those with a grade.
    await expect(rows.filter({ has: page.getByRole("link", { name: /^Source: / }).or(page.getByText("(no address on record)")) })).toHaveCount(count);
    await expect(rows.filter({ has: page.getByText(/^\W*(confirmed|reported|unconfirmed)$/) })).toHaveCount(count);
  }
  for (const investor of ["Microsoft", "Amazon"]) {
    await expect(page.getByRole("article", { name: `${investor} in OpenAI` }).getByRole("link", { name: /^Source: / }).first()).toBeVisible();
  }
});
