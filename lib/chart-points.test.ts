import { describe, expect, it } from "vitest";
import { announcePoint, movePoint, type ChartPoint } from "./chart-points";

const point = (series: string, x: number, ...words: (string | null)[]): ChartPoint => ({ key: `${series}-${x}`, series, x, words });
// Two series of unequal length: A at 0, 10, 20; B at 9 and 30.
const points = [point("A", 0, "Jan 2023", "$10B"), point("A", 10, "Feb 2023", null, "confirmed"), point("A", 20), point("B", 9), point("B", 30)];

describe("announcePoint", () => {
  it("says the series, its words and where it is among all the points", () => {
    expect(announcePoint(points, 0)).toBe("A · Jan 2023 · $10B; 1 of 5");
  });
  it("drops empty words", () => {
    expect(announcePoint(points, 1)).toBe("A · Feb 2023 · confirmed; 2 of 5");
    expect(announcePoint(points, 2)).toBe("A; 3 of 5");
  });
  it("says nothing for a point that is not there", () => {
    expect(announcePoint(points, 5)).toBe("");
    expect(announcePoint([], 0)).toBe("");
  });
});

describe("movePoint", () => {
  it("starts at the first point on any arrow", () => {
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp"]) expect(movePoint(points, null, key)).toBe(0);
  });
  it("steps through every point of every series with Right and Left, and stops at the ends", () => {
    const seen = [0];
    for (let i = 0; i < 6; i++) seen.push(movePoint(points, seen.at(-1)!, "ArrowRight")!);
    expect(seen).toEqual([0, 1, 2, 3, 4, 4, 4]);
    expect(movePoint(points, 3, "ArrowLeft")).toBe(2);
    expect(movePoint(points, 0, "ArrowLeft")).toBe(0);
  });
  it("goes to the first and the last with Home and End, from anywhere", () => {
    expect(movePoint(points, null, "End")).toBe(4);
    expect(movePoint(points, 2, "Home")).toBe(0);
  });
  it("moves between series at the nearest place on the x axis with Down and Up", () => {
    expect(movePoint(points, 1, "ArrowDown")).toBe(3); // x 10: B's 9 is nearest
    expect(movePoint(points, 2, "ArrowDown")).toBe(4); // x 20: 30 is 10 away, 9 is 11
    expect(movePoint(points, 4, "ArrowUp")).toBe(2);
    expect(movePoint(points, 3, "ArrowUp")).toBe(1);
    // No series beyond the last or before the first: it stays.
    expect(movePoint(points, 4, "ArrowDown")).toBe(4);
    expect(movePoint(points, 0, "ArrowUp")).toBe(0);
  });
  it("takes the earlier of two points as near", () => {
    const tie = [point("A", 5), point("B", 0), point("B", 10)];
    expect(movePoint(tie, 0, "ArrowDown")).toBe(1);
  });
  it("leaves the points on Escape, and ignores other keys", () => {
    expect(movePoint(points, 2, "Escape")).toBeNull();
    expect(movePoint(points, 2, "Tab")).toBeUndefined();
    expect(movePoint(points, 2, "a")).toBeUndefined();
  });
  it("has nowhere to go in a chart without points", () => {
    expect(movePoint([], null, "ArrowRight")).toBeNull();
  });
  it("clamps a stale index to the list it is given", () => {
    expect(movePoint(points, 9, "ArrowLeft")).toBe(3);
  });
});
