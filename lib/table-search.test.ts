import { describe, expect, it } from "vitest";
import { commitmentColumns, dealTermColumns } from "./table-columns";
import { cachedSearchText, matchesSearch, normalizeText, rowSearchText, searchWords, warmSearchTexts } from "./table-search";
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

describe("warmSearchTexts", () => {
  const rows = () => Array.from({ length: 1_200 }, (_, index) => ({ ...dealTermRows[index % dealTermRows.length] }));

  it("works out every row's text from where it was left, until told to stop between slices of 500", () => {
    const many = rows();
    let asked = 0;
    // Stop after the first slice: 500 rows done, the rest not.
    expect(warmSearchTexts(dealTermColumns, many, 0, () => ++asked >= 1)).toBe(500);
    many[0].text = "changed after warming";
    // The warmed row answers from memory (what a search then reads)...
    expect(cachedSearchText(dealTermColumns, many[0])).not.toContain("changed after warming");
    // ...and an unwarmed one is worked out when asked.
    many[700].text = "changed before warming";
    expect(warmSearchTexts(dealTermColumns, many, 500, () => false)).toBe(1_200);
    expect(cachedSearchText(dealTermColumns, many[700])).toContain("changed before warming");
  });

  it("does nothing past the end", () => {
    expect(warmSearchTexts(dealTermColumns, rows(), 1_200, () => false)).toBe(1_200);
    expect(warmSearchTexts(dealTermColumns, [], 0, () => false)).toBe(0);
  });
});
