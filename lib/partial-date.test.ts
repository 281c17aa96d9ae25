import { describe, expect, it } from "vitest";
import { isApproximate, startDay, startTime } from "./partial-date";

describe("startDay", () => {
  it("reads a year or a month as its first day", () => {
    expect(startDay("2021")).toBe("2021-01-01");
    expect(startDay("2025-01")).toBe("2025-01-01");
    expect(startDay("2025-10-28")).toBe("2025-10-28");
  });
});

describe("startTime and isApproximate", () => {
  it("places a year at 1 January, a month at its first day, and a full date at that day, in UTC", () => {
    expect(startTime("2021")).toBe(Date.UTC(2021, 0, 1));
    expect(startTime("2025-01")).toBe(Date.UTC(2025, 0, 1));
    expect(startTime("2021-11")).toBe(Date.UTC(2021, 10, 1));
    expect(startTime("2019-07-22")).toBe(Date.UTC(2019, 6, 22));
    expect(startTime("2026-12-31")).toBe(Date.UTC(2026, 11, 31));
    expect(startTime("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(startTime("2019-07-22")).toBe(1563753600000);
  });

  it("flags dates known only to the year or the month as approximate", () => {
    expect(isApproximate("2021")).toBe(true);
    expect(isApproximate("2025-01")).toBe(true);
    expect(isApproximate("2019-07-22")).toBe(false);
  });
});
