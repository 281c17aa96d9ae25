import { unzipSync } from "fflate";
import { chartCard, chartTable, columnValues, expect, exportFile, open, parseCsv, readCsvDownload, readDownload, sectionNamed, sortButton, tableNamed, test } from "./helpers";
import { dealTermsCsv, writeTestFile } from "./open-files";
import { OPEN_TABLE_IDS } from "../lib/open-columns";
import { TABLES } from "../lib/tables";
import type { Page } from "@playwright/test";

const PICKER = "Open a CSV file or the zip this site exports";

async function pick(page: Page, file: string): Promise<void> {
  await page.getByLabel(PICKER).setInputFiles(file);
}

/** Every request the page makes from now on, but its own scripts and its icon: the file must never be sent. */
function requestsFrom(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const asset = url.pathname.startsWith("/_next/static/") || url.pathname === "/icon.svg";
    if (request.method() !== "GET" || !asset || request.postData() !== null) requests.push(`${request.method()} ${url.pathname}`);
  });
  return requests;
}

const CHARTS_FROM_TABLES = ["Capital committed to OpenAI, by backer and tranche", "Money both ways"];

test("the site's zip, downloaded from / and opened in /open, gives back every table it holds, and the charts drawn from them", async ({ page }, testInfo) => {
  test.slow();
  await open(page, "/");
  const siteCharts = new Map<string, string[][]>();
  for (const title of CHARTS_FROM_TABLES) siteCharts.set(title, await chartTable(page, title));
  const download = await exportFile(page, sectionNamed(page, "Deal terms"), "Everything (.zip)");
  const zipPath = writeTestFile(testInfo, download.suggestedFilename(), await readDownload(download));
  const entries = unzipSync(new Uint8Array(await readDownload(download)));

  await open(page, "/open");
  const requests = requestsFrom(page);
  await pick(page, zipPath);
  await expect(page.getByTestId("open-summary")).toContainText("0 problems. Every grade was checked against its sources' tiers.");
  for (const id of OPEN_TABLE_IDS) {
    const { title, slug } = TABLES[id];
    const entry = Object.keys(entries).find((name) => name.includes(`-stakes-${slug}-`))!;
    const site = parseCsv(new TextDecoder().decode(entries[entry]));
    const opened = await readCsvDownload(await exportFile(page, sectionNamed(page, title), "CSV of all rows"));
    expect(opened.fileName, title).toMatch(new RegExp(`^opened-stakes-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(opened.header, title).toEqual(site.header);
    expect(opened.rows, title).toEqual(site.rows);
    await expect(sectionNamed(page, title).getByText(`${site.rows.length} of ${site.rows.length} rows`, { exact: true })).toBeVisible();
  }
  // The charts drawn from those tables show the site's numbers, from the file alone; a file that never left the machine has no embed.
  for (const title of CHARTS_FROM_TABLES) {
    expect(await chartTable(page, title), title).toEqual(siteCharts.get(title));
    await expect(chartCard(page, title).getByRole("button", { name: /^Embed/ })).toHaveCount(0);
  }
  expect(requests).toEqual([]);
});

test("a CSV with problems: each is named by row and column, the valid rows are kept and formulas stay text", async ({ page }, testInfo) => {
  const csv =
    "date,party,category,term,confidence,sources\r\n" +
    '2024-05,"=HYPERLINK(""http://evil.example"",""x"")",Stake,"A term\r\nover two lines",reported,Reuters\r\n' +
    "2024-13,Acme,Stake,Bad month,reported,Reuters\r\n" +
    `2024,Acme,Stake,${"x".repeat(12_000)},reported,Reuters\r\n`;
  await open(page, "/open");
  await pick(page, writeTestFile(testInfo, "mine.csv", csv));
  await expect(page.getByTestId("open-summary")).toContainText("mine.csv: 1 rows kept, 2 problems.");
  const problems = page.getByRole("region", { name: "2 problems: the rows concerned are left out" });
  await expect(problems.getByRole("listitem")).toHaveText([
    "mine.csv: row 2, date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    "mine.csv: row 3, term: text of 12,000 characters; at most 10,000 are allowed",
  ]);
  const table = tableNamed(page, "Deal terms");
  expect(await columnValues(table, "Party")).toEqual(['=HYPERLINK("http://evil.example","x")']);
  const exported = await readCsvDownload(await exportFile(page, sectionNamed(page, "Deal terms"), "CSV of this view"));
  expect(exported.rows.map((row) => row.party)).toEqual([`'=HYPERLINK("http://evil.example","x")`]);
  expect(exported.rows.map((row) => row.term)).toEqual(["A term\nover two lines"]);
});

test("columns the page does not know are matched in the mapping step", async ({ page }, testInfo) => {
  await open(page, "/open");
  await pick(page, writeTestFile(testInfo, "own.csv", "When,Who,Kind,What,Grade,Cited\n2025-03,Acme,Compute,Acme buys compute.,reported,FT\n"));
  const mapping = page.getByRole("group", { name: "own.csv" });
  await mapping.getByLabel("Which table it is").selectOption({ label: "Deal terms" });
  for (const [field, column] of [
    ["Date", "When"],
    ["Party", "Who"],
    ["Category", "Kind"],
    ["Term", "What"],
    ["Confidence", "Grade"],
    ["Sources", "Cited"],
  ]) {
    await mapping.getByLabel(new RegExp(`^${field} \\(`)).selectOption({ label: column });
  }
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(page.getByTestId("open-summary")).toContainText("own.csv: 1 rows kept, 0 problems.");
  expect(await columnValues(tableNamed(page, "Deal terms"), "Term")).toEqual(["Acme buys compute."]);
});

for (const [what, name, contents, message] of [
  ["binary junk", "junk.csv", new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), "junk.csv is binary data"],
  ["Latin-1 text", "latin1.csv", new Uint8Array([...new TextEncoder().encode("date,party\n2024,Soci"), 0xe9, 0x74, 0xe9, 0x0a]), "latin1.csv is not UTF-8 text: byte 21 (line 2) is 0xE9"],
  ["a PNG", "chart.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "chart.csv is a PNG image, not a CSV or zip"],
] as const) {
  test(`${what} is refused with a message naming what and where`, async ({ page }, testInfo) => {
    await open(page, "/open");
    await pick(page, writeTestFile(testInfo, name, contents));
    await expect(page.getByTestId("open-refused")).toContainText(message);
    await expect(page.getByRole("table")).toHaveCount(0);
  });
}

test("a 50 MB file is refused by its size at once", async ({ page }, testInfo) => {
  await open(page, "/open");
  await pick(page, writeTestFile(testInfo, "huge.csv", new Uint8Array(50 * 1024 * 1024).fill(0x61)));
  await expect(page.getByTestId("open-refused")).toHaveText("huge.csv is 50 MB; files of at most 32 MB can be opened here. Split it, or open fewer rows.");
});

test("a 100,000-row CSV opens through the file picker, then sorts, filters and exports", async ({ page }, testInfo) => {
  test.slow();
  await open(page, "/open");
  const requests = requestsFrom(page);
  await pick(page, writeTestFile(testInfo, "terms-100k.csv", dealTermsCsv(100_000)));
  await expect(page.getByTestId("open-summary")).toContainText("terms-100k.csv: 100,000 rows kept, 0 problems.", { timeout: 60_000 });
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  await expect(section.getByText(/^100,?000 of 100,?000 rows$/)).toBeVisible();

  await sortButton(table, "Date").click();
  await expect(table.getByRole("row").nth(1)).toContainText("Term 1 of the generated list");
  await sortButton(table, "Date").click();
  await expect(table.getByRole("row").nth(1)).toContainText("Term 0 of the generated list");

  await section.getByRole("searchbox", { name: "Search Deal terms" }).fill("needle");
  await expect(section.getByText(/^10 of 100,?000 rows$/)).toBeVisible();
  const view = await readCsvDownload(await exportFile(page, section, "CSV of this view"));
  expect(view.rows).toHaveLength(10);
  expect(view.rows.every((row) => row.term.includes("needle"))).toBe(true);

  const all = await readCsvDownload(await exportFile(page, section, "CSV of all rows"));
  expect(all.rows).toHaveLength(100_000);
  expect(requests).toEqual([]);
});

test("Cancel stops opening a large file and keeps nothing", async ({ page }, testInfo) => {
  await open(page, "/open");
  await pick(page, writeTestFile(testInfo, "large.csv", dealTermsCsv(300_000)));
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Opening large.csv was cancelled; nothing was kept.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
});
