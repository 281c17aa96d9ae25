import type { ChartPoint } from "../chart-points";
import type { LegendItem } from "../chart-svg";
import { chartTable } from "../chart-table";
import { formatPartialDate } from "../format";
import { companyColor } from "../palette";
import { startTime } from "../partial-date";
import { channelLanes, confidenceSummary, type Lane, type ShadedPeriod } from "../series";
import type { ColumnSpec } from "../table-columns";
import { absent, type ChartDefinition } from "./types";

export interface ChannelsPlot {
  lanes: Lane[];
  periods: ShadedPeriod[];
  /** The first milestone and the as-of date, in ms. */
  from: number;
  to: number;
}

interface LaneRow {
  channel: string;
  date: string | null;
  stage: string;
  detail: string;
}

const columns: ColumnSpec<LaneRow>[] = [
  { id: "channel", label: "Channel", csvHeader: "channel", description: "Where the models are sold", kind: "text", value: (row) => row.channel },
  { id: "date", label: "Date", csvHeader: "date", description: "The milestone's date; empty where none is on record", kind: "date", value: (row) => row.date },
  { id: "stage", label: "Stage", csvHeader: "stage", description: "generally available, launch, preview, catalog entry, announced, or an exclusive period", kind: "text", value: (row) => row.stage },
  { id: "detail", label: "Detail", csvHeader: "detail", description: "Which models, or until when", kind: "text", value: (row) => row.detail },
];

/** Each drawn milestone, each channel not drawn (no dated milestone), then each exclusive period. */
export function laneRows({ lanes, undated, periods }: ReturnType<typeof channelLanes>): LaneRow[] {
  return [
    ...lanes.flatMap((lane) => lane.points.map((point) => ({ channel: lane.label, date: point.date, stage: point.stage, detail: point.label }))),
    ...undated.map((channel) => ({ channel: `${channel.channel}: ${channel.models}`, date: null, stage: channel.status, detail: channel.sinceNote ?? "undated" })),
    ...periods.map((period) => ({ channel: period.label, date: period.fromDate, stage: "exclusive period", detail: `until ${period.toDate}` })),
  ];
}

export function milestoneKey(lane: Pick<Lane, "id">, index: number): string {
  return `${lane.id}|${index}`;
}

/** Each lane's milestones in date order: "Bedrock · 5 Aug 2025 · launch · gpt-oss models". */
export function milestonePoints({ lanes }: ChannelsPlot): ChartPoint[] {
  return lanes.flatMap((lane) =>
    lane.points.map((point, index) => ({
      key: milestoneKey(lane, index),
      series: lane.label,
      x: point.t,
      words: [`${formatPartialDate(point.date)}${point.approximate ? " (month only)" : ""}`, point.stage, point.label],
    })),
  );
}

/** When the lab's models reached each channel, a lane per channel, exclusive periods shaded. */
export const channelsOverTime: ChartDefinition<ChannelsPlot> = {
  slug: "channels-over-time",
  section: "behind",
  wide: false,
  points: milestonePoints,
  build: ({ data, subject, asOf, sourcesOf }) => {
    const lanes = channelLanes(data.channels, asOf, subject);
    const exclusive = [...new Set(lanes.periods.map((period) => period.cloud))];
    const times = lanes.lanes.flatMap((lane) => lane.points.map((point) => point.t));
    return {
      title: `Where ${subject}'s models are sold, over time`,
      subtitle: `When ${subject}'s models reached each channel.${exclusive.length ? ` Shaded: the years ${exclusive.join(" and ")} ${exclusive.length === 1 ? "was the only cloud" : "were the only clouds"} for ${subject}'s API models.` : ""}`,
      heightClass: "h-72",
      plot:
        lanes.lanes.length > 1
          ? { lanes: lanes.lanes, periods: lanes.periods, from: Math.min(...times), to: startTime(asOf) }
          : absent(
              lanes.lanes.length === 0
                ? `None of ${subject}'s channels has a dated milestone on record, so there is no timeline to draw: the table lists them.`
                : `Only one of ${subject}'s channels has a dated milestone on record, too few for a timeline: the table lists them all.`,
            ),
      legend: [
        { label: "Generally available", color: "var(--color-ink)", swatch: "point" },
        { label: "Preview", color: "var(--color-ink)", swatch: "ring" },
        { label: "Launch: a model card's date (or available, no general-availability date stated)", color: "var(--color-ink)", swatch: "square" },
        { label: "Catalog entry in a client app (not an availability notice)", color: "var(--color-ink)", swatch: "hollow-square" },
        { label: "Announced", color: "var(--color-ink)", swatch: "diamond" },
        ...lanes.periods.map((period): LegendItem => ({ label: `${period.label} (${period.fromDate} to ${period.toDate})`, color: companyColor(period.operator), swatch: "band" })),
      ],
      table: chartTable(columns, laneRows(lanes)),
      sources: sourcesOf(data.channels),
      confidence: [
        confidenceSummary(data.channels.map((row) => ({ label: row.shortName, confidence: row.confidence }))),
        ...(lanes.undated.length ? [`Not drawn (no dated milestone): ${lanes.undated.map((channel) => `${channel.shortName} (${channel.models})`).join("; ")}.`] : []),
      ].join(" "),
    };
  },
};
