import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetForLab } from "./labs";
import { loadDataset } from "./load-data";
import { pageTableIds, TABLE_IDS, TABLES, tableFileName, tableOfFile, tableRows } from "./tables";

const all = loadDataset(path.resolve("data"));

describe("the table registry", () => {
  it("gives every table its own URL key, file, anchor and title", () => {
    for (const field of ["key", "slug", "anchor", "title"] as const) {
      const values = TABLE_IDS.map((id) => TABLES[id][field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it("finds a table by the file it is served as, and nothing else", () => {
    for (const id of TABLE_IDS) expect(tableOfFile(tableFileName(id))).toBe(id);
    expect(tableOfFile("data.json")).toBeUndefined();
    expect(tableOfFile("commitments")).toBeUndefined();
  });

  it("shows the tables across labs on the home page only", () => {
    expect(pageTableIds(true)).toEqual(TABLE_IDS);
    expect(pageTableIds(false)).toEqual(TABLE_IDS.filter((id) => !TABLES[id].acrossLabs));
    expect(pageTableIds(false)).not.toContain("sellers");
    expect(pageTableIds(false)).not.toContain("backing");
  });
});

describe("tableRows", () => {
  it("gives a lab's page its own rows, and the home page every lab's channels in the table across labs", () => {
    const openai = tableRows(datasetForLab(all, "openai"), all, true);
    expect(new Set(openai.channels.map((row) => row.lab))).toEqual(new Set(["openai"]));
    expect(openai.sellers).toHaveLength(all.channels.length);
    expect(new Set(openai.sellers.map((row) => row.labName))).toEqual(new Set(all.labs.filter((lab) => all.channels.some((row) => row.lab === lab.id)).map((lab) => lab.name)));
    for (const row of openai.sellers) expect(row.sources.map((source) => source.id)).toEqual(row.sourceIds);
  });

  it("leaves the tables across labs empty on another lab's page", () => {
    const anthropic = tableRows(datasetForLab(all, "anthropic"), all, false);
    expect(anthropic.sellers).toEqual([]);
    expect(new Set(anthropic.channels.map((row) => row.lab))).toEqual(new Set(["anthropic"]));
  });
});
