import { describe, expect, it } from "vitest";
import { lastTwoYears, sideOf, stackLevels, timeAxis, timeScale, yearTicks } from "./chart-layout";

describe("stackLevels", () => {
  it("keeps marks far enough apart on one level", () => {
    expect(stackLevels([0, 10, 20], 10)).toEqual([0, 0, 0]);
  });
  it("lifts a mark too close to the one before, and comes back down when there is room", () => {
    expect(stackLevels([0, 3, 5, 12, 30], 10)).toEqual([0, 1, 2, 0, 0]);
  });
  it("stacks marks on one date one above the other", () => {
    expect(stackLevels([7, 7, 7], 10)).toEqual([0, 1, 2]);
  });
  it("with a limit, reuses the level whose last mark is farthest behind", () => {
    expect(stackLevels([0, 2, 4, 6], 10, 3)).toEqual([0, 1, 2, 0]);
  });
  it("has nothing to place for no marks", () => {
    expect(stackLevels([], 10)).toEqual([]);
  });
});

describe("sideOf", () => {
  it("alternates either side of the line, nearest first", () => {
    expect([0, 1, 2, 3, 4].map(sideOf)).toEqual([0, -1, 1, -2, 2]);
  });
});

describe("timeScale", () => {
  const from = Date.UTC(2019, 0, 1);
  const pivot = Date.UTC(2025, 0, 1);
  const to = Date.UTC(2027, 0, 1);
  it("is linear without a share for the recent years", () => {
    const scale = timeScale(from, to, pivot, null);
    expect(scale.pivot).toBeNull();
    expect(scale.at(from)).toBe(0);
    expect(scale.at(to)).toBe(1);
    expect(scale.at(Date.UTC(2023, 0, 1))).toBeCloseTo((Date.UTC(2023, 0, 1) - from) / (to - from));
  });
  it("gives the years from the pivot their share, the years before it the rest, in order", () => {
    const scale = timeScale(from, to, pivot, 0.75);
    expect(scale.pivot).toBe(pivot);
    expect(scale.at(from)).toBe(0);
    expect(scale.at(pivot)).toBeCloseTo(0.25);
    expect(scale.at(Date.UTC(2026, 0, 1))).toBeCloseTo(0.25 + 0.75 * ((Date.UTC(2026, 0, 1) - pivot) / (to - pivot)));
    expect(scale.at(to)).toBe(1);
    expect(scale.at(Date.UTC(2022, 0, 1))).toBeLessThan(scale.at(Date.UTC(2024, 0, 1)));
  });
  it("stays linear when the pivot is not inside the range", () => {
    expect(timeScale(from, to, from, 0.75).pivot).toBeNull();
    expect(timeScale(from, to, to + 1, 0.75).pivot).toBeNull();
  });
  it("does not divide by zero on a range of one instant", () => {
    expect(timeScale(from, from, pivot, null).at(from)).toBe(0);
  });
});

describe("lastTwoYears", () => {
  it("starts the year before", () => {
    expect(lastTwoYears(Date.UTC(2026, 9, 26))).toBe(Date.UTC(2025, 0, 1));
    expect(lastTwoYears(Date.UTC(2026, 0, 1))).toBe(Date.UTC(2025, 0, 1));
  });
});

describe("yearTicks", () => {
  it("is each 1 January inside the range", () => {
    expect(yearTicks(Date.UTC(2021, 10, 1), Date.UTC(2024, 0, 1))).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
  });
});

describe("timeAxis", () => {
  const from = Date.UTC(2019, 0, 1);
  const to = Date.UTC(2026, 9, 26);
  it("ticks every year at one scale when wide", () => {
    const axis = timeAxis(from, to, false);
    expect(axis.pivot).toBeNull();
    expect(axis.ticks.map((tick) => tick.label)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(axis.ticks[0].at).toBe(0);
  });
  it("when narrow, breaks at the year before the last and ticks the first year and the recent ones", () => {
    const axis = timeAxis(from, to, true);
    expect(axis.pivot).toBe(Date.UTC(2025, 0, 1));
    expect(axis.ticks.map((tick) => tick.label)).toEqual(["2019", "2025", "2026"]);
    expect(axis.ticks[1].at).toBeCloseTo(0.28);
    expect(axis.at(to)).toBe(1);
  });
});
