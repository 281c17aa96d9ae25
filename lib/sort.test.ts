import { describe, expect, it } from "vitest";
import { compareConfidence, compareDates, compareNumbers, compareText } from "./sort";

const sign = (value: number) => Math.sign(value);

describe("compareText", () => {
  it("ignores case", () => {
    expect(compareText("amazon", "Amazon")).toBe(0);
    expect(compareText("AWS", "aws")).toBe(0);
  });

  it("ignores accents", () => {
    expect(compareText("Ámazon", "Amazon")).toBe(0);
  });

  it("orders alphabetically, not by code point (lower case does not sort after upper case)", () => {
    expect(sign(compareText("azure", "Bedrock"))).toBe(-1);
    expect(sign(compareText("Bedrock", "azure"))).toBe(1);
  });

  it("compares digits as numbers", () => {
    expect(sign(compareText("GPT-5.4", "GPT-5.10"))).toBe(-1);
    expect(sign(compareText("item 9", "item 10"))).toBe(-1);
  });

  it("sorts a list case-insensitively", () => {
    expect(["microsoft", "Amazon", "azure", "Bedrock", "AWS"].sort(compareText)).toEqual(["Amazon", "AWS", "azure", "Bedrock", "microsoft"]);
  });
});

describe("compareNumbers", () => {
  it("compares numbers as numbers, not as strings", () => {
    expect(compareNumbers(2e9, 13e9)).toBe(-1);
    expect(compareNumbers(13e9, 2e9)).toBe(1);
    expect(compareNumbers(13e9, 13e9)).toBe(0);
    expect([13e9, 2e9, 250e9, 0].sort(compareNumbers)).toEqual([0, 2e9, 13e9, 250e9]);
  });

  it("handles negatives", () => {
    expect(compareNumbers(-5, 3)).toBe(-1);
    expect(compareNumbers(-5, -10)).toBe(1);
  });
});

describe("compareDates", () => {
  it("orders by the time each date starts", () => {
    expect(sign(compareDates("2021", "2021-05-01"))).toBe(-1);
    expect(sign(compareDates("2021-05-01", "2023-01-23"))).toBe(-1);
    expect(sign(compareDates("2023-01-23", "2021"))).toBe(1);
    expect(sign(compareDates("2019-07-22", "2019-07-23"))).toBe(-1);
    expect(sign(compareDates("2019-12", "2020"))).toBe(-1);
  });

  it("puts the less precise date first when two start together", () => {
    expect(sign(compareDates("2025-01", "2025-01-01"))).toBe(-1);
    expect(sign(compareDates("2025-01-01", "2025-01"))).toBe(1);
    expect(sign(compareDates("2021", "2021-01"))).toBe(-1);
    expect(sign(compareDates("2021-01", "2021"))).toBe(1);
  });

  it("finds equal dates equal", () => {
    expect(compareDates("2025-01", "2025-01")).toBe(0);
    expect(compareDates("2019-07-22", "2019-07-22")).toBe(0);
  });

  it("sorts a mixed list into time order", () => {
    const dates = ["2023-01-23", "2025-01", "2021", "2019-07-22", "2025-01-01", "2021-05-01", "2026-02-27", "2025"];
    expect([...dates].sort(compareDates)).toEqual(["2019-07-22", "2021", "2021-05-01", "2023-01-23", "2025", "2025-01", "2025-01-01", "2026-02-27"]);
  });
});

describe("compareConfidence", () => {
  it("orders confirmed < reported < unconfirmed, not alphabetically", () => {
    expect(compareConfidence("confirmed", "reported")).toBe(-1);
    expect(compareConfidence("reported", "unconfirmed")).toBe(-1);
    expect(compareConfidence("unconfirmed", "confirmed")).toBe(1);
    expect(compareConfidence("reported", "reported")).toBe(0);
    expect(["unconfirmed", "reported", "confirmed", "reported"].sort(compareConfidence)).toEqual(["confirmed", "reported", "reported", "unconfirmed"]);
  });

  it("puts an unknown level after every known one", () => {
    expect(compareConfidence("rumoured", "unconfirmed")).toBe(1);
    expect(compareConfidence("confirmed", "rumoured")).toBe(-1);
  });
});
