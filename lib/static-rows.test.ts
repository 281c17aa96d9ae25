import { describe, expect, it } from "vitest";
import { STATIC_ROWS_MAX, staticRows } from "./static-rows";

const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ index }));

describe("staticRows", () => {
  it("draws every row of a table up to the cap and says how many", () => {
    const shown = staticRows(rows(STATIC_ROWS_MAX));
    expect(shown.drawn).toHaveLength(2_000);
    expect(shown.cut).toBe(false);
    expect(shown.caption).toBe("2,000 rows, in the data's order");
  });

  it("draws the first rows of a longer table, in order, and says it left the rest out", () => {
    const shown = staticRows(rows(STATIC_ROWS_MAX + 1));
    expect(shown.drawn).toHaveLength(2_000);
    expect(shown.drawn[0]).toEqual({ index: 0 });
    expect(shown.drawn.at(-1)).toEqual({ index: 1_999 });
    expect(shown.cut).toBe(true);
    expect(shown.caption).toBe("The first 2,000 of 2,001 rows, in the data's order");
    expect(staticRows(rows(100_000)).caption).toBe("The first 2,000 of 100,000 rows, in the data's order");
  });

  it("counts one row and no rows in words that fit", () => {
    expect(staticRows(rows(1)).caption).toBe("1 row, in the data's order");
    expect(staticRows([]).caption).toBe("0 rows, in the data's order");
    expect(staticRows([]).drawn).toEqual([]);
  });

  it("takes another cap", () => {
    expect(staticRows(rows(5), 3)).toMatchObject({ cut: true, caption: "The first 3 of 5 rows, in the data's order" });
  });
});
