import { describe, expect, it } from "vitest";
import { seededRandom } from "./random";
import { COMPARE_BY_KIND, columnRanks, orderByRanks, RowRanks, UNKNOWN_RANK, type SortValue } from "./sort-ranks";
import type { ColumnKind } from "./table-columns";

/** The order the tables promise, written the slow, obvious way: a stable sort by each key in turn. */
function reference(columns: { values: SortValue[]; kind: ColumnKind; desc: boolean }[], positions: number[]): number[] {
  return [...positions].sort((a, b) => {
    for (const { values, kind, desc } of columns) {
      const [valueA, valueB] = [values[a], values[b]];
      if (valueA === valueB) continue;
      if (valueA === null) return 1;
      if (valueB === null) return -1;
      const compared = (COMPARE_BY_KIND[kind] as (x: SortValue, y: SortValue) => number)(valueA, valueB);
      if (compared !== 0) return desc ? -compared : compared;
    }
    return a - b;
  });
}

describe("columnRanks", () => {
  it("ranks known values densely from 0, equal values equal, unknown ones UNKNOWN_RANK", () => {
    expect([...columnRanks([30, null, 10, 30, 20], "number")]).toEqual([2, UNKNOWN_RANK, 0, 2, 1]);
  });

  it("ranks by the column's own comparator: dates by their start, text without case, confidence by strength", () => {
    expect([...columnRanks(["2021-03", "2021", "2020-12-31"], "date")]).toEqual([2, 1, 0]);
    expect([...columnRanks(["b", "A", "a", "GPT-5.10", "GPT-5.4"], "text")]).toEqual([1, 0, 0, 3, 2]);
    expect([...columnRanks(["unconfirmed", "confirmed", "reported"], "confidence")]).toEqual([2, 0, 1]);
  });

  it("ranks an empty column as nothing", () => {
    expect(columnRanks([], "text")).toHaveLength(0);
  });
});

describe("orderByRanks", () => {
  const values: SortValue[] = [3, null, 1, 3, 2, null, 1];
  const ranks = columnRanks(values, "number");

  it("sorts ascending, ties in the data's order, unknowns last", () => {
    expect(orderByRanks([0, 1, 2, 3, 4, 5, 6], [{ ranks, desc: false }])).toEqual([2, 6, 4, 0, 3, 1, 5]);
  });

  it("sorts descending with ties still in the data's order and unknowns still last", () => {
    expect(orderByRanks([0, 1, 2, 3, 4, 5, 6], [{ ranks, desc: true }])).toEqual([0, 3, 4, 2, 6, 1, 5]);
  });

  it("orders only the positions given (a filtered view)", () => {
    expect(orderByRanks([1, 3, 4, 6], [{ ranks, desc: false }])).toEqual([6, 4, 3, 1]);
  });

  it("leaves the data's order when there is no key, and handles no rows", () => {
    expect(orderByRanks([4, 1, 2], [])).toEqual([4, 1, 2]);
    expect(orderByRanks([], [{ ranks, desc: false }])).toEqual([]);
  });

  it("gives the obvious stable sort's order on random data, one key or three, any direction", () => {
    const next = seededRandom(7);
    const count = 2_000;
    const text = Array.from({ length: count }, () => (next() < 0.1 ? null : ["alpha", "Beta", "beta", "gamma", "Δelta", "GPT-5.4", "GPT-5.10"][Math.floor(next() * 7)]));
    const numbers = Array.from({ length: count }, () => (next() < 0.2 ? null : Math.floor(next() * 50) - 10));
    const dates = Array.from({ length: count }, () => (next() < 0.1 ? null : ["2020", "2020-01", "2020-01-01", "2021-06-30", "2019-12"][Math.floor(next() * 5)]));
    const columns = [
      { values: text, kind: "text" as const },
      { values: numbers, kind: "number" as const },
      { values: dates, kind: "date" as const },
    ];
    const ranked = columns.map((column) => columnRanks(column.values, column.kind));
    const positions = Array.from({ length: count }, (_, index) => index).filter(() => next() < 0.7);
    for (const directions of [[false], [true], [false, true, false], [true, false, true]]) {
      for (const first of [0, 1, 2]) {
        const keys = directions.map((desc, at) => ({ column: (first + at) % 3, desc }));
        const expected = reference(keys.map(({ column, desc }) => ({ ...columns[column], desc })), positions);
        expect(orderByRanks(positions, keys.map(({ column, desc }) => ({ ranks: ranked[column], desc })))).toEqual(expected);
      }
    }
  });
});

describe("RowRanks", () => {
  interface Row {
    id: string;
    amount: number | null;
    name: string;
  }
  const specs = [
    { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "", kind: "usd" as const, value: (row: Row) => row.amount },
    { id: "name", label: "Name", csvHeader: "name", description: "", kind: "text" as const, value: (row: Row) => row.name },
  ];
  const rows: Row[] = [
    { id: "a", amount: 5, name: "beta" },
    { id: "b", amount: null, name: "Alpha" },
    { id: "c", amount: 1, name: "alpha" },
    { id: "d", amount: 5, name: "gamma" },
  ];
  const ids = (shown: Row[]) => shown.map((row) => row.id).join("");

  it("orders all the rows, or some of them, by one key or two", () => {
    const ranks = new RowRanks(rows, specs);
    expect(ids(ranks.order(rows, (row) => row, [{ id: "amount", desc: true }]))).toBe("adcb");
    expect(ids(ranks.order([rows[3], rows[1], rows[0]].sort((x, y) => rows.indexOf(x) - rows.indexOf(y)), (row) => row, [{ id: "amount", desc: false }]))).toBe("adb");
    expect(ids(ranks.order(rows, (row) => row, [{ id: "name", desc: false }, { id: "amount", desc: true }]))).toBe("cbad");
  });

  it("orders wrapped rows (the table's own row objects) and ignores a column that does not sort", () => {
    const ranks = new RowRanks(rows, specs);
    const wrapped = rows.map((original) => ({ original }));
    expect(ranks.order(wrapped, (item) => item.original, [{ id: "sources", desc: false }, { id: "amount", desc: false }]).map((item) => item.original.id).join("")).toBe("cadb");
    expect(ranks.order(wrapped, (item) => item.original, [])).toEqual(wrapped);
  });

  it("lists the columns left to rank, and takes a worker's ranks only for those, of the right length", () => {
    const ranks = new RowRanks(rows, specs);
    ranks.of("amount");
    expect(ranks.missing().map((column) => column.column)).toEqual(["name"]);
    expect(ranks.missing()[0].values).toEqual(["beta", "Alpha", "alpha", "gamma"]);
    ranks.offer("amount", new Uint32Array([9, 9, 9, 9]));
    ranks.offer("name", new Uint32Array([0, 0]));
    expect([...ranks.of("amount")!]).toEqual([1, UNKNOWN_RANK, 0, 1]);
    ranks.offer("name", new Uint32Array([3, 2, 1, 0]));
    expect(ids(ranks.order(rows, (row) => row, [{ id: "name", desc: false }]))).toBe("dcba");
  });

  it("refuses a row that is not one of the table's", () => {
    const ranks = new RowRanks(rows, specs);
    expect(() => ranks.order([rows[0], { id: "x", amount: 1, name: "x" }], (row) => row, [{ id: "amount", desc: false }])).toThrow(/not one of the table's rows/);
  });
});
