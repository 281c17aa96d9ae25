import type { ChartPoint } from "../chart-points";
import type { LegendItem } from "../chart-svg";
import { chartTable } from "../chart-table";
import { formatUsd } from "../format";
import type { Scenario } from "../headline";
import { companyColor } from "../palette";
import { confidenceSummary, flowPartLabel, moneyBothWays, scenarioFlows, type BackerFlows, type FlowPart } from "../series";
import type { ColumnSpec } from "../table-columns";
import { absent, type ChartDefinition } from "./types";

export interface FlowsPlot {
  flows: BackerFlows[];
  subject: string;
}

interface FlowRow {
  backer: string;
  direction: string;
  part: string;
  amountUsd: number | null;
  conditional: boolean;
}

const columns: ColumnSpec<FlowRow>[] = [
  { id: "backer", label: "Backer", csvHeader: "backer", description: "The backer", kind: "text", value: (row) => row.backer },
  { id: "direction", label: "Direction", csvHeader: "direction", description: "Into the lab, or back to the backer's cloud", kind: "text", value: (row) => row.direction },
  { id: "part", label: "Part", csvHeader: "part", description: "The tranche, or the cloud agreement", kind: "text", value: (row) => row.part },
  { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "Amount in US dollars, nominal; empty where undisclosed", kind: "usd", unit: "USD, nominal", value: (row) => row.amountUsd },
  { id: "conditional", label: "Conditional", csvHeader: "conditional", description: "yes: paid only if conditions are met", kind: "text", value: (row) => (row.conditional ? "yes" : "no") },
];

/** Each backer's money in, its parts, and the cloud spending committed back to it: one row each. */
export function flowRows(flows: BackerFlows[], subject: string): FlowRow[] {
  const into = `into ${subject}`;
  return flows.flatMap((flow) => [
    ...flow.invested.map((part) => ({ backer: flow.investor, direction: into, part: flowPartLabel(part), amountUsd: part.amountUsd, conditional: part.conditional })),
    ...(flow.investedFloor ? [{ backer: flow.investor, direction: into, part: "Further commitment, amount undisclosed", amountUsd: null, conditional: false }] : []),
    ...flow.cloudBack.map((part) => ({ backer: flow.investor, direction: "back to the backer's cloud", part: part.label, amountUsd: part.amountUsd, conditional: false })),
  ]);
}

/** A bar of the chart: a backer's money in, or the lab's cloud spending back to it; its full name and its axis label. */
export interface FlowBar {
  name: string;
  short: string;
  flow: BackerFlows;
  direction: "in" | "back";
  parts: FlowPart[];
}

/** Two bars per backer, in and back, each with its stacked parts. */
export function flowBars(flows: BackerFlows[], subject: string): FlowBar[] {
  return flows.flatMap((flow): FlowBar[] => [
    { name: `${flow.investor}: into ${subject}`, short: `${flow.investor} → ${subject}`, flow, direction: "in", parts: flow.invested },
    { name: `${flow.investor}: ${subject}'s cloud commitment back`, short: `${flow.investor} ← ${subject}`, flow, direction: "back", parts: flow.cloudBack },
  ]);
}

/** The mark of a bar's `index`th part. */
export function flowPartKey(bar: Pick<FlowBar, "name">, index: number): string {
  return `${bar.name}|${index}`;
}

/** Each bar's parts under the scenario, bar by bar: "Amazon: into OpenAI · Conditional · $35B". */
export function flowPoints({ flows, subject }: FlowsPlot, scenario: Scenario): ChartPoint[] {
  return flowBars(scenarioFlows(flows, scenario), subject).flatMap((bar) =>
    bar.parts.map((part, index) => ({
      key: flowPartKey(bar, index),
      series: bar.name,
      x: index,
      // The bar's undisclosed rest makes its total a floor: said at its last part.
      words: [flowPartLabel(part), formatUsd(part.amountUsd), bar.direction === "in" && bar.flow.investedFloor && index === bar.parts.length - 1 ? "more undisclosed" : null],
    })),
  );
}

/** What each backer put in, beside the cloud spending the lab committed back to it. */
export const moneyBothWaysChart: ChartDefinition<FlowsPlot> = {
  slug: "money-both-ways",
  section: "behind",
  wide: false,
  points: flowPoints,
  build: ({ data, subject, conditional, sourcesOf }) => {
    const flows = moneyBothWays(data.commitments, data.cloudCommitments, subject);
    const ids = new Set(flows.flatMap((flow) => [...flow.invested, ...flow.cloudBack].map((part) => part.id)));
    const rows = [...data.commitments, ...data.cloudCommitments].filter((row) => ids.has(row.id));
    const drawn = flows.some((flow) => flow.invested.length + flow.cloudBack.length > 0);
    const conditionalOf = flows.find((flow) => flow.invested.some((part) => part.conditional));
    return {
      title: "Money both ways",
      subtitle: `What each backer put into ${subject}, beside the cloud spending ${subject} committed back to that backer. Hatched: conditional money.`,
      heightClass: "h-72",
      plot: drawn ? { flows, subject } : absent(`No disclosed amount flows either way between ${subject} and its backers.`),
      conditional,
      legend: [
        ...flows.map((flow): LegendItem => ({ label: `${flow.investor} into ${subject}`, color: companyColor(flow.investor), swatch: "solid" })),
        ...(conditionalOf ? [{ label: "Conditional", color: companyColor(conditionalOf.investor), swatch: "hatched" } satisfies LegendItem] : []),
        { label: `${subject}'s cloud commitments back`, color: companyColor(subject), swatch: "solid" },
      ],
      table: chartTable(columns, flowRows(flows, subject)),
      sources: sourcesOf(rows),
      confidence: confidenceSummary(rows.map((row) => ({ label: row.id, confidence: row.confidence }))),
    };
  },
};
