import { pageCharts } from "../lib/charts";
import { axeViolations, expect, loadAllCharts, open, openFilter, sectionNamed, tableNamed, test } from "./helpers";
import { TABLE_IDS, TABLES } from "../lib/tables";
import { writeTestFile } from "./open-files";

// The whole page with every chart drawn: every rule in the light theme, the colours in the dark.
for (const [colorScheme, rules] of [
  ["light", "all"],
  ["dark", "colour"],
] as const) {
  test(`axe finds no violations with every chart drawn (${colorScheme}, ${rules} rules)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/");
    await loadAllCharts(page);
    expect(await axeViolations(page, rules)).toEqual([]);
  });
}

// Each state scanned by every rule, in both themes, only where it differs from the page scanned
// whole (a scan of one part costs about as much for every rule as for the colour rules alone).
// Every scan reads the whole document before it checks its part, so the states are shared
// between two tests that run side by side.
const FILTERED = "/?capital.amount=10-&terms.party=amazon&channels.since=2025-01-01..";

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations with filters applied and their panels open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, FILTERED);
    await openFilter(sectionNamed(page, "Deal terms"), "Category");
    // Each filtered table with a panel open, scanned while it is on screen: a section far from
    // view is not rendered (content-visibility), and its buttons would read as obscured.
    expect(await axeViolations(page, "all", "#deal-terms")).toEqual([]);
    await openFilter(sectionNamed(page, "Capital committed"), "Amount");
    expect(await axeViolations(page, "all", "#commitments")).toEqual([]);
    await openFilter(sectionNamed(page, "Distribution channels"), "Since");
    expect(await axeViolations(page, "all", "#channels")).toEqual([]);
  });

  test(`axe finds no violations with the export and column menus open and no rows left (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, FILTERED);
    const terms = sectionNamed(page, "Deal terms");
    await terms.getByRole("button", { name: "Export Deal terms" }).click();
    expect(await axeViolations(page, "all", "#deal-terms")).toEqual([]);
    await terms.getByRole("button", { name: "Columns" }).click();
    expect(await axeViolations(page, "all", "#deal-terms")).toEqual([]);
    // The empty state too.
    await terms.getByRole("searchbox", { name: "Search Deal terms" }).fill("no such words anywhere");
    await expect(tableNamed(page, "Deal terms").getByText("No rows match these filters.")).toBeVisible();
    expect(await axeViolations(page, "all", "#deal-terms")).toEqual([]);
  });
}

test("axe finds no violations with the dark theme chosen and charts shown as tables", async ({ page }) => {
  await open(page, "/");
  await page.getByText("Dark", { exact: true }).click();
  await loadAllCharts(page);
  const showTable = page.getByRole("button", { name: "Show as table" });
  // Each click renames its button "Show as chart", so the first match is always the next one.
  while ((await showTable.count()) > 0) await showTable.first().click();
  await expect(page.getByRole("button", { name: "Show as chart" })).toHaveCount(pageCharts(true).length);
  // The charts' cards, where this state differs from the page scanned whole above: new
  // markup (tables for charts), so every rule.
  expect(await axeViolations(page, "all", "#money", "#charts")).toEqual([]);
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
  for (const name of TABLE_IDS.map((id) => TABLES[id].title)) {
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

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on /open, empty and with a file's problems and tables (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/open");
    expect(await axeViolations(page, "all")).toEqual([]);
    const csv = "date,party,category,term,confidence,sources\n2024-05,Acme,Stake,A stake.,reported,Reuters\n2024-13,Acme,Stake,Bad month,reported,Reuters\n";
    await page.getByLabel("Open a CSV file or the zip this site exports").setInputFiles(writeTestFile(testInfo, "mine.csv", csv));
    await expect(page.getByTestId("open-summary")).toContainText("1 rows kept, 1 problem.");
    expect(await axeViolations(page, "all")).toEqual([]);
  });
}
