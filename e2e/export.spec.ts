import { unzipSync } from "fflate";
import { formatLongDate } from "../lib/format";
import { columnValues, expect, exportFile, homeRows, open, openFilter, parseCsv, readCsvDownload, readDownload, readJson, sectionNamed, sortButton, tableHeaders, tableNamed, test } from "./helpers";
import { dataFiles } from "../lib/schema";
import { TABLE_IDS, TABLES, tableFileName } from "../lib/tables";

const meta = readJson<{ asOf: string }>("data/meta.json");

test("the exported CSV is the table as shown: same rows, same order, with sources", async ({ page }) => {
  await open(page, "/");
  const table = tableNamed(page, "Deal terms");
  await sortButton(table, "Category").click();
  await sortButton(table, "Date").click({ modifiers: ["Shift"] });
  // The first line of a cell is the figure; a second may carry its own grade.
  const shownTerms = (await columnValues(table, "Term")).map((cell) => cell.split("\n")[0]);
  const shownCategories = await columnValues(table, "Category");

  const csv = await readCsvDownload(await exportFile(page, sectionNamed(page, "Deal terms"), "CSV of this view"));

  expect(csv.fileName).toBe(`openai-stakes-deal-terms-view-${meta.asOf}.csv`);
  expect(csv.raw.startsWith("\uFEFF")).toBe(true);
  // Every line ends CRLF; a bare LF may only sit inside a quoted field.
  expect(csv.raw.endsWith("\r\n")).toBe(true);
  expect(csv.header).toEqual(["date", "party", "category", "term", "confidence", "figure_grades", "sources", "source_urls"]);
  expect(csv.rows.map((row) => row.term)).toEqual(shownTerms);
  expect(csv.rows.map((row) => row.category)).toEqual(shownCategories);
  for (const row of csv.rows) {
    expect(row.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(row.sources).not.toBe("");
    for (const url of row.source_urls.split(" ").filter(Boolean)) expect(url).toMatch(/^https:\/\//);
  }
});

test("amounts export as plain numbers in USD, unknown amounts as empty fields", async ({ page }) => {
  await open(page, "/");
  const table = tableNamed(page, "Capital committed");
  await sortButton(table, "Amount").click();
  await sortButton(table, "Amount").click();
  const csv = await readCsvDownload(await exportFile(page, sectionNamed(page, "Capital committed"), "CSV of this view"));

  expect(csv.fileName).toBe(`openai-stakes-commitments-view-${meta.asOf}.csv`);
  const amounts = csv.rows.map((row) => row.amount_usd);
  const sorted = homeRows<{ amountUsd: number | null }>("data/commitments.json")
    .flatMap((row) => (row.amountUsd === null ? [] : [row.amountUsd]))
    .sort((a, b) => b - a);
  expect(amounts.slice(0, 3)).toEqual(sorted.slice(0, 3).map(String));
  expect(amounts).toContain("13000000000");
  expect(amounts.slice(-2)).toEqual(["", ""]);
  for (const amount of amounts) expect(amount).toMatch(/^(\d+)?$/);
  expect(csv.rows.find((row) => row.amount_usd === "")!.announced).toMatch(/^\d{4}/);
});

for (const id of TABLE_IDS) {
  const path = `/api/${tableFileName(id)}`;
  const { source, acrossLabs, title } = TABLES[id];
  test(`${path} serves every row as UTF-8 CSV`, async ({ request, page }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const raw = await response.text();
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const { rows } = parseCsv(raw);
    if (source) {
      // A table across labs holds every lab's rows; the others, the home page's lab's.
      const file = `data/${dataFiles[source].file}`;
      expect(rows).toHaveLength((acrossLabs ? readJson<unknown[]>(file) : homeRows<unknown>(file)).length);
    } else {
      // A derived table: every row the page's table shows.
      await open(page, "/");
      await expect(sectionNamed(page, title).getByText(`${rows.length} of ${rows.length} rows`, { exact: true })).toBeAttached();
    }
  });
}

test("the served capital CSV, summed by backer with the README's filter, gives each total once", async ({ request }) => {
  // df[df.part_of.isna() & (df.role != "context")].groupby("investor").amount_usd.sum()
  const { rows } = parseCsv(await (await request.get("/api/commitments.csv")).text());
  const sums: Record<string, number> = {};
  for (const row of rows.filter((candidate) => candidate.part_of === "" && candidate.role !== "context")) {
    sums[row.investor] = (sums[row.investor] ?? 0) + Number(row.amount_usd || 0);
  }
  expect(sums).toEqual({ Microsoft: 13e9, Amazon: 50e9 });
  // Every row says whether it counts, and how sure each of its figures is.
  for (const row of rows) {
    expect(["counted", "part", "context"]).toContain(row.role);
    expect(row.figure_grades).toMatch(/^(\w+: (confirmed|reported|unconfirmed)(; )?)+$/);
  }
});

test("/api/data.json serves the validated data with its sources", async ({ request }) => {
  const response = await request.get("/api/data.json");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { meta: { asOf: string }; sources: unknown[]; commitments: { id: string; amountUsd: number | null }[] };
  expect(body.meta.asOf).toBe(meta.asOf);
  expect(body.sources.length).toBe(readJson<unknown[]>("data/sources.json").length);
  expect(body.commitments.find((row) => row.id === "amzn-2026-conditional")?.amountUsd).toBe(35e9);
  expect(body.commitments.find((row) => row.id === "msft-2021")?.amountUsd).toBeNull();
});

/** A URL's parameters in a stable order: nuqs and URL() may order and encode them differently. */
function sortedQuery(url: string): string[][] {
  return [...new URL(url).searchParams.entries()].sort();
}

/** Filters and sorts Deal terms and hides a column: the view every export below must match. */
async function filteredView(page: import("@playwright/test").Page) {
  await open(page, "/");
  const section = sectionNamed(page, "Deal terms");
  const table = tableNamed(page, "Deal terms");
  await openFilter(section, "Party");
  await section.getByRole("checkbox", { name: /^Microsoft/ }).check();
  await page.keyboard.press("Escape");
  await section.getByRole("searchbox", { name: "Search Deal terms" }).fill("azure");
  await sortButton(table, "Date").click();
  await sortButton(table, "Date").click();
  await section.getByRole("button", { name: "Columns" }).click();
  await section.getByRole("checkbox", { name: "Confidence" }).uncheck();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/terms\.q=azure/);
  return { section, table, terms: (await columnValues(table, "Term")).map((cell) => cell.split("\n")[0]), dates: (await columnValues(table, "Date")).map((cell) => cell.split("\n")[0]), headers: await tableHeaders(table) };
}

test("CSV of this view: the filtered, sorted rows and the visible columns only", async ({ page }) => {
  const view = await filteredView(page);
  expect(view.headers).toEqual(["Date", "Party", "Category", "Term", "Sources"]);
  expect(view.terms.length).toBeGreaterThan(1);
  expect(view.terms.length).toBeLessThan(homeRows<unknown>("data/deal-terms.json").length);
  const csv = await readCsvDownload(await exportFile(page, view.section, "CSV of this view"));
  // The row's grade and its figures' grades go with every export, even with the Confidence column hidden.
  expect(csv.header).toEqual(["date", "party", "category", "term", "confidence", "figure_grades", "sources", "source_urls"]);
  expect(csv.rows.map((row) => row.term)).toEqual(view.terms);
  expect(csv.rows.every((row) => row.party === "Microsoft")).toBe(true);
  // Newest first, as on screen.
  const dates = csv.rows.map((row) => row.date);
  expect(dates).toEqual([...dates].sort().reverse());
});

test("CSV of all rows ignores the view: every row and column, byte for byte the static file", async ({ page, request }) => {
  const view = await filteredView(page);
  const download = await exportFile(page, view.section, "CSV of all rows");
  expect(download.suggestedFilename()).toBe(`openai-stakes-deal-terms-${meta.asOf}.csv`);
  expect((await readDownload(download)).toString("utf8")).toBe(await (await request.get("/api/deal-terms.csv")).text());
});

test("JSON of this view: the same rows in the same order, with what each column means", async ({ page }) => {
  const view = await filteredView(page);
  const download = await exportFile(page, view.section, "JSON of this view");
  expect(download.suggestedFilename()).toBe(`openai-stakes-deal-terms-view-${meta.asOf}.json`);
  const json = JSON.parse((await readDownload(download)).toString("utf8"));
  expect(json.columns.map((column: { name: string }) => column.name)).toEqual(["date", "party", "category", "term", "confidence", "figure_grades", "sources"]);
  expect(json.columns[0].description).toMatch(/Date the term was agreed/);
  expect(json.rows.map((row: { term: string }) => row.term)).toEqual(view.terms);
  expect(json.rows[0].sources[0]).toEqual(expect.objectContaining({ publisher: expect.any(String), url: expect.anything() }));
  expect(json.view).toEqual(
    expect.objectContaining({ table: "Deal terms", filters: ["Search: azure", "Party: Microsoft"], sort: ["Date, descending"], hiddenColumns: ["Confidence"], rowsShown: view.terms.length }),
  );
  expect(sortedQuery(json.view.url)).toEqual(sortedQuery(page.url()));
});

test("Everything (.zip): every table in full, metadata with sources and this view, and a README to cite", async ({ page, request }) => {
  const view = await filteredView(page);
  const download = await exportFile(page, view.section, "Everything (.zip)");
  expect(download.suggestedFilename()).toBe(`openai-stakes-${meta.asOf}.zip`);
  const files = unzipSync(new Uint8Array(await readDownload(download)));
  const text = (name: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[name]);

  for (const { slug } of TABLE_IDS.map((id) => TABLES[id])) {
    const name = `openai-stakes-${slug}-${meta.asOf}.csv`;
    expect(Object.keys(files)).toContain(name);
    // The same file the site serves: all rows, all columns, the same CSV rules (BOM, CRLF, formulas neutralised).
    expect(text(name)).toBe(await (await request.get(`/api/${slug}.csv`)).text());
  }
  expect(parseCsv(text(`openai-stakes-deal-terms-${meta.asOf}.csv`)).rows).toHaveLength(homeRows<unknown>("data/deal-terms.json").length);

  const metadata = JSON.parse(text("metadata.json"));
  expect(metadata.asOf).toBe(meta.asOf);
  expect(Date.parse(metadata.downloaded)).not.toBeNaN();
  expect(metadata.view).toEqual(expect.objectContaining({ table: "Deal terms", filters: ["Search: azure", "Party: Microsoft"], sort: ["Date, descending"] }));
  expect(metadata.view.parameters).toEqual(expect.objectContaining({ "terms.q": "azure", "terms.party": "microsoft", "terms.sort": "date.desc", "terms.hide": "confidence" }));
  const amount = metadata.files.find((file: { table: string }) => file.table === "Capital committed").columns.find((column: { name: string }) => column.name === "amount_usd");
  expect(amount).toEqual(expect.objectContaining({ description: expect.stringMatching(/US dollars/), unit: "USD, nominal" }));
  const sources = readJson<{ id: string; url: string | null }[]>("data/sources.json");
  for (const source of metadata.sources) {
    expect(source.url).toBe(sources.find((candidate) => candidate.id === source.id)?.url);
    expect(source.confidence.length).toBeGreaterThan(0);
  }
  const readme = text("README.txt");
  expect(readme).toContain(`Cite as:\r\nStakes, “${readJson<{ title: string }>("data/meta.json").title}”, data as of ${formatLongDate(readJson<{ asOf: string }>("data/meta.json").asOf)}. ${new URL(page.url()).origin}/?`);
  expect(sortedQuery(/Cite as:\r\n.*? (http\S+) \(accessed/.exec(readme)![1])).toEqual(sortedQuery(page.url()));
});
