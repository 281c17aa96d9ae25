import type { ChartPoint } from "../chart-points";
import type { LegendItem } from "../chart-svg";
import { chartTable } from "../chart-table";
import { formatPartialDate, formatUsd, formatUsdFull } from "../format";
import { amountGrade, type Scenario } from "../headline";
import { companyColor } from "../palette";
import { commitmentTimeline, confidenceSummary, scenarioTimeline, type TimelineMark, type TimelineRow, type TimelineSeries } from "../series";
import type { ColumnSpec } from "../table-columns";
import { absent, type ChartDefinition } from "./types";

export interface TimelinePlot {
  rows: TimelineRow[];
  series: TimelineSeries[];
  /** The first date drawn. */
  from: string;
}

/** "Amazon: $35,000,000,000, conditional (confirmed)", "Microsoft: undisclosed amount (unconfirmed)" */
export function describeMark(mark: TimelineMark): string {
  const amount = mark.amountUsd === null ? "undisclosed amount" : formatUsdFull(mark.amountUsd);
  const kinds = [mark.conditional ? "conditional" : null, mark.disclosure ? "disclosed, not a commitment date" : null].filter(Boolean);
  return `${mark.investor}: ${amount}${kinds.length ? `, ${kinds.join(", ")}` : ""} (${mark.confidence})`;
}

/** A line's name, as its legend and table say it. */
export function seriesLabel(item: TimelineSeries): string {
  return item.conditional ? `${item.investor}, with the conditional money` : item.investor;
}

/** The marks a line carries at a row: its backer's, conditional money on the dashed line only. */
export function seriesMarks(row: TimelineRow, item: TimelineSeries): TimelineMark[] {
  return row.marks.filter((mark) => mark.investor === item.investor && mark.conditional === item.conditional);
}

export const EVENTS_SERIES = "Events";

/** The mark of a line at a date, or of the events on a date. */
export function timelineKey(series: string, t: number): string {
  return `${series}|${t}`;
}

/** "$35B, conditional, reported"; "amount undisclosed, confirmed"; "$13B, disclosed, not a commitment date, confirmed". */
function markWords(mark: TimelineMark): string {
  const kinds = [mark.conditional ? "conditional" : null, mark.disclosure ? "disclosed, not a commitment date" : null].filter(Boolean);
  return [mark.amountUsd === null ? "amount undisclosed" : formatUsd(mark.amountUsd), ...kinds, mark.confidence].join(", ");
}

/**
 * Each line's marks in date order (where it has drawn so far), then the events: "Microsoft ·
 * Jan 2023 · $10B, confirmed · $13B so far"; "Events · 28 Oct 2025 · OpenAI recapitalisation".
 */
export function timelinePoints(plot: TimelinePlot, scenario: Scenario): ChartPoint[] {
  const { rows, series } = scenarioTimeline(plot, scenario);
  const date = (row: TimelineRow) => `${formatPartialDate(row.date)}${row.approximate ? " (date approximate)" : ""}`;
  return [
    ...series.flatMap((item) =>
      rows.flatMap((row): ChartPoint[] => {
        const marks = seriesMarks(row, item);
        const value = row.values[item.key];
        if (marks.length === 0 || value === null || value === undefined) return [];
        return [{ key: timelineKey(item.key, row.t), series: seriesLabel(item), x: row.t, words: [date(row), marks.map(markWords).join("; "), `${formatUsd(value)} so far`] }];
      }),
    ),
    ...rows.filter((row) => row.events.length > 0).map((row) => ({ key: timelineKey(EVENTS_SERIES, row.t), series: EVENTS_SERIES, x: row.t, words: [date(row), row.events.join("; ")] })),
  ];
}

/** One column per series: the cumulative money at each date, "none yet" before the first commitment. */
export function timelineColumns(series: TimelineSeries[]): ColumnSpec<TimelineRow>[] {
  return [
    { id: "date", label: "Date", csvHeader: "date", description: "Date of a commitment, disclosure or event", kind: "date", value: (row) => row.date },
    ...series.map(
      (item): ColumnSpec<TimelineRow> => ({
        id: item.key,
        label: seriesLabel(item),
        csvHeader: `${item.key} cumulative_usd`,
        description: `${item.investor}'s cumulative disclosed commitments${item.conditional ? ", conditional money included" : ""}`,
        kind: "usd",
        unit: "USD, nominal",
        value: (row) => row.values[item.key] ?? null,
        unknown: "none yet",
      }),
    ),
    { id: "commitments", label: "Commitments", csvHeader: "commitments", description: "What was committed or disclosed on the date", kind: "text", value: (row) => row.marks.map(describeMark).join("; ") || null, unknown: "none" },
    { id: "events", label: "Events", csvHeader: "events", description: "Events on the date", kind: "text", value: (row) => row.events.join("; ") || null, unknown: "none" },
  ];
}

/** Cumulative money per backer, a step at each dated commitment, with events marked. */
export const commitmentsOverTime: ChartDefinition<TimelinePlot> = {
  slug: "commitments-over-time",
  section: "behind",
  wide: true,
  points: timelinePoints,
  build: ({ data, subject, asOf, figures, conditional, sourcesOf }) => {
    const timeline = commitmentTimeline(data.commitments, data.events, subject, asOf);
    const counted = data.commitments.filter((row) => !row.contextOnly);
    return {
      title: "Commitments over time",
      subtitle:
        "Cumulative money each backer has committed, stepping up at each dated commitment. Hollow dots: commitments of undisclosed size; hollow diamonds: dates that only disclosed a total, with no step; triangles: events.",
      heightClass: "h-72 sm:h-80",
      plot: timeline.rows.length > 0 ? { ...timeline, from: timeline.rows[0].date } : absent(`No commitment to ${subject} has a date on record, so there is no line to draw.`),
      conditional,
      legend: [
        ...timeline.series.map((item): LegendItem => ({ label: seriesLabel(item), color: companyColor(item.investor), swatch: item.conditional ? "dashed-line" : "line" })),
        { label: "Disclosure date: a total made public, no step", color: "var(--color-ink)", swatch: "diamond" },
        { label: "Event (see tooltip or table)", color: "var(--color-muted)", swatch: "triangle" },
      ],
      table: chartTable(timelineColumns(timeline.series), timeline.rows),
      sources: sourcesOf(counted),
      confidence: [
        confidenceSummary(counted.filter((row) => row.amountUsd !== null).map((row) => ({ label: `${row.investor} ${row.announced}`, confidence: amountGrade(row) }))),
        ...figures
          .filter(({ summary }) => summary.undisclosed.length > 0)
          .map(({ summary }) => `${summary.investor}'s line is a floor: ${summary.undisclosed.length === 1 ? "one commitment is" : `${summary.undisclosed.length} commitments are`} undisclosed.`),
      ].join(" "),
    };
  },
};
