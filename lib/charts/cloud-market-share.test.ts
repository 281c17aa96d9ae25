import { describe, expect, it } from "vitest";
import { chartCellText, chartCsv, chartTable } from "../chart-table";
import { marketShareSeries } from "../series";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { announcePoint, type ChartPoint } from "../chart-points";
import { marketShareColumns, shareKey, sharePoints, type MarketSharePlot } from "./cloud-market-share";

readRealDataDir();

const share = (quarter: string, shares: Record<string, number>, marketSizeUsd: number | null = null) => ({
  id: quarter,
  quarter,
  shares,
  marketSizeUsd,
  note: null,
  confidence: "reported" as const,
  confidenceNote: null,
  sourceIds: ["s"],
  quotes: [],
  grades: {},
});

describe("cloud market share", () => {
  it("writes a share column per provider and the market size", () => {
    expect(chartCsvOf("cloud-market-share")).toEqual({
      header: ["quarter", "AWS share_pct", "Microsoft share_pct", "Google share_pct", "market_size_usd"],
      rows: [
        ["2025 Q3", 29, 20, 13, 107e9],
        ["2025 Q4", 28, 21, 15, 119.1e9],
      ],
    });
  });

  it("leaves a missing share and an unknown market size null, never 0, and reads shares as percentages", () => {
    const shares = marketShareSeries([share("2024 Q1", { A: 5, B: 0 }), share("2024 Q2", { A: 6 }, 10e9)]);
    const table = chartTable(marketShareColumns(shares.providers), shares.rows);
    expect(chartCsv(table).rows).toEqual([
      ["2024 Q1", 5, 0, null],
      ["2024 Q2", 6, null, 10e9],
    ]);
    expect(chartCellText(table.columns[1], 5)).toBe("5%");
    expect(chartCellText(table.columns[2], null)).toBe("n/a");
  });

  it("is the same context on every lab's page, said to be not specific to it", () => {
    expect(chartModel("cloud-market-share", "anthropic").table).toEqual(chartModel("cloud-market-share").table);
    expect(chartModel("cloud-market-share", "anthropic").subtitle).toContain("Not specific to Anthropic.");
  });
});

const said = (points: ChartPoint[]) => points.map((_, index) => announcePoint(points, index));

describe("cloud market share, point by point", () => {
  it("says each provider's share quarter by quarter", () => {
    const { plot } = chartModel<MarketSharePlot>("cloud-market-share");
    const points = sharePoints(plot!);
    expect(said(points)).toEqual(["AWS · 2025 Q3 · 29%; 1 of 6", "AWS · 2025 Q4 · 28%; 2 of 6", "Microsoft · 2025 Q3 · 20%; 3 of 6", "Microsoft · 2025 Q4 · 21%; 4 of 6", "Google · 2025 Q3 · 13%; 5 of 6", "Google · 2025 Q4 · 15%; 6 of 6"]);
    expect(points[0].key).toBe(shareKey("AWS", "2025 Q3"));
  });
  it("skips a quarter a provider has no share for", () => {
    const points = sharePoints({ providers: ["A", "B"], rows: [{ quarter: "2025 Q1", shares: { A: 30 }, marketSizeUsd: null }] });
    expect(points.map((point) => point.key)).toEqual([shareKey("A", "2025 Q1")]);
  });
});
