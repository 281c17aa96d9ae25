import { describe, expect, it } from "vitest";
import { formatCategory, formatLongDate, formatPartialDate, formatUsd, formatUsdFull, formatYears, groupDigits } from "./format";

describe("formatUsd", () => {
  it.each([
    [1e9, "$1B"],
    [13e9, "$13B"],
    [11.6e9, "$11.6B"],
    [11.8e9, "$11.8B"],
    [119.1e9, "$119.1B"],
    [250e9, "$250B"],
    [38e9, "$38B"],
    [5e8, "$500M"],
    [1e12, "$1T"],
    [1.25e12, "$1.3T"],
    [2.5e6, "$2.5M"],
    [1234, "$1.2K"],
    [999, "$999"],
    [0.5, "$0.5"],
  ])("formats %d as %s", (amount, expected) => {
    expect(formatUsd(amount)).toBe(expected);
  });

  it("keeps at most one decimal and drops a zero decimal", () => {
    expect(formatUsd(1_049_999_999)).toBe("$1B");
    expect(formatUsd(1_050_000_000)).toBe("$1.1B");
    expect(formatUsd(13_040_000_000)).toBe("$13B");
  });

  it("shows null as undisclosed, never as $0", () => {
    expect(formatUsd(null)).toBe("undisclosed");
    expect(formatUsd(null)).not.toBe("$0");
  });

  it("uses the caller's word for an unknown amount", () => {
    expect(formatUsd(null, "n/a")).toBe("n/a");
  });

  it("treats non-finite numbers as unknown, not as a figure", () => {
    expect(formatUsd(Number.NaN)).toBe("undisclosed");
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe("undisclosed");
  });

  it("shows a real zero as $0", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(-0)).toBe("$0");
  });

  it("puts the minus sign before the dollar sign", () => {
    expect(formatUsd(-5e8)).toBe("-$500M");
    expect(formatUsd(-13e9)).toBe("-$13B");
    expect(formatUsd(-999)).toBe("-$999");
  });

  // Regression: the unit is chosen before rounding, so an amount that rounds up to
  // 1,000 of a unit is shown as "$1,000M" / "$1,000B" instead of moving to the next unit.
  it("an amount that rounds up to the next unit uses that unit ($999.95M -> $1B)", () => {
    expect(formatUsd(999_950_000)).toBe("$1B");
    expect(formatUsd(999_960_000_000)).toBe("$1T");
  });
});

describe("formatUsdFull", () => {
  it("writes every digit with thousands separators", () => {
    expect(formatUsdFull(13e9)).toBe("$13,000,000,000");
    expect(formatUsdFull(11.6e9)).toBe("$11,600,000,000");
    expect(formatUsdFull(250e9)).toBe("$250,000,000,000");
    expect(formatUsdFull(999)).toBe("$999");
  });

  it("shows null as undisclosed and zero as $0", () => {
    expect(formatUsdFull(null)).toBe("undisclosed");
    expect(formatUsdFull(null, "unknown")).toBe("unknown");
    expect(formatUsdFull(Number.NaN)).toBe("undisclosed");
    expect(formatUsdFull(0)).toBe("$0");
  });

  it("puts the minus sign before the dollar sign", () => {
    expect(formatUsdFull(-5e8)).toBe("-$500,000,000");
  });
});

describe("formatPartialDate", () => {
  it.each([
    ["2019-07-22", "22 Jul 2019"],
    ["2019-07-05", "5 Jul 2019"],
    ["2023-12-31", "31 Dec 2023"],
    ["2025-01", "Jan 2025"],
    ["2026-09", "Sep 2026"],
    ["2021", "2021"],
  ])("formats %s as %s", (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });

  it("shows null as n/a, or the caller's word", () => {
    expect(formatPartialDate(null)).toBe("n/a");
    expect(formatPartialDate(null, "undated")).toBe("undated");
  });

  it("returns text it does not recognise unchanged", () => {
    expect(formatPartialDate("27/02/2026")).toBe("27/02/2026");
    expect(formatPartialDate("")).toBe("");
  });
});

describe("formatLongDate", () => {
  it("spells the month out in full", () => {
    expect(formatLongDate("2026-06-23")).toBe("23 June 2026");
    expect(formatLongDate("2026-01-05")).toBe("5 January 2026");
    expect(formatLongDate("2025-12-31")).toBe("31 December 2025");
  });
});

describe("formatYears", () => {
  it("pluralises except for exactly one", () => {
    expect(formatYears(8)).toBe("8 years");
    expect(formatYears(7)).toBe("7 years");
    expect(formatYears(1)).toBe("1 year");
    expect(formatYears(1.5)).toBe("1.5 years");
  });

  it("shows null as not stated, or the caller's word", () => {
    expect(formatYears(null)).toBe("not stated");
    expect(formatYears(null, "n/a")).toBe("n/a");
  });
});

describe("formatCategory", () => {
  it("keeps IP in capitals", () => {
    expect(formatCategory("ip-rights")).toBe("IP rights");
    expect(formatCategory("ipo")).toBe("IPO");
  });

  it("writes other values in sentence case with spaces for dashes", () => {
    expect(formatCategory("revenue-share")).toBe("Revenue share");
    expect(formatCategory("stake")).toBe("Stake");
    expect(formatCategory("generally available")).toBe("Generally available");
    expect(formatCategory("follow-on")).toBe("Follow on");
  });

  it("leaves an empty value empty", () => {
    expect(formatCategory("")).toBe("");
  });
});

describe("groupDigits", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [13_000_000_000, "13,000,000,000"],
    [119.1, "119.1"],
    [1234.5, "1,234.5"],
  ])("%d reads %s", (value, text) => {
    expect(groupDigits(value)).toBe(text);
  });
});
