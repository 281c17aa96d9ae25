import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readRealDataDir } from "./test/real-data-dir";
import { csvExports, csvResponse } from "./exports";
import { channelColumns, cloudCommitmentColumns, commitmentColumns, dealTermColumns } from "./table-columns";

readRealDataDir();

describe("csvExports", () => {
  it.each([
    ["commitments", commitmentColumns.map((column) => column.csvHeader)],
    ["cloud-commitments", cloudCommitmentColumns.map((column) => column.csvHeader)],
    ["deal-terms", dealTermColumns.map((column) => column.csvHeader)],
    ["channels", channelColumns.map((column) => column.csvHeader)],
  ] as const)("%s: every column, then sources and source_urls, rows as wide as the header", (name, headers) => {
    const { asOf, header, rows } = csvExports[name]();
    expect(asOf).toBe("2026-06-23");
    expect(header).toEqual([...headers, "sources", "source_urls"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it("exports the commitments in the data's order with raw amounts", () => {
    const { header, rows } = csvExports.commitments();
    const amount = header.indexOf("amount_usd");
    const announced = header.indexOf("announced");
    expect(rows.map((row) => [row[announced], row[amount]])).toEqual([
      ["2019-07-22", 1e9],
      ["2021", null],
      ["2023-01-23", 10e9],
      ["2025-10-29", 13e9],
      ["2026-03-31", null],
      ["2026-02-27", 15e9],
      ["2026-02-27", 35e9],
      ["2026-02-27", 30e9],
      ["2026-02-27", 30e9],
    ]);
  });
});

describe("csvResponse", () => {
  it("serves a CSV attachment named after the table and the as-of date", async () => {
    const response = csvResponse("deal-terms");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="openai-stakes-deal-terms-2026-06-23.csv"');
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
    const { header, rows } = csvExports.commitments();
    expect(parsed.data[0]).toEqual(header);
    expect(parsed.data.slice(1).map((row) => row[header.indexOf("amount_usd")])).toEqual(rows.map((row) => (row[header.indexOf("amount_usd")] === null ? "" : String(row[header.indexOf("amount_usd")]))));
  });
});
