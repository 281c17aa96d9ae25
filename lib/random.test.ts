import { describe, expect, it } from "vitest";
import { pick, seededRandom } from "./random";

describe("seededRandom", () => {
  it("repeats exactly for the same seed and differs for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    const c = seededRandom(43);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it("stays in [0, 1) and spreads over it", () => {
    const next = seededRandom(20260623);
    const values = Array.from({ length: 10_000 }, () => next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const low = values.filter((value) => value < 0.5).length;
    expect(low).toBeGreaterThan(4_700);
    expect(low).toBeLessThan(5_300);
  });
});

describe("pick", () => {
  it("returns items of the list, each of them in time", () => {
    const next = seededRandom(1);
    const seen = new Set(Array.from({ length: 200 }, () => pick(next, ["a", "b", "c"])));
    expect([...seen].sort()).toEqual(["a", "b", "c"]);
  });
});
