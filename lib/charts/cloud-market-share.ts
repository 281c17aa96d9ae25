import type { ChartPoint } from "../chart-points";
import type { LegendItem } from "../chart-svg";
import { chartTable, PERCENT } from "../chart-table";
import { companyColor } from "../palette";
import { confidenceSummary, marketShareSeries, type ShareRow } from "../series";
import type { ColumnSpec } from "../table-columns";
import { absent, type ChartDefinition } from "./types";

export interface MarketSharePlot {
  rows: ShareRow[];
  providers: string[];
}

/** A column per provider's share, then the market's size. */
export function marketShareColumns(providers: string[]): ColumnSpec<ShareRow>[] {
  return [
    { id: "quarter", label: "Quarter", csvHeader: "quarter", description: "Calendar quarter", kind: "text", value: (row) => row.quarter },
    ...providers.map(
      (provider): ColumnSpec<ShareRow> => ({
        id: provider,
        label: `${provider} share`,
        csvHeader: `${provider} share_pct`,
        description: `${provider}'s share of worldwide cloud infrastructure spending`,
        kind: "number",
        unit: PERCENT,
        value: (row) => row.shares[provider] ?? null,
      }),
    ),
    { id: "marketSize", label: "Market size", csvHeader: "market_size_usd", description: "Worldwide cloud infrastructure spending in the quarter", kind: "usd", unit: "USD, nominal", value: (row) => row.marketSizeUsd },
  ];
}

/** The mark of one provider's share in one quarter. */
export function shareKey(provider: string, quarter: string): string {
  return `${provider}|${quarter}`;
}

/** Each provider's share, quarter by quarter: "AWS · 2025 Q3 · 29%". */
export function sharePoints({ rows, providers }: MarketSharePlot): ChartPoint[] {
  return providers.flatMap((provider) =>
    rows.flatMap((row, index) => (row.shares[provider] === undefined ? [] : [{ key: shareKey(provider, row.quarter), series: provider, x: index, words: [row.quarter, `${row.shares[provider]}%`] }])),
  );
}

/** Context, not the lab's own figures: each provider's share of cloud infrastructure by quarter. */
export const cloudMarketShare: ChartDefinition<MarketSharePlot> = {
  slug: "cloud-market-share",
  section: "behind",
  wide: true,
  points: sharePoints,
  build: ({ data, subject, sourcesOf }) => {
    const shares = marketShareSeries(data.marketShare);
    return {
      title: "Context: cloud infrastructure market share",
      subtitle: `Each provider's share of worldwide cloud infrastructure spending by quarter, per Synergy Research Group. Not specific to ${subject}.`,
      heightClass: "h-64",
      plot: shares.rows.length > 0 ? shares : absent("No market-share quarter is on record."),
      legend: shares.providers.map((provider): LegendItem => ({ label: provider, color: companyColor(provider), swatch: "solid" })),
      table: chartTable(marketShareColumns(shares.providers), shares.rows),
      sources: sourcesOf(data.marketShare),
      confidence: confidenceSummary(data.marketShare.map((row) => ({ label: row.quarter, confidence: row.confidence }))),
    };
  },
};
