import { describe, expect, it } from "vitest";
import { channelColumns, cloudCommitmentColumns, commitmentColumns, dealTermColumns, type ColumnSpec } from "./table-columns";
import {
  choiceOptions,
  filterRows,
  filterTypeOf,
  hasActiveFilters,
  matchesFilter,
  NO_FILTERS,
  type TableFilters,
} from "./table-filters";
import { commitmentRows, dealTermRows } from "./test/rows";

const column = <Row>(specs: ColumnSpec<Row>[], id: string) => {
  const spec = specs.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`no column ${id}`);
  return spec;
};
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
const filters = (columns: TableFilters["columns"], q = ""): TableFilters => ({ q, columns });

describe("filterTypeOf", () => {
  it("gives amounts a range, dates a from/to and few-valued text a choice; long text none", () => {
    const types = (specs: ColumnSpec<never>[]) => Object.fromEntries(specs.map((spec) => [spec.id, filterTypeOf(spec)]));
    expect(types(commitmentColumns as ColumnSpec<never>[])).toEqual({
      investor: "choice",
      recipient: "choice",
      announced: "dates",
      amount: "range",
      tranche: "choice",
      role: "choice",
      partOf: null,
      kind: null,
      status: null,
      conditions: null,
      confidence: "choice",
    });
    expect(types(cloudCommitmentColumns as ColumnSpec<never>[]).term).toBe("range");
    expect(types(dealTermColumns as ColumnSpec<never>[])).toEqual({ date: "dates", party: "choice", category: "choice", text: null, confidence: "choice" });
    expect(types(channelColumns as ColumnSpec<never>[]).models).toBeNull();
  });
});



describe("choiceOptions", () => {
  it("lists each value once, as displayed, counted over the rows given, alphabetically", () => {
    const tranche = column(commitmentColumns, "tranche");
    const amazonOnly = commitmentRows.filter((row) => row.investor === "Amazon");
    expect(choiceOptions(tranche, commitmentRows, amazonOnly)).toEqual([
      { key: "conditional", label: "Conditional", count: 1 },
      { key: "follow-on", label: "Follow on", count: 0 },
      { key: "initial", label: "Initial", count: 0 },
      { key: "round", label: "Round", count: 0 },
      { key: "upfront", label: "Upfront", count: 1 },
    ]);
  });

  it("orders confidence from strongest to weakest", () => {
    const options = choiceOptions(column(commitmentColumns, "confidence"), commitmentRows, commitmentRows);
    expect(options.map((option) => [option.key, option.count])).toEqual([
      ["confirmed", 3],
      ["reported", 2],
      ["unconfirmed", 1],
    ]);
  });

  it("keys deal-term categories by their data values", () => {
    const options = choiceOptions(column(dealTermColumns, "category"), dealTermRows, dealTermRows);
    expect(options.find((option) => option.label === "IP rights")?.key).toBe("ip-rights");
  });
});

describe("matchesFilter", () => {
  const amount = column(commitmentColumns, "amount");
  const announced = column(commitmentColumns, "announced");
  const row = (id: string) => commitmentRows.find((candidate) => candidate.id === id)!;

  it("reads USD bounds in billions, inclusive at both ends, exactly for decimals", () => {
    expect(matchesFilter(amount, row("m-2023"), { type: "range", min: 10, max: 15 })).toBe(true);
    expect(matchesFilter(amount, row("a-up"), { type: "range", min: 10, max: 15 })).toBe(true);
    expect(matchesFilter(amount, row("m-2019"), { type: "range", min: 10, max: null })).toBe(false);
    expect(matchesFilter(amount, row("a-cond"), { type: "range", min: null, max: 34.99 })).toBe(false);
    // 8.2 * 1e9 is 8,199,999,999.999999 in floating point; the bound must still include $8.2B.
    expect(8.2 * 1e9).not.toBe(8.2e9);
    expect(matchesFilter(amount, row("x-undated"), { type: "range", min: 8.2, max: 8.2 })).toBe(true);
  });

  it("never lets an unknown amount or date through an active filter", () => {
    expect(matchesFilter(amount, row("m-2021"), { type: "range", min: 0, max: null })).toBe(false);
    expect(matchesFilter(announced, row("x-undated"), { type: "dates", from: null, to: "2100-01-01" })).toBe(false);
  });

  it("compares partial dates by the day they start", () => {
    const from2021 = { type: "dates", from: "2021-01-01", to: "2021-12-31" } as const;
    expect(matchesFilter(announced, row("m-2021"), from2021)).toBe(true);
    expect(matchesFilter(announced, row("m-2021"), { type: "dates", from: "2021-01-02", to: null })).toBe(false);
    expect(matchesFilter(announced, row("a-cond"), { type: "dates", from: "2026-02-01", to: "2026-02-01" })).toBe(true);
    expect(matchesFilter(announced, row("a-up"), { type: "dates", from: null, to: "2026-02-26" })).toBe(false);
  });

  it("matches chosen values by key", () => {
    const investor = column(commitmentColumns, "investor");
    expect(matchesFilter(investor, row("x-undated"), { type: "choice", values: ["zurich-fund"] })).toBe(true);
    expect(matchesFilter(investor, row("m-2019"), { type: "choice", values: ["amazon"] })).toBe(false);
  });
});

describe("filterRows", () => {
  it("keeps every row, in order, when nothing is filtered", () => {
    expect(filterRows(commitmentRows, commitmentColumns, NO_FILTERS)).toEqual(commitmentRows);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters({}, "   "))).toBe(false);
  });

  it("applies the search and every column filter together", () => {
    const view = filters({ investor: { type: "choice", values: ["microsoft"] }, amount: { type: "range", min: 1, max: null } });
    expect(ids(filterRows(commitmentRows, commitmentColumns, view))).toEqual(["m-2019", "m-2023"]);
    expect(ids(filterRows(commitmentRows, commitmentColumns, { ...view, q: "2023" }))).toEqual(["m-2023"]);
    expect(hasActiveFilters(view)).toBe(true);
  });

  it("leaves one column's filter out on request, for that column's counts", () => {
    const view = filters({ party: { type: "choice", values: ["amazon"] }, date: { type: "dates", from: "2025-01-01", to: null } });
    expect(ids(filterRows(dealTermRows, dealTermColumns, view))).toEqual(["t4", "t5"]);
    expect(ids(filterRows(dealTermRows, dealTermColumns, view, "party"))).toEqual(["t2", "t3", "t4", "t5"]);
  });

  it("returns no rows when nothing matches", () => {
    expect(filterRows(dealTermRows, dealTermColumns, filters({}, "no such words"))).toEqual([]);
  });
});
