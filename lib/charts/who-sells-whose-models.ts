import type { ChartPoint } from "../chart-points";
import { chartTable } from "../chart-table";
import { formatPartialDate } from "../format";
import { strongestGrade } from "../grades";
import type { Channel, Confidence } from "../schema";
import { confidenceSummary } from "../series";
import { compareDates } from "../sort";
import type { ColumnSpec } from "../table-columns";
import { absent, type ChartDefinition } from "./types";

/** One cloud selling one lab's models: the earliest dated milestone on record, if any. */
export interface SellerCell {
  cloud: string;
  /** The company behind the cloud, for its colour. */
  operator: string;
  lab: string;
  /** The earliest dated milestone by the as-of date; null where every row is undated. */
  since: string | null;
  /** That milestone's stage, or the row's status where none is dated. */
  stage: string;
  /** The channels on record, by their short names. */
  channels: string[];
  /** The grade of the row the date comes from (the strongest row's, where none is dated). */
  confidence: Confidence;
}

export interface SellersPlot {
  clouds: string[];
  labs: string[];
  cells: SellerCell[];
}

const columns: ColumnSpec<SellerCell>[] = [
  { id: "cloud", label: "Cloud", csvHeader: "cloud", description: "The cloud that sells the models", kind: "text", value: (cell) => cell.cloud },
  { id: "lab", label: "Lab", csvHeader: "lab", description: "Whose models it sells", kind: "text", value: (cell) => cell.lab },
  { id: "since", label: "Since", csvHeader: "since", description: "The earliest dated milestone on record; empty where none is dated", kind: "date", value: (cell) => cell.since, unknown: "undated" },
  { id: "stage", label: "Stage", csvHeader: "stage", description: "That milestone's stage, or the channel's status where none is dated", kind: "text", value: (cell) => cell.stage },
  { id: "channels", label: "Channels", csvHeader: "channels", description: "The channels on record", kind: "text", value: (cell) => cell.channels.join("; ") },
  { id: "confidence", label: "Confidence", csvHeader: "confidence", description: "The grade of the row the date comes from", kind: "confidence", value: (cell) => cell.confidence },
];

/**
 * A cell per cloud and lab: where a cloud sells a lab's models, and since when. A lab's own
 * channel (its API, sold by the lab itself) is not a cloud selling it and is left out.
 */
export function sellerCells(channels: Channel[], labs: { id: string; name: string }[], asOf: string): SellersPlot & { own: Channel[] } {
  const labName = new Map(labs.map((lab) => [lab.id, lab.name]));
  const own = channels.filter((row) => row.operator === labName.get(row.lab));
  const sold = channels.filter((row) => !own.includes(row));
  const key = (row: Channel) => `${row.cloud}\u0000${row.lab}`;
  const groups = new Map<string, Channel[]>();
  for (const row of sold) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  const cells = [...groups.values()].map((rows): SellerCell => {
    const dated = rows
      .flatMap((row) => row.milestones.filter((milestone) => compareDates(milestone.date, asOf) <= 0).map((milestone) => ({ row, milestone })))
      .sort((a, b) => compareDates(a.milestone.date, b.milestone.date));
    const first = dated[0];
    return {
      cloud: rows[0].cloud,
      operator: rows[0].operator,
      lab: labName.get(rows[0].lab) ?? rows[0].lab,
      since: first?.milestone.date ?? null,
      stage: first?.milestone.stage ?? rows[0].status,
      channels: [...new Set(rows.map((row) => row.shortName))],
      confidence: first ? first.row.confidence : strongestGrade(rows.map((row) => row.confidence)),
    };
  });
  const labOrder = labs.map((lab) => lab.name).filter((name) => cells.some((cell) => cell.lab === name));
  // The clouds that sell the most labs first; ties in the data's order.
  const clouds = [...new Set(cells.map((cell) => cell.cloud))];
  const reach = (cloud: string) => cells.filter((cell) => cell.cloud === cloud).length;
  clouds.sort((a, b) => reach(b) - reach(a));
  cells.sort((a, b) => clouds.indexOf(a.cloud) - clouds.indexOf(b.cloud) || labOrder.indexOf(a.lab) - labOrder.indexOf(b.lab));
  return { clouds, labs: labOrder, cells, own };
}

export function sellerKey(cell: Pick<SellerCell, "cloud" | "lab">): string {
  return `${cell.cloud}|${cell.lab}`;
}

/** Each cloud's marks, lab by lab: "AWS · Anthropic · since 16 Apr 2026 (launch) · Bedrock · confirmed". */
export function sellerPoints({ labs, cells }: SellersPlot): ChartPoint[] {
  return cells.map((cell) => ({
    key: sellerKey(cell),
    series: cell.cloud,
    x: labs.indexOf(cell.lab),
    words: [cell.lab, cell.since === null ? "on record, undated" : `since ${formatPartialDate(cell.since)} (${cell.stage})`, cell.channels.join("; "), cell.confidence],
  }));
}

/** Clouds against labs: which cloud sells whose models, and since when. */
export const whoSellsWhoseModels: ChartDefinition<SellersPlot> = {
  slug: "who-sells-whose-models",
  section: "behind",
  wide: true,
  acrossLabs: true,
  points: sellerPoints,
  build: ({ all, asOf, sourcesOf }) => {
    const { own, ...plot } = sellerCells(all.channels, all.labs, asOf);
    const sold = all.channels.filter((row) => !own.includes(row));
    return {
      title: "Who sells whose models",
      subtitle:
        "Each cloud against each lab on record: a mark where the cloud sells the lab's models. Filled: dated, with the year of the earliest milestone on record; hollow: on record, undated.",
      heightClass: "h-72",
      plot: plot.cells.length > 0 ? plot : absent("No cloud is on record selling any lab's models."),
      legend: [
        { label: "Dated: the earliest milestone on record", color: "var(--color-ink)", swatch: "square" },
        { label: "On record, undated", color: "var(--color-ink)", swatch: "hollow-square" },
      ],
      table: chartTable(columns, plot.cells),
      sources: sourcesOf(sold),
      confidence: [
        confidenceSummary(plot.cells.map((cell) => ({ label: `${cell.cloud} for ${cell.lab}`, confidence: cell.confidence }))),
        ...(own.length ? [`Not drawn (a lab's own channel, not a cloud): ${[...new Set(own.map((row) => row.shortName))].join("; ")}.`] : []),
      ].join(" "),
    };
  },
};
