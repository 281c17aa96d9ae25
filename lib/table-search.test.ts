import { describe, expect, it } from "vitest";
import { commitmentColumns, dealTermColumns } from "./table-columns";
import { cachedSearchText, matchesSearch, normalizeText, rowSearchText, searchWords } from "./table-search";
import { commitmentRows, dealTermRows } from "./test/rows";

describe("search", () => {
  it("folds case and accents", () => {
    expect(normalizeText("Zürich ÉTÉ")).toBe("zurich ete");
  });

  it("needs every word somewhere in the row, in any column and order", () => {
    const text = rowSearchText(dealTermColumns, dealTermRows[0]);
    expect(matchesSearch(text, "azure")).toBe(true);
    expect(matchesSearch(text, "  EXCLUSIVE   microsoft ")).toBe(true);
    expect(matchesSearch(text, "azure amazon")).toBe(false);
    expect(matchesSearch(text, "")).toBe(true);
  });

  it("finds what the page shows: formatted amounts and dates, display labels, notes and source names", () => {
    const m2021 = rowSearchText(commitmentColumns, commitmentRows[1]);
    expect(m2021).toContain("follow on");
    expect(m2021).toContain("disclosed 2023-01-23");
    expect(m2021).toContain("geekwire");
    const cond = rowSearchText(commitmentColumns, commitmentRows[4]);
    expect(matchesSearch(cond, "$35B")).toBe(true);
    expect(matchesSearch(cond, "feb 2026")).toBe(true);
    expect(matchesSearch(cond, "triggers reported")).toBe(true);
    expect(matchesSearch(cond, "reuters")).toBe(true);
  });
});

describe("cachedSearchText", () => {
  it("is the row's search text, worked out once per row and set of columns", () => {
    const row = { ...dealTermRows[0] };
    const first = cachedSearchText(dealTermColumns, row);
    expect(first).toBe(rowSearchText(dealTermColumns, row));
    // The same row object answers from memory, even after a change the cache cannot see...
    row.text = "something else entirely";
    expect(cachedSearchText(dealTermColumns, row)).toBe(first);
    // ...while a new row object (rows are replaced, never edited, in the page) is worked out anew.
    expect(cachedSearchText(dealTermColumns, { ...row })).toContain("something else entirely");
  });

  it("matches the query's words, given once as a list", () => {
    const text = cachedSearchText(dealTermColumns, dealTermRows[0]);
    expect(searchWords("  EXCLUSIVE   Microsoft ")).toEqual(["exclusive", "microsoft"]);
    expect(matchesSearch(text, searchWords("exclusive microsoft"))).toBe(true);
    expect(matchesSearch(text, searchWords("azure amazon"))).toBe(false);
    expect(matchesSearch(text, [])).toBe(true);
  });
});
