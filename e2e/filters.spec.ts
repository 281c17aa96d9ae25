import { columnValues, expect, homeRows, liveRegion, open, openFilter, sectionNamed, sortButton, tableHeaders, tableNamed, test } from "./helpers";

interface Term {
  party: string;
  category: string;
  date: string;
  text: string;
  sourceIds: string[];
}
interface Commitment {
  amountUsd: number | null;
}

const terms = homeRows<Term>("data/deal-terms.json");
const commitments = homeRows<Commitment>("data/commitments.json");
/** "2025" and "2025-01" start on 2025-01-01. */
function startOf(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

test.beforeEach(async ({ page }) => {
  await open(page, "/");
});

test("a search over all the table's text, with the count shown and announced", async ({ page }) => {
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  await expect(section.getByText(`${terms.length} of ${terms.length} rows`, { exact: true })).toBeVisible();

  const expected = terms.filter((term) => /azure/i.test(term.text) && /exclusive/i.test(term.text)).length;
  expect(expected).toBeGreaterThan(0);
  // Typed key by key, as a person types: no key is lost while the address catches up.
  await section.getByRole("searchbox", { name: "Search Deal terms" }).pressSequentially("Azure EXCLUSIVE");
  await expect(section.getByRole("searchbox", { name: "Search Deal terms" })).toHaveValue("Azure EXCLUSIVE");
  await expect(section.getByText(`${expected} of ${terms.length} rows`, { exact: true })).toBeVisible();
  for (const text of await columnValues(table, "Term")) expect(text).toMatch(/azure/i);
  const mentat = terms.filter((term) => term.sourceIds.includes("mentat-35b")).length;
  await expect(liveRegion(section)).toHaveText(`${expected} of ${terms.length} rows.`);
  // The search reaches text outside the Term column too: source names.
  await section.getByRole("searchbox", { name: "Search Deal terms" }).fill("mentat.fyi");
  await expect(section.getByText(`${mentat} of ${terms.length} rows`, { exact: true })).toBeVisible();
});

test("choosing values filters rows; counts beside each choice follow the other filters", async ({ page }) => {
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  await openFilter(section, "Party");
  await section.getByRole("checkbox", { name: /^Amazon/ }).check();
  const amazon = terms.filter((term) => term.party === "Amazon");
  expect(new Set(await columnValues(table, "Party"))).toEqual(new Set(["Amazon"]));
  await expect(section.getByText(`${amazon.length} of ${terms.length} rows`, { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(section.getByRole("button", { name: "Party filter, 1 chosen" })).toHaveAttribute("aria-expanded", "false");

  await openFilter(section, "Category");
  // Counted over Amazon's rows: a category Amazon has none of reads 0.
  const distribution = amazon.filter((term) => term.category === "distribution").length;
  await expect(section.getByRole("checkbox", { name: `Distribution (${distribution === 1 ? "1 row" : `${distribution} rows`})` })).toBeVisible();
  await expect(section.getByRole("checkbox", { name: "Governance (0 rows)" })).toBeVisible();
  await section.getByRole("checkbox", { name: /^Product/ }).check();
  await section.getByRole("checkbox", { name: /^Distribution/ }).check();
  const shown = amazon.filter((term) => ["distribution", "product"].includes(term.category));
  await expect(section.getByText(`${shown.length} of ${terms.length} rows`, { exact: true })).toBeVisible();
  expect(new Set(await columnValues(table, "Category"))).toEqual(new Set(["Distribution", "Product"]));
  await expect(page).toHaveURL(/terms\.party=amazon/);
  await expect(page).toHaveURL(/terms\.category=distribution(,|%2C)product/);
});

test("an amount range in billions, unknown amounts left out", async ({ page }) => {
  const section = sectionNamed(page, "Capital committed");
  const table = tableNamed(page, "Capital committed");
  await openFilter(section, "Amount");
  await section.getByRole("spinbutton", { name: "Min ($B)" }).fill("10");
  await section.getByRole("spinbutton", { name: "Max ($B)" }).fill("30");
  const expected = commitments.filter((row) => row.amountUsd !== null && row.amountUsd >= 10e9 && row.amountUsd <= 30e9);
  await expect(section.getByText(`${expected.length} of ${commitments.length} rows`, { exact: true })).toBeVisible();
  const amounts = (await columnValues(table, "Amount")).map((cell) => cell.split("\n")[0].replace(/ conditional$/, ""));
  expect(amounts).not.toContain("undisclosed");
  for (const amount of amounts) expect(Number(amount.replace(/[$B]/g, ""))).toBeGreaterThanOrEqual(10);
  await expect(page).toHaveURL(/capital\.amount=10-30/);

  // A reversed range is explained, not silently applied.
  await section.getByRole("spinbutton", { name: "Max ($B)" }).fill("5");
  await expect(section.getByText("The minimum is above the maximum.", { exact: false })).toBeVisible();
  await expect(section.getByText(`${commitments.length} of ${commitments.length} rows`, { exact: true })).toBeVisible();
});

test("a date range compares partial dates by their start and leaves undated rows out", async ({ page }) => {
  const section = sectionNamed(page, "Deal terms");
  await openFilter(section, "Date");
  await section.getByLabel("From", { exact: true }).fill("2025-01-01");
  await section.getByLabel("To", { exact: true }).fill("2025-12-31");
  // "2025-01" starts on 2025-01-01, so it is in.
  const expected = terms.filter((term) => startOf(term.date) >= "2025-01-01" && startOf(term.date) <= "2025-12-31");
  expect(terms.some((term) => term.date === "2025-01")).toBe(true);
  await expect(section.getByText(`${expected.length} of ${terms.length} rows`, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/terms\.date=2025-01-01\.\.2025-12-31/);

  const channels = sectionNamed(page, "Distribution channels");
  await openFilter(channels, "Since");
  await channels.getByLabel("From", { exact: true }).fill("2000-01-01");
  const all = homeRows<{ since: string | null }>("data/channels.json");
  const dated = all.filter((row) => row.since !== null);
  await expect(channels.getByText(`${dated.length} of ${all.length} rows`, { exact: true })).toBeVisible();
  expect(await columnValues(tableNamed(page, "Distribution channels"), "Since")).not.toContain("n/a");
});

test("nothing matching shows an empty state whose button clears every filter at once", async ({ page }) => {
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  await sortButton(table, "Date").click();
  await openFilter(section, "Party");
  await section.getByRole("checkbox", { name: /^Microsoft/ }).check();
  await section.getByRole("searchbox", { name: "Search Deal terms" }).fill("no such words anywhere");
  await expect(table.getByText("No rows match these filters.")).toBeVisible();
  await expect(liveRegion(section)).toHaveText("Sorted by Date, ascending. No rows match these filters.");

  await table.getByRole("button", { name: "Clear filters" }).click();
  await expect(section.getByText(`${terms.length} of ${terms.length} rows`, { exact: true })).toBeVisible();
  await expect(section.getByRole("searchbox", { name: "Search Deal terms" })).toHaveValue("");
  await expect(section.getByRole("button", { name: "Party filter" })).toBeVisible();
  // The sort stays: clearing filters is not resetting the view.
  await expect(table.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).not.toHaveURL(/terms\.(q|party)=/);
  await expect(liveRegion(section)).toHaveText(`Sorted by Date, ascending. ${terms.length} of ${terms.length} rows.`);
});

test("columns can be hidden and shown again, never the last one", async ({ page }) => {
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  await section.getByRole("button", { name: "Columns" }).click();
  await section.getByRole("checkbox", { name: "Term" }).uncheck();
  await section.getByRole("checkbox", { name: "Sources" }).uncheck();
  expect(await tableHeaders(table)).toEqual(["Date", "Party", "Category", "Confidence"]);
  await expect(page).toHaveURL(/terms\.hide=text(,|%2C)sources/);

  for (const name of ["Date", "Party", "Category"]) await section.getByRole("checkbox", { name }).uncheck();
  await expect(section.getByRole("checkbox", { name: "Confidence" })).toBeDisabled();
  expect(await tableHeaders(table)).toEqual(["Confidence"]);

  await section.getByRole("button", { name: "Show all columns" }).click();
  expect(await tableHeaders(table)).toEqual(["Date", "Party", "Category", "Term", "Confidence", "Sources"]);
  await expect(page).not.toHaveURL(/terms\.hide/);
});
