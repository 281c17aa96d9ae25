import type { ChartPoint } from "../chart-points";
import type { LegendItem } from "../chart-svg";
import { chartTable } from "../chart-table";
import { formatUsd } from "../format";
import { backerSegments, scenarioSegments, type Scenario, type Segment } from "../headline";
import { companyColor, trancheOpacity } from "../palette";
import { confidenceSummary } from "../series";
import type { ColumnSpec } from "../table-columns";
import { absent, type ChartDefinition } from "./types";

export interface CapitalBar {
  investor: string;
  segments: Segment[];
  /** Commitments of undisclosed size on top of the drawn ones: marked, never drawn as zero. */
  undisclosedCount: number;
}

export interface CapitalPlot {
  bars: CapitalBar[];
}

const columns: ColumnSpec<Segment>[] = [
  { id: "backer", label: "Backer", csvHeader: "backer", description: "Who commits the money", kind: "text", value: (segment) => segment.investor },
  { id: "tranche", label: "Tranche", csvHeader: "tranche", description: "The tranche, or the whole commitment where its tranches are not itemised", kind: "text", value: (segment) => segment.label },
  { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "Amount in US dollars, nominal", kind: "usd", value: (segment) => segment.amountUsd, unit: "USD, nominal" },
  { id: "conditional", label: "Conditional", csvHeader: "conditional", description: "yes: paid only if conditions are met", kind: "text", value: (segment) => (segment.conditional ? "yes" : "no") },
  { id: "confidence", label: "Confidence", csvHeader: "confidence", description: "The amount's grade", kind: "confidence", value: (segment) => segment.confidence },
];

function segmentLegend(segment: Segment, index: number): LegendItem {
  const label = `${segment.investor}: ${segment.label}`;
  if (segment.conditional) return { label, color: companyColor(segment.investor), swatch: "hatched" };
  return { label, color: companyColor(segment.investor), swatch: "solid", opacity: trancheOpacity(index) };
}

/** Each drawn tranche, bar by bar: "Amazon · Conditional · $35B · reported". */
export function capitalPoints({ bars }: CapitalPlot, scenario: Scenario): ChartPoint[] {
  return bars.flatMap((bar) =>
    scenarioSegments(bar.segments, scenario).map((segment, index) => ({
      key: segment.key,
      series: bar.investor,
      x: index,
      words: [segment.label, formatUsd(segment.amountUsd), segment.conditional && !/conditional/i.test(segment.label) ? "conditional" : null, segment.confidence],
    })),
  );
}

/** Each backer's commitment as one bar, stacked by tranche where its tranches add up to its total. */
export const capitalByTranche: ChartDefinition<CapitalPlot> = {
  slug: "capital-by-tranche",
  section: "money",
  wide: true,
  points: capitalPoints,
  build: ({ data, subject, figures, conditional, sourcesOf }) => {
    const bars = figures.map(({ summary }) => ({
      investor: summary.investor,
      segments: backerSegments(data.commitments, summary.investor, subject),
      undisclosedCount: summary.undisclosed.length,
    }));
    const segments = bars.flatMap((bar) => bar.segments);
    return {
      title: `Capital committed to ${subject}, by backer and tranche`,
      subtitle:
        "Each backer's commitment stacked by tranche where its tranches add up to its total, else the total as one bar (no remainder derived). Hatched: conditional money.",
      heightClass: "h-56 sm:h-64",
      plot: segments.length > 0 ? { bars } : absent(`No amount committed to ${subject} is disclosed, so there is nothing to draw.`),
      conditional,
      legend: bars.flatMap((bar) => bar.segments.map((segment, index) => segmentLegend(segment, index))),
      table: chartTable(columns, segments),
      sources: sourcesOf(figures.flatMap(({ basis }) => basis)),
      confidence: confidenceSummary(segments.map((segment) => ({ label: `${segment.investor} ${segment.label.toLowerCase()}`, confidence: segment.confidence }))),
    };
  },
};
