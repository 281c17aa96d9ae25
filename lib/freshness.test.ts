import { describe, expect, it } from "vitest";
import { latestEvent, latestMoneyEvent, timeAgo } from "./freshness";
import { readRealDataDir } from "./test/real-data-dir";
import { loadDataset } from "./load-data";

readRealDataDir();

describe("latestEvent and latestMoneyEvent on the real data", () => {
  const data = loadDataset();

  it("finds the sheet's latest event, not a later expiry or term end", () => {
    expect(data.meta.asOf).toBe("2026-12-01");
    expect(latestEvent(data.events, data.meta.asOf)?.id).toBe("2026-10-26-bedrock-gpt61-terra");
    expect(data.events.some((event) => event.date > data.meta.asOf)).toBe(true);
  });

  it("finds the latest money event: Amazon's claimed completion, July 2026", () => {
    expect(latestMoneyEvent(data.commitments, data.meta.asOf)?.id).toBe("amzn-2026-conditional-funded");
  });

  it("moves back with an earlier as-of date", () => {
    expect(latestEvent(data.events, "2026-06-30")?.date).toBe("2026-06-11");
    expect(latestEvent(data.events, "2018-01-01")).toBeNull();
  });
});

describe("timeAgo", () => {
  it.each([
    ["2026-12-01", "2026-12-01", "today"],
    ["2026-11-30", "2026-12-01", "1 day ago"],
    ["2026-11-01", "2026-12-01", "30 days ago"],
    ["2026-10-26", "2026-12-20", "about 2 months ago"],
    ["2026-07", "2026-12-01", "about 5 months ago"],
    ["2025-12-01", "2026-12-01", "about 12 months ago"],
    ["2027-01-01", "2026-12-01", "in the future"],
  ])("%s seen on %s is %s", (date, now, words) => {
    const [y, m, d] = now.split("-").map(Number);
    expect(timeAgo(date, Date.UTC(y, m - 1, d))).toBe(words);
  });
});
