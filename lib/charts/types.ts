import type { ChartPoint } from "../chart-points";
import type { LegendItem } from "../chart-svg";
import type { ChartTable } from "../chart-table";
import type { BackerSummary, Scenario } from "../headline";
import type { ConditionalMoney } from "../scenario";
import type { Commitment, Dataset, Lab, Source } from "../schema";
import type { WithSources } from "../sources";

/**
 * What a chart is, defined once per chart in its own module (`lib/charts/<slug>.ts`, its test
 * beside it): from a lab's data to a ready-to-draw model. The card, its legend, its table view,
 * its CSV, its images, its embed and the end-to-end counts all read the model; the plot
 * component (`components/charts/plots/<slug>.tsx`) draws `plot` and nothing else.
 */

/** What every chart of a lab's page is built from, shaped once per page. */
export interface ChartInput {
  lab: Lab;
  /** The lab's name: what the charts' words are about. */
  subject: string;
  asOf: string;
  /** Whether this is the home page, the only one with the charts across labs. */
  home: boolean;
  /** The lab's share of the data. */
  data: Dataset;
  /** All of it, for the charts across labs. */
  all: Dataset;
  /** Each backer's headline figure and the rows it rests on. */
  figures: { summary: BackerSummary; basis: WithSources<Commitment>[] }[];
  /** The conditional money the money charts show, for the scenario's words on each of them. */
  conditional: ConditionalMoney | null;
  /** The page's sources that these rows cite, in the page's citation order. */
  sourcesOf: (rows: { sourceIds: string[] }[]) => Source[];
}

/** A chart ready to draw: everything its card shows, and the plot's own props. */
export interface ChartModel<Plot = unknown> {
  slug: string;
  /** The lab's id, for file names. */
  lab: string;
  title: string;
  subtitle: string;
  /** Tailwind height of the plot box: fixed, so nothing moves when the chart loads. */
  heightClass: string;
  /** The chart's embed page: `/embed/<chart>`, or `/embed/<lab>/<chart>` for a lab other than the home page's. */
  embedPath: string;
  /** Where the chart sits on the page, and whether it spans the full width of the charts' grid. */
  section: ChartDefinition<unknown>["section"];
  wide: boolean;
  /** What the plot component draws; null when the lab has too little data for the chart. */
  plot: Plot | null;
  /** Why the chart is not drawn, when `plot` is null: the card then shows its table and says so. */
  absent: string | null;
  legend: LegendItem[];
  table: ChartTable;
  sources: Source[];
  /** What the plotted figures' confidence is, in words. */
  confidence: string;
  /** Conditional money the chart shows, so the scenario is said in words. */
  conditional: ConditionalMoney | null;
}

/** What a chart module builds: the model, less what the registry adds (slug, lab, layout). */
export type ChartBuild<Plot> = Omit<ChartModel<Plot>, "slug" | "lab" | "embedPath" | "section" | "wide" | "absent" | "conditional" | "plot"> & {
  /** The plot's props, or why there is nothing to draw. */
  plot: Plot | { absent: string };
  conditional?: ConditionalMoney | null;
};

export interface ChartDefinition<Plot> {
  /** The chart's embed URL, file names and anchors: `/embed/money-both-ways`. */
  slug: string;
  /** Where the chart sits: beside the headline figures, or among the charts behind them. */
  section: "money" | "behind";
  wide: boolean;
  /** A chart across labs is on the home page only. */
  acrossLabs?: boolean;
  build: (input: ChartInput) => ChartBuild<Plot>;
  /**
   * The plot's data points in the order the keyboard walks them, under the scenario the plot is
   * drawn in: what the chart announces point by point. The plot re-exports it to ring the focused mark.
   */
  points(plot: Plot, scenario: Scenario): ChartPoint[];
}

/** Why a chart is not drawn, as a plot value. */
export function absent(reason: string): { absent: string } {
  return { absent: reason };
}

export function isAbsent(plot: unknown): plot is { absent: string } {
  return typeof plot === "object" && plot !== null && Object.keys(plot).length === 1 && typeof (plot as { absent?: unknown }).absent === "string";
}
