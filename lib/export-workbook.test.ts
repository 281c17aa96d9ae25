import { describe, expect, it } from "vitest";
import { citation } from "./citation";
import { licenceLine } from "./licence";
import { fullTables } from "./export-bundle";
import { everythingWorkbook, tableWorkbook } from "./export-workbook";
import { commitmentColumns, dealTermColumns, tableCsvRows } from "./table-columns";
import { TABLES } from "./tables";
import { readXlsx, sheetValues } from "./test/read-xlsx";
import { commitmentRows, dealTermRows, exportMeta, exportTables, exportView } from "./test/rows";
import { buildXlsx } from "./xlsx";

const meta = exportMeta;
const tables = exportTables;
const view = exportView({
  table: "Capital committed",
  url: "https://stakes.example/?capital.sort=amount.desc",
  filters: ["Investor: Amazon"],
  sort: ["Amount, descending"],
  hiddenColumns: ["Kind"],
  parameters: { "capital.sort": "amount.desc" },
  rowsTotal: 6,
});
const downloaded = "2026-06-25T09:30:00.000Z";

/** A field's value on the Metadata sheet. */
const field = (rows: (string | number | null)[][], name: string) => rows.find((row) => row[0] === name)?.[1];

describe("tableWorkbook", () => {
  const specs = commitmentColumns.filter((column) => column.id !== "kind");
  const shown = [commitmentRows[4], commitmentRows[3]];
  const book = readXlsx(buildXlsx(tableWorkbook({ meta, title: "Capital committed", specs, rows: shown, withSources: true, view, downloaded, scope: "view" })));

  it("puts the view on the first sheet: the CSV's header and records, in the order shown", () => {
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Capital committed", "Columns", "Metadata"]);
    const { header, rows } = tableCsvRows(specs, shown);
    const values = sheetValues(book.sheets[0]);
    expect(values[0]).toEqual(header);
    expect(values.map((row) => row[0])).toEqual(["investor", "Amazon", "Amazon"]);
    expect(values.slice(1).map((row) => row[header.indexOf("amount_usd")])).toEqual([35e9, 15e9]);
    // The CSV neutralises with a quote; the sheet keeps the text exact and marks the cell instead.
    expect(rows[0][header.indexOf("conditions")]).toBe("=IPO, or a milestone");
    expect(book.sheets[0].rows[1][header.indexOf("conditions")]).toEqual({ type: "text", value: "=IPO, or a milestone", quotePrefix: true });
  });

  it("leaves an undisclosed amount an empty cell", () => {
    const all = readXlsx(buildXlsx(tableWorkbook({ meta, title: "Capital committed", specs: commitmentColumns, rows: commitmentRows, withSources: false, view, downloaded, scope: "all" })));
    const values = sheetValues(all.sheets[0]);
    const amount = values[0].indexOf("amount_usd");
    expect(values.slice(1).map((row) => row[amount])).toEqual([1e9, null, 10e9, 15e9, 35e9, 8.2e9]);
    expect(values[0]).not.toContain("sources");
    expect(field(sheetValues(all.sheets[2]), "contents")).toBe("Every row and column of Capital committed, in the data's order");
  });

  it("says what each column means, the sources' columns included", () => {
    const columns = sheetValues(book.sheets[1]);
    expect(columns[0]).toEqual(["sheet", "column", "label", "description", "unit"]);
    expect(columns.find((row) => row[1] === "amount_usd")).toEqual(["Capital committed", "amount_usd", "Amount", "Amount in US dollars, nominal; empty where undisclosed", "USD, nominal"]);
    expect(columns.map((row) => row[1]).slice(-2)).toEqual(["sources", "source_urls"]);
  });

  it("carries the view, the data's date and a citation", () => {
    const rows = sheetValues(book.sheets[2]);
    expect(field(rows, "as_of")).toBe("2026-06-23");
    expect(field(rows, "url")).toBe(view.url);
    expect(field(rows, "citation")).toBe(citation({ title: meta.title, asOf: meta.asOf, url: view.url, accessed: "2026-06-25" }));
    expect(field(rows, "licence")).toBe(licenceLine());
    expect(field(rows, "contents")).toBe("The rows and columns of Capital committed shown, in the order shown");
    expect(field(rows, "rows")).toBe(2);
    expect(field(rows, "view_filters")).toBe("Investor: Amazon");
    expect(field(rows, "view_hidden_columns")).toBe("Kind");
  });
});

describe("everythingWorkbook", () => {
  const book = readXlsx(buildXlsx(everythingWorkbook({ meta, tables, view, downloaded })));

  it("has a sheet per table of the page in page order, then sources, columns and metadata", () => {
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      "Capital committed",
      "Cloud spending committed back",
      "Deal terms",
      "Distribution channels",
      "Backers across labs",
      "Who sells whose models",
      "Sources",
      "Columns",
      "Metadata",
    ]);
  });

  it("holds each table in full, as the zip's CSV holds it", () => {
    for (const table of fullTables(meta, tables)) {
      const sheet = book.sheets.find((candidate) => candidate.name === table.title)!;
      const values = sheetValues(sheet);
      expect(values[0]).toEqual(table.header);
      expect(values.length).toBe(table.records.length + 1);
    }
    const terms = sheetValues(book.sheets[2]);
    const { rows } = tableCsvRows(dealTermColumns, dealTermRows);
    expect(terms.slice(1)).toEqual(rows.map((row) => row.map((value) => (value === "" ? null : value))));
  });

  it("lists every cited source with its URL, or an empty cell where it has none", () => {
    const sources = sheetValues(book.sheets[6]);
    expect(sources[0]).toEqual(["id", "publisher", "tier", "title", "url", "date", "confidence", "cited_by"]);
    expect(sources.slice(1).map((row) => row[0])).toEqual(["s-openai", "s-geekwire", "s-reuters"]);
    expect(sources[2]).toEqual(["s-geekwire", "GeekWire", "primary", null, null, "2023-01-23", "reported", "Capital committed: m-2021"]);
    expect(sources[3][6]).toBe("confirmed; unconfirmed");
  });

  it("describes the columns of every table and counts each table's rows", () => {
    const columns = sheetValues(book.sheets[7]);
    expect(new Set(columns.slice(1).map((row) => row[0]))).toEqual(new Set(fullTables(meta, tables).map((table) => table.title)));
    const metadata = sheetValues(book.sheets[8]);
    expect(field(metadata, "rows in Deal terms")).toBe(5);
    expect(field(metadata, "rows in Distribution channels")).toBe(0);
  });

  it("leaves the tables across labs out on another lab's page", () => {
    const other = everythingWorkbook({ meta: { ...meta, lab: "anthropic", home: false }, tables, view, downloaded });
    expect(other.sheets.map((sheet) => sheet.name)).not.toContain(TABLES.sellers.title);
    expect(other.sheets.map((sheet) => sheet.name)).not.toContain(TABLES.backing.title);
  });
});
