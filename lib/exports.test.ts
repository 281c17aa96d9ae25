import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readRealDataDir } from "./test/real-data-dir";
import { csvResponse, tableCsv } from "./exports";
import { TABLE_IDS, TABLES } from "./tables";

readRealDataDir();

describe("tableCsv", () => {
  it.each(TABLE_IDS)("%s: every column, then sources and source_urls, rows as wide as the header", (id) => {
    const { asOf, header, rows } = tableCsv(id);
    expect(asOf).toBe("2026-12-01");
    expect(header).toEqual([...TABLES[id].columns.map((column) => column.csvHeader), "figure_grades", "sources", "source_urls"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it("exports the commitments in the data's order with raw amounts, each with its role and per-figure grades", () => {
    const { header, rows } = tableCsv("commitments");
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    expect(column("amount_usd").slice(0, 4)).toEqual([1e9, null, 10e9, 13e9]);
    expect(column("role")).toEqual(["part", "part", "part", "counted", "part", "part", "counted", "counted", "part", "part", "part", "context", "context", "context", "context"]);
    expect(column("part_of").slice(0, 4)).toEqual(["msft-total", "msft-total", "msft-total", null]);
    // A row whose figures differ: reported as a row, its amount confirmed.
    const total = rows.find((row) => row[header.indexOf("amount_usd")] === 50e9)!;
    expect([total[header.indexOf("confidence")], total[header.indexOf("figure_grades")]]).toEqual(["reported", "date: reported; amount: confirmed"]);
  });
});

/** The README's pandas filter, `df[df.part_of.isna() & (df.role != "context")]`, summed by investor. */
function sumByBacker(csv: string): Record<string, number> {
  const [header, ...records] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "").trimEnd(), { delimiter: ",", newline: "\r\n" }).data;
  const at = (record: string[], name: string) => record[header.indexOf(name)];
  const sums: Record<string, number> = {};
  for (const record of records) {
    if (at(record, "part_of") !== "" || at(record, "role") === "context") continue;
    sums[at(record, "investor")] = (sums[at(record, "investor")] ?? 0) + Number(at(record, "amount_usd") || 0);
  }
  return sums;
}

describe("the served capital CSV, summed as the README says", () => {
  it("gives each backer's total once: Microsoft $13B, Amazon $50B", async () => {
    const text = new TextDecoder("utf-8").decode(await csvResponse("commitments").arrayBuffer());
    expect(sumByBacker(text)).toEqual({ Microsoft: 13e9, Amazon: 50e9 });
  });
});

describe("csvResponse", () => {
  it("serves a CSV attachment named after the table and the as-of date", async () => {
    const response = csvResponse("dealTerms");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="openai-stakes-deal-terms-2026-12-01.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The UTF-8 byte-order mark, as bytes (Response.text() would strip it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("serves a body that parses back to the export's rows", async () => {
    const response = csvResponse("commitments");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFFinvestor,recipient,announced,amount_usd,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(0, -2), { delimiter: ",", newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const { header, rows } = tableCsv("commitments");
    expect(parsed.data[0]).toEqual(header);
    expect(parsed.data.slice(1).map((row) => row[header.indexOf("amount_usd")])).toEqual(rows.map((row) => (row[header.indexOf("amount_usd")] === null ? "" : String(row[header.indexOf("amount_usd")]))));
  });
});
