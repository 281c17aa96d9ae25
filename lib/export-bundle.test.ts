import { unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { citation, localIsoDay } from "./citation";
import { licenceLine } from "./licence";
import { toCsv } from "./csv";
import { bundleFileName, buildBundle, citedSources, jsonFileName, viewJson, type BundleInput } from "./export-bundle";
import { dealTermColumns, tableCsvRows } from "./table-columns";
import { commitmentRows, dealTermRows, exportMeta, exportTables, exportView } from "./test/rows";

const meta = exportMeta;
const tables = exportTables;
const view = exportView({
  table: "Deal terms",
  url: "https://stakes.example/?terms.party=amazon&terms.sort=date.desc",
  filters: ["Party: Amazon"],
  sort: ["Date, descending"],
  parameters: { "terms.party": "amazon", "terms.sort": "date.desc" },
});
const input: BundleInput = { meta, tables, view, downloaded: "2026-06-25T09:30:00.000Z" };

/** Unzips to text, keeping a byte-order mark (TextDecoder drops it by default) so the tests can see it. */
function unzip(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
}

describe("buildBundle", () => {
  const files = unzip(buildBundle(input));

  it("holds every table as CSV, the metadata and a README", () => {
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "metadata.json",
      "openai-stakes-backers-across-labs-2026-06-23.csv",
      "openai-stakes-channels-2026-06-23.csv",
      "openai-stakes-cloud-commitments-2026-06-23.csv",
      "openai-stakes-commitments-2026-06-23.csv",
      "openai-stakes-deal-terms-2026-06-23.csv",
      "openai-stakes-sellers-2026-06-23.csv",
    ]);
    expect(bundleFileName("openai", "2026-06-23")).toBe("openai-stakes-2026-06-23.zip");
  });

  it("writes each table in full, every row and column in data order, by the same CSV rules as the page", () => {
    const terms = files["openai-stakes-deal-terms-2026-06-23.csv"];
    const { header, rows } = tableCsvRows(dealTermColumns, dealTermRows);
    expect(terms).toBe(toCsv(header, rows));
    expect([...unzipSync(buildBundle(input))["openai-stakes-deal-terms-2026-06-23.csv"].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(terms.startsWith("\uFEFFdate,party,category,term,confidence,figure_grades,sources,source_urls\r\n")).toBe(true);
    const capital = Papa.parse<Record<string, string>>(files["openai-stakes-commitments-2026-06-23.csv"].slice(1), { header: true, skipEmptyLines: true });
    expect(capital.data.map((row) => row.amount_usd)).toEqual(["1000000000", "", "10000000000", "15000000000", "35000000000", "8200000000"]);
    // A formula-looking value is neutralised in the bundle too.
    expect(capital.data[4].conditions).toBe("'=IPO, or a milestone");
    expect(files["openai-stakes-channels-2026-06-23.csv"]).toBe("\uFEFFchannel,cloud,models,since,stage,notes,confidence,figure_grades,sources,source_urls\r\n");
  });

  it("describes every column with its meaning and unit, the view, and every source with its URL and confidence", () => {
    const metadata = JSON.parse(files["metadata.json"]);
    expect(metadata).toMatchObject({ title: meta.title, asOf: "2026-06-23", downloaded: input.downloaded, url: view.url, view });
    const capital = metadata.files.find((file: { table: string }) => file.table === "Capital committed");
    expect(capital.rows).toBe(6);
    expect(capital.columns.find((column: { name: string }) => column.name === "amount_usd")).toEqual({
      name: "amount_usd",
      label: "Amount",
      description: "Amount in US dollars, nominal; empty where undisclosed",
      unit: "USD, nominal",
    });
    expect(capital.columns.map((column: { name: string }) => column.name).slice(-2)).toEqual(["sources", "source_urls"]);
    expect(metadata.sources.map((source: { id: string }) => source.id)).toEqual(["s-openai", "s-geekwire", "s-reuters"]);
    const reuters = metadata.sources[2];
    expect(reuters.url).toBe("https://reuters.com/z");
    expect(reuters.confidence).toEqual(["confirmed", "unconfirmed"]);
    expect(reuters.citedBy).toEqual([
      { table: "Capital committed", row: "a-up", confidence: "confirmed" },
      { table: "Capital committed", row: "a-cond", confidence: "unconfirmed" },
    ]);
    expect(metadata.citation).toBe(citation({ title: meta.title, asOf: meta.asOf, url: view.url, accessed: "2026-06-25" }));
    expect(metadata.licence).toBe(licenceLine());
  });

  it("says in the README what each file is and how to cite it", () => {
    const readme = files["README.txt"];
    expect(readme).toContain("openai-stakes-deal-terms-2026-06-23.csv: Deal terms, 5 rows");
    expect(readme).toContain(`Cite as:\r\nStakes, “Who has money in OpenAI”, data as of 23 June 2026. ${view.url} (accessed 25 June 2026).`);
    expect(readme).toContain(`\r\n${licenceLine()}\r\n`);
  });
});

describe("viewJson", () => {
  const columns = dealTermColumns.filter((column) => column.id !== "text");
  const rows = [dealTermRows[4], dealTermRows[3]];

  it("writes the view's rows in view order, keyed like the CSV, with what each key means", () => {
    const json = JSON.parse(viewJson({ meta, specs: columns, rows, withSources: true, view, downloaded: input.downloaded }));
    expect(json.columns.map((column: { name: string }) => column.name)).toEqual(["date", "party", "category", "confidence", "figure_grades", "sources"]);
    expect(json.columns[0].unit).toMatch(/^ISO 8601/);
    expect(json.rows).toEqual([
      { date: "2026", party: "Amazon", category: "Legal", confidence: "unconfirmed", figure_grades: null, sources: [{ publisher: "OpenAI", title: "Microsoft invests in OpenAI", url: "https://openai.com/x", date: "2019-07-22" }] },
      { date: "2026-02-27", party: "Amazon", category: "Investment", confidence: "confirmed", figure_grades: null, sources: [expect.objectContaining({ publisher: "OpenAI" })] },
    ]);
    expect(json.view).toEqual(view);
    expect(jsonFileName("openai", "deal-terms", "2026-06-23")).toBe("openai-stakes-deal-terms-view-2026-06-23.json");
  });

  it("leaves the sources out when the view hides them, and keeps unknown values as null", () => {
    const json = JSON.parse(viewJson({ meta, specs: dealTermColumns.slice(0, 1), rows: [], withSources: false, view, downloaded: input.downloaded }));
    // The row's grade and the figures' grades go with every export, whatever the view hides.
    expect(json.columns.map((column: { name: string }) => column.name)).toEqual(["date", "confidence", "figure_grades"]);
    expect(json.rows).toEqual([]);
    const amounts = JSON.parse(viewJson({ meta, specs: [], rows: commitmentRows, withSources: false, view, downloaded: input.downloaded }));
    expect(amounts.rows[1]).toEqual({ confidence: "reported", figure_grades: null });
  });
});

describe("citedSources", () => {
  it("lists each source once, in first-cited order", () => {
    expect(citedSources({ ...tables, commitments: [] }, true).map((source) => [source.id, source.citedBy.length])).toEqual([["s-openai", 5]]);
  });
});

describe("citation", () => {
  it("names the title, the as-of date, the URL with the view and the access date", () => {
    expect(citation({ title: "T", asOf: "2026-06-23", url: "https://x.example/?terms.q=a", accessed: "2026-07-01" })).toBe(
      "Stakes, “T”, data as of 23 June 2026. https://x.example/?terms.q=a (accessed 1 July 2026).",
    );
  });

  it("dates the access by the reader's calendar", () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
