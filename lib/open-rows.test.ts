import { describe, expect, it } from "vitest";
import { buildBundle } from "./export-bundle";
import { OPEN_TABLE_IDS } from "./open-columns";
import { prepareFile } from "./open-prepare";
import { checkOpened } from "./open-rows";
import { describeProblem } from "./open-problems";
import { homePageData } from "./page-data";
import { tableCsvRows, type ColumnSpec } from "./table-columns";
import { TABLES } from "./tables";
import { readRealDataDir } from "./test/real-data-dir";

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
      const opened = tableCsvRows(specs, (result.tables[id] ?? []) as never);
      expect(opened, id).toEqual(site);
      expect(opened.rows.length, id).toBeGreaterThan(0);
      // The rows' ids come back too, so that a tranche's "part of" still names its total.
      expect((result.tables[id] ?? []).map((row) => row.id), id).toEqual(data.tables[id].map((row) => row.id));
    }
  });
});
