import { describe, expect, it } from "vitest";
import { readRealDataDir } from "./test/real-data-dir";
import { TABLE_IDS } from "./tables";
import { homePageData } from "./page-data";

readRealDataDir();

describe("homePageData", () => {
  it("shows one figure and one bar per backer, context-only investors left out", () => {
    const data = homePageData();
    expect(data.figures.map((figure) => figure.summary.investor)).toEqual(["Microsoft", "Amazon"]);
    expect(data.charts.headline.bars.map((bar) => [bar.investor, bar.undisclosedCount])).toEqual([
      ["Microsoft", 1],
      ["Amazon", 0],
    ]);
    expect(data.charts.headline.bars[0].segments.map((segment) => [segment.key, segment.amountUsd])).toEqual([
      ["msft-total", 13e9],
    ]);
  });

  it("bases each figure on its counted rows and the tranches inside a counted total, sources attached", () => {
    const [msft, amzn] = homePageData().figures;
    expect(msft.basis.map((row) => row.id)).toEqual(["msft-2019", "msft-2021", "msft-2023", "msft-total", "msft-2026-round"]);
    expect(amzn.basis.map((row) => row.id)).toEqual(["amzn-2026-total", "amzn-2026-upfront", "amzn-2026-conditional"]);
    expect(amzn.basis[1].sources.map((source) => source.id)).toEqual(["toms-2026-02-27", "neowin-2026-02-27"]);
  });

  it("lists every source once, in the order the page first cites them", () => {
    const data = homePageData();
    const ids = data.sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 4)).toEqual(["theinfo-2019-azure", "bloomberg-2023-01-23", "geekwire-copy-2023", "pureai-2023"]);
    // Cited only where sources disagree, by no row: last.
    expect(ids[ids.length - 1]).toBe("aiwiki-aoai");
  });

  it("passes the tables with their sources resolved", () => {
    const data = homePageData();
    expect(data.meta.asOf).toBe("2026-12-01");
    for (const id of TABLE_IDS) {
      const rows: { sourceIds: string[]; sources: { id: string }[] }[] = data.tables[id];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.sources.map((source) => source.id)).toEqual(row.sourceIds);
    }
  });
});
