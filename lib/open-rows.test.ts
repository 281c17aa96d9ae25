import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { buildBundle } from "./export-bundle";
import { OPEN_TABLE_IDS } from "./open-columns";
import { prepareFile } from "./open-prepare";
import { checkOpened } from "./open-rows";
import { describeProblem } from "./open-problems";
import { homePageData } from "./page-data";
import { tableCsvRows, type ColumnSpec } from "./table-columns";
import { TABLES } from "./tables";
import { readRealDataDir } from "./test/real-data-dir";
import { withSources } from "./sources";

readRealDataDir();



describe("the site's own zip, opened", () => {
  it("reproduces every table it can open, row for row and field for field", () => {
    const data = homePageData();
    const meta = { lab: "openai", home: true, title: data.meta.title, subject: data.meta.subject, asOf: data.meta.asOf, note: data.meta.note };
    const view = { table: "Deal terms", url: "http://localhost/", filters: [], sort: [], hiddenColumns: [], parameters: {}, rowsShown: 0, rowsTotal: 0 };
    const zip = buildBundle({ meta, tables: data.tables, view, downloaded: "2026-12-01T00:00:00.000Z" });
    const prepared = prepareFile("openai-stakes.zip", zip);
    if ("refused" in prepared) throw new Error(prepared.refused);
    const result = checkOpened(prepared.parts, prepared.context, "2030-01-01");
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.gradesChecked).toBe(true);
    expect(result.asOf).toBe(data.meta.asOf);
    for (const id of OPEN_TABLE_IDS) {
      const specs = TABLES[id].columns as ColumnSpec<object>[];
      const site = tableCsvRows(specs, data.tables[id] as never);
      const opened = tableCsvRows(specs, withSources((result.tables[id] ?? []) as { sourceIds: string[] }[], result.sources) as never);
      expect(opened, id).toEqual(site);
      expect(opened.rows.length, id).toBeGreaterThan(0);
      // The rows' ids come back too, so that a tranche's "part of" still names its total.
      expect((result.tables[id] ?? []).map((row) => row.id), id).toEqual(data.tables[id].map((row) => row.id));
    }
  });
});

function openCsv(text: string) {
  const prepared = prepareFile("mine.csv", new TextEncoder().encode(text));
  if ("refused" in prepared) throw new Error(prepared.refused);
  return checkOpened(prepared.parts, prepared.context, "2026-12-01");
}

const HEADER = "date,party,category,term,confidence,sources\r\n";

describe("a CSV of the reader's own", () => {
  it("keeps the valid rows and names each problem by row and column", () => {
    const result = openCsv(
      `${HEADER}2024-05,Acme,IP rights,Acme may use the models.,reported,Reuters\r\n` +
        `2024-02-30,Acme,stake,A stake.,reported,Reuters\r\n` +
        `2024,Acme,Bribery,A term.,sure,\r\n`,
    );
    expect(result.counts.dealTerms).toEqual({ read: 3, kept: 1 });
    expect(withSources(result.tables.dealTerms!, result.sources)[0]).toMatchObject({ date: "2024-05", category: "ip-rights", text: "Acme may use the models.", sources: [{ publisher: "Reuters" }] });
    expect(result.problems.map(describeProblem)).toEqual([
      "mine.csv: row 2, date: expected a real calendar date",
      expect.stringMatching(/^mine\.csv: row 3, confidence: expected one of confirmed, reported, unconfirmed$/),
      "mine.csv: row 3, sources: expected at least one source id",
      expect.stringMatching(/^mine\.csv: row 3, category: expected one of stake, /),
    ]);
    expect(result.gradesChecked).toBe(false);
  });

  it("keeps a formula as text, which every export then neutralises", () => {
    const result = openCsv(`${HEADER}2024,"=HYPERLINK(""http://evil.example"",""x"")",stake,"'@SUM(A1)",reported,Reuters\r\n`);
    const row = result.tables.dealTerms![0];
    expect(row.party).toBe('=HYPERLINK("http://evil.example","x")');
    expect(row.text).toBe("@SUM(A1)");
    const csv = tableCsvRows(TABLES.dealTerms.columns, withSources(result.tables.dealTerms!, result.sources));
    expect(toCsv(csv.header, csv.rows)).toContain(`'=HYPERLINK(""http://evil.example"",""x"")`);
  });

  it("refuses a huge cell and a control character by the data's own text rules, naming the cell", () => {
    const result = openCsv(`${HEADER}2024,Acme,stake,${"x".repeat(20_000)},reported,Reuters\r\n2024,Acme\u0007,stake,ok,reported,Reuters\r\n2024,Acme,stake,ok,reported,Reuters\r\n`);
    expect(result.counts.dealTerms).toEqual({ read: 3, kept: 1 });
    expect(result.problems.map(describeProblem)).toEqual([
      "mine.csv: row 1, term: text of 20,000 characters; at most 10,000 are allowed",
      "mine.csv: row 2, party: contains the control character U+0007 at position 5; only tab and line feed are allowed",
    ]);
  });

  it("lists the first hundred problems and counts the rest", () => {
    const result = openCsv(HEADER + "2024,Acme,stake,ok,never,Reuters\r\n".repeat(250));
    expect(result.problemCount).toBe(250);
    expect(result.problems).toHaveLength(100);
    expect(result.counts.dealTerms).toEqual({ read: 250, kept: 0 });
  });

  it("checks commitments' links: a part must name a total of the same investor", () => {
    const header = "id,investor,recipient,announced,amount_usd,tranche,role,part_of,kind,status,conditions,confidence,sources\r\n";
    const result = openCsv(
      `${header}t,Acme,Lab,2024,100,total,counted,,investment,,,reported,Reuters\r\na,Acme,Lab,2024,60,upfront,part,t,investment,,,reported,Reuters\r\nb,Acme,Lab,2024,-1,upfront,part,t,investment,,,reported,Reuters\r\nc,Acme,Lab,2024,1,upfront,part,zz,investment,,,reported,Reuters\r\n`,
    );
    expect(result.counts.commitments).toEqual({ read: 4, kept: 2 });
    expect(result.problems.map(describeProblem)).toEqual([
      "mine.csv: row 3, amount_usd: expected a non-negative number or null",
      'mine.csv: row 4, part_of: "zz" is not the id of a total row of Acme',
    ]);
  });
});

describe("the site's zip, tampered with", () => {
  it("checks every grade against the sources' tiers it carries", () => {
    const data = homePageData();
    const meta = { lab: "openai", home: true, title: data.meta.title, subject: data.meta.subject, asOf: data.meta.asOf, note: data.meta.note };
    const view = { table: "Deal terms", url: "http://localhost/", filters: [], sort: [], hiddenColumns: [], parameters: {}, rowsShown: 0, rowsTotal: 0 };
    const files = unzipSync(buildBundle({ meta, tables: data.tables, view, downloaded: "2026-12-01T00:00:00.000Z" }));
    const metadata = JSON.parse(strFromU8(files["metadata.json"])) as { sources: { tier: string }[] };
    // Every source demoted: no row may now be confirmed.
    for (const source of metadata.sources) source.tier = "secondary";
    files["metadata.json"] = strToU8(JSON.stringify(metadata));
    const prepared = prepareFile("tampered.zip", zipSync(files));
    if ("refused" in prepared) throw new Error(prepared.refused);
    const result = checkOpened(prepared.parts, prepared.context, "2026-12-01");
    expect(result.problemCount).toBeGreaterThan(0);
    expect(result.problems[0].message).toMatch(/claims (confirmed|reported) but its sources allow unconfirmed/);
    for (const id of OPEN_TABLE_IDS) for (const row of result.tables[id] ?? []) expect(row.confidence).toBe("unconfirmed");
  });
});
