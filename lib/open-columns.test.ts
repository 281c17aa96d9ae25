import { describe, expect, it } from "vitest";
import { autoMapping, detectTable, importFields, missingFields, normaliseHeader, tableOfZipEntry } from "./open-columns";
import { TABLES } from "./tables";

describe("column matching", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(normaliseHeader(" Amount (USD) ")).toBe("amountusd");
    expect(autoMapping("commitments", ["INVESTOR", "Amount USD", "x"]).amount_usd).toBe(1);
  });

  it("matches the site's own CSV headers, labels and data fields", () => {
    const headers = ["date", "party", "category", "term", "confidence", "figure_grades", "sources", "source_urls"];
    expect(autoMapping("dealTerms", headers)).toEqual({ date: 0, party: 1, category: 2, term: 3, confidence: 4, id: null, figure_grades: 5, sources: 6, source_urls: 7 });
    expect(autoMapping("dealTerms", ["Text", "Party"]).term).toBe(0);
    expect(missingFields("dealTerms", autoMapping("dealTerms", ["date", "party"])).map((field) => field.header)).toEqual(["category", "term", "confidence", "sources"]);
  });

  it("detects the table from its headers, and none from unrelated ones", () => {
    expect(detectTable(["date", "party", "category", "term", "confidence", "sources"])).toBe("dealTerms");
    expect(detectTable(["investor", "recipient", "amount_usd", "tranche"])).toBe("commitments");
    expect(detectTable(["channel", "cloud", "models", "stage"])).toBe("channels");
    expect(detectTable(["colour", "size"])).toBeNull();
  });

  it("has a field for every column of the table, each filling a distinct data field", () => {
    for (const id of ["commitments", "cloudCommitments", "dealTerms", "channels"] as const) {
      const fields = importFields(id);
      for (const column of TABLES[id].columns) expect(fields.map((field) => field.header)).toContain(column.csvHeader);
      const data = fields.map((field) => field.field).filter(Boolean);
      expect(new Set(data).size).toBe(data.length);
    }
  });

  it("names a zip entry's table by its file name", () => {
    expect(tableOfZipEntry("openai-stakes-deal-terms-2026-12-01.csv")).toBe("dealTerms");
    expect(tableOfZipEntry("openai-stakes-backers-across-labs-2026-12-01.csv")).toBe("backing");
    expect(tableOfZipEntry("notes.csv")).toBeNull();
  });
});
