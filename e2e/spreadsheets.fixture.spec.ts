import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { sheetValues } from "../lib/test/read-xlsx";
import { TABLES, pageTableIds } from "../lib/tables";
import { columnValues, expect, exportFile, open, readJson, readXlsxDownload, sectionNamed, sortButton, tableHeaders, tableNamed, test } from "./helpers";

// Runs against the hostile fixture data: formula-looking text and undisclosed amounts in the capital table.
const meta = readJson<{ asOf: string }>("e2e/fixtures/hostile/meta.json");

/** Opens the page with Capital committed sorted by amount, largest first: undisclosed amounts sink last. */
async function capitalByAmount(page: Page) {
  await open(page, "/");
  const table = tableNamed(page, "Capital committed");
  await sortButton(table, "Amount").click();
  await sortButton(table, "Amount").click();
  await expect(table.getByRole("columnheader", { name: /Amount/ })).toHaveAttribute("aria-sort", "descending");
  return { section: sectionNamed(page, "Capital committed"), table };
}

test("Excel of this view, of all rows and of everything, read back: header, order, numbers, formulas kept as text, unknown left empty", async ({ page }) => {
  const { section, table } = await capitalByAmount(page);
  const shownInvestors = await columnValues(table, "Investor");
  const shownStatus = await columnValues(table, "Status");
  expect(shownStatus).toContain("=1+1");

  const view = await readXlsxDownload(page, await exportFile(page, section, "Excel of this view"));
  expect(view.fileName).toBe(`openai-stakes-commitments-view-${meta.asOf}.xlsx`);
  expect(view.sheets.map((sheet) => sheet.name)).toEqual(["Capital committed", "Columns", "Metadata"]);
  const [header, ...rows] = sheetValues(view.sheets[0]);
  // The visible columns (Sources as two), the grades added back, as in "CSV of this view".
  expect(header).toEqual(["investor", "recipient", "announced", "amount_usd", "tranche", "role", "part_of", "kind", "status", "conditions", "confidence", "figure_grades", "sources", "source_urls"]);
  expect(rows.map((row) => row[0])).toEqual(shownInvestors);
  const amounts = rows.map((row) => row[header.indexOf("amount_usd")]);
  expect(amounts.slice(0, 2)).toEqual([35e9, 30e9]);
  // Undisclosed amounts sink last and stay empty cells: never 0.
  expect(amounts.slice(-2)).toEqual([null, null]);
  expect(amounts.filter((amount) => amount !== null).every((amount) => typeof amount === "number" && amount > 0)).toBe(true);
  // The formula-looking status is a text cell, exact, marked so that editing keeps it text.
  const status = header.indexOf("status");
  const formulaRow = view.sheets[0].rows.find((row) => row[status]?.value === "=1+1")!;
  expect(formulaRow[status]).toEqual({ type: "text", value: "=1+1", quotePrefix: true });
  expect(view.sheets[0].xml).not.toMatch(/<f[\s>]/);
  const about = sheetValues(view.sheets[2]);
  expect(about.find((row) => row[0] === "view_sort")?.[1]).toBe("Amount, descending");

  const all = await readXlsxDownload(page, await exportFile(page, section, "Excel of all rows"));
  expect(all.fileName).toBe(`openai-stakes-commitments-${meta.asOf}.xlsx`);
  expect(sheetValues(all.sheets[0]).slice(1).map((row) => row[0])).toEqual(readJson<{ lab: string; investor: string }[]>("e2e/fixtures/hostile/commitments.json").filter((row) => row.lab === "openai").map((row) => row.investor));

  const everything = await readXlsxDownload(page, await exportFile(page, section, "Everything (.xlsx)"));
  expect(everything.fileName).toBe(`openai-stakes-${meta.asOf}.xlsx`);
  expect(everything.sheets.map((sheet) => sheet.name)).toEqual([...pageTableIds(true).map((id) => TABLES[id].title), "Sources", "Columns", "Metadata"]);
  const terms = sheetValues(everything.sheets.find((sheet) => sheet.name === "Deal terms")!);
  expect(terms.flat()).toContain('=HYPERLINK("http://example.invalid","click")');
  await expect(section.getByRole("status").filter({ hasText: "Saved" })).toHaveText(`Saved openai-stakes-${meta.asOf}.xlsx.`);
});

test.describe("Copy table", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copies the view as tab-separated cells in the order shown, formulas neutralised, and says so", async ({ page }) => {
    const { section, table } = await capitalByAmount(page);
    await section.getByRole("button", { name: "Columns" }).click();
    await section.getByRole("checkbox", { name: "Conditions" }).uncheck();
    await page.keyboard.press("Escape");
    expect(await tableHeaders(table)).not.toContain("Conditions");
    const shownInvestors = await columnValues(table, "Investor");

    await section.getByRole("button", { name: "Copy table: Capital committed" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Copied" })).toHaveText(`Copied ${shownInvestors.length} rows: paste into a spreadsheet.`);
    const text = await page.evaluate(() => navigator.clipboard.readText());

    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(0, -2), { delimiter: "\t", newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(["investor", "recipient", "announced", "amount_usd", "tranche", "role", "part_of", "kind", "status", "confidence", "figure_grades", "sources", "source_urls"]);
    expect(rows.map((row) => row[0])).toEqual(shownInvestors);
    const amounts = rows.map((row) => row[header.indexOf("amount_usd")]);
    expect(amounts.slice(0, 2)).toEqual(["35000000000", "30000000000"]);
    expect(amounts.slice(-2)).toEqual(["", ""]);
    expect(rows.map((row) => row[header.indexOf("status")])).toContain("'=1+1");
  });
});

test("Copy table, with the clipboard refused, offers the text selected to copy by hand", async ({ page }) => {
  await open(page, "/");
  const section = sectionNamed(page, "Deal terms");
  await page.evaluate(() => {
    const refuse = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
    Object.defineProperty(navigator, "clipboard", { value: { write: refuse, writeText: refuse } });
  });
  await section.getByRole("button", { name: "Copy table: Deal terms" }).click();
  const field = section.getByRole("textbox", { name: "The table" });
  await expect(field).toBeFocused();
  // A text field holds line breaks as LF alone; pasted, they still end the rows.
  const text = await field.inputValue();
  expect(text.split("\n")[0]).toBe("date\tparty\tcategory\tterm\tconfidence\tfigure_grades\tsources\tsource_urls");
  expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(text.length);
  await expect(section.getByRole("status").filter({ hasText: "blocked" })).toBeVisible();
});
