import { describe, expect, it } from "vitest";
import { syntheticSource } from "./test/builders";
import { chartJsonPath, fromTableFile, listJsonPath, sourcesPagePath, tableJsonName, tableJsonPath, tableOfSlug, tablePagePath, toTableFile } from "./table-files";

const source = syntheticSource;

const [a, b, c] = [source("a"), source("b"), source("c")];
const rows = [
  { id: "r1", sourceIds: ["c", "a"] },
  { id: "r2", sourceIds: ["a"] },
];

describe("table files", () => {
  it("are named by the table's slug, under their lab", () => {
    expect(tableJsonName("dealTerms")).toBe("deal-terms.json");
    expect(tableJsonPath("openai", "cloudCommitments")).toBe("/data/openai/cloud-commitments.json");
    expect(tableJsonPath("a lab", "channels")).toBe("/data/a%20lab/channels.json");
  });

  it("have a page of their own, found again by its slug among the page's tables", () => {
    expect(tablePagePath("openai", true, "dealTerms")).toBe("/tables/deal-terms");
    expect(tablePagePath("anthropic", false, "dealTerms")).toBe("/anthropic/tables/deal-terms");
    expect(tableOfSlug("deal-terms", ["commitments", "dealTerms"])).toBe("dealTerms");
    expect(tableOfSlug("sellers", ["commitments", "dealTerms"])).toBeUndefined();
    expect(tableOfSlug("nope", ["commitments"])).toBeUndefined();
  });

  it("sit beside the page's sources and disputes, whose page is the lab's", () => {
    expect(listJsonPath("openai", "sources")).toBe("/data/openai/sources.json");
    expect(listJsonPath("anthropic", "disputes")).toBe("/data/anthropic/disputes.json");
    expect(sourcesPagePath("openai", true)).toBe("/sources");
    expect(sourcesPagePath("anthropic", false)).toBe("/anthropic/sources");
  });

  it("keep each chart's numbers in a folder of their own under the lab's", () => {
    expect(chartJsonPath("openai", "money-both-ways")).toBe("/data/openai/charts/money-both-ways.json");
    expect(chartJsonPath("a b", "x/y")).toBe("/data/a%20b/charts/x%2Fy.json");
  });

  it("list each cited source once, and only those", () => {
    const file = toTableFile(rows, [a, b, c]);
    expect(file.rows).toBe(rows);
    expect(file.sources).toEqual([a, c]);
  });

  it("read back as the rows with their sources resolved, in each row's order", () => {
    const file = JSON.parse(JSON.stringify(toTableFile(rows, [a, b, c])));
    expect(fromTableFile(file, "/data/x.json")).toEqual([
      { id: "r1", sourceIds: ["c", "a"], sources: [c, a] },
      { id: "r2", sourceIds: ["a"], sources: [a] },
    ]);
  });

  it("name the file and what is wrong when it is not a table file", () => {
    expect(() => fromTableFile("<html>", "/data/x.json")).toThrow('/data/x.json: not a table file (expected an object with "rows" and "sources" lists)');
    expect(() => fromTableFile(null, "/data/x.json")).toThrow("not a table file");
    expect(() => fromTableFile({ rows: [{ id: "r1" }], sources: [] }, "/data/x.json")).toThrow('/data/x.json: row 1 has no "sourceIds" list');
    expect(() => fromTableFile({ rows: [{ id: "r1", sourceIds: ["zz"] }], sources: [a] }, "/data/x.json")).toThrow('/data/x.json: unknown source id "zz"');
  });
});
