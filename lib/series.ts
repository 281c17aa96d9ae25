import type { CsvValue } from "./csv";
import { headlineInvestors, headlineRows } from "./headline";
import type { Channel, CloudCommitment, Commitment, Confidence, DealEvent, MarketShare } from "./schema";
import { compareDates } from "./sort";

/**
 * Chart series, shaped from the validated data. Charts take these and shape nothing
 * themselves; the same series feed each chart's "show as table" view and its CSV.
 */

/** Milliseconds at the start of a partial date, in UTC: "2021" is 1 Jan 2021. */
export function dateStart(date: string): number {
  const [year, month = "01", day = "01"] = date.split("-");
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Whether a date is known only to the month or year. */
export function isApproximate(date: string): boolean {
  return date.length < 10;
}

// ---------------------------------------------------------------------------------------
// Commitments over time

export interface TimelineMark {
  investor: string;
  label: string;
  /** null: the amount was never disclosed, so the line does not move. */
  amountUsd: number | null;
  confidence: Confidence;
}

export interface TimelineRow {
  t: number;
  date: string;
  approximate: boolean;
  /** Cumulative disclosed money per series key; null before a backer's first commitment. */
  values: Record<string, number | null>;
  marks: TimelineMark[];
  events: string[];
}

export interface TimelineSeries {
  key: string;
  investor: string;
  /** The series that adds conditional money on top: drawn dashed. */
  conditional: boolean;
}

/**
 * Cumulative money committed per backer, a step at each dated commitment, carried to the
 * as-of date. A tranche inside a total adds at its own date, and the total adds whatever
 * its tranches leave unaccounted at the date it was disclosed, so nothing counts twice.
 * An undisclosed amount is a mark with no step, never a step of zero dollars presented
 * as a value.
 */
export function commitmentTimeline(
  commitments: Commitment[],
  events: DealEvent[],
  recipient: string,
  asOf: string,
): { rows: TimelineRow[]; series: TimelineSeries[] } {
  const rows = headlineRows(commitments, recipient).filter((row) => row.announced !== null && compareDates(row.announced, asOf) <= 0);
  // Only backers with something on record by the as-of date get a line.
  const investors = headlineInvestors(rows, recipient);
  const series: TimelineSeries[] = [];
  const changes = new Map<string, { key: string; delta: number }[]>();
  const marks = new Map<string, TimelineMark[]>();
  const add = <T>(map: Map<string, T[]>, date: string, item: T) => map.set(date, [...(map.get(date) ?? []), item]);

  for (const investor of investors) {
    const own = rows.filter((row) => row.investor === investor).sort((a, b) => compareDates(a.announced!, b.announced!));
    const hasConditional = own.some((row) => row.tranche === "conditional" && row.amountUsd !== null);
    series.push({ key: investor, investor, conditional: false });
    if (hasConditional) series.push({ key: `${investor} incl. conditional`, investor, conditional: true });
    for (const row of own) {
      const date = row.announced!;
      add(marks, date, { investor, label: row.description, amountUsd: row.amountUsd, confidence: row.confidence });
      if (row.amountUsd === null) continue; // marked, but the line does not move
      let delta = row.amountUsd;
      if (row.tranche === "total") {
        // Only the part the earlier tranches do not already account for.
        const parts = own.filter((part) => part.partOf === row.id && part.amountUsd !== null && compareDates(part.announced!, date) <= 0);
        delta = Math.max(0, row.amountUsd - parts.reduce((sum, part) => sum + (part.amountUsd ?? 0), 0));
      } else if (row.partOf !== null) {
        // A tranche disclosed after its total is already inside that total.
        const total = own.find((candidate) => candidate.id === row.partOf);
        if (total?.amountUsd != null && compareDates(total.announced!, date) <= 0) delta = 0;
      }
      if (row.tranche !== "conditional") add(changes, date, { key: investor, delta });
      if (hasConditional) add(changes, date, { key: `${investor} incl. conditional`, delta });
    }
  }

  const eventsByDate = new Map<string, string[]>();
  for (const event of events) if (compareDates(event.date, asOf) <= 0) add(eventsByDate, event.date, event.title);

  const dates = [...new Set([...changes.keys(), ...marks.keys(), ...eventsByDate.keys(), asOf])].sort(compareDates);
  const running: Record<string, number | null> = Object.fromEntries(series.map((item) => [item.key, null]));
  const timeline = dates.map((date) => {
    for (const { key, delta } of changes.get(date) ?? []) running[key] = (running[key] ?? 0) + delta;
    return {
      t: dateStart(date),
      date,
      approximate: isApproximate(date),
      values: { ...running },
      marks: marks.get(date) ?? [],
      events: eventsByDate.get(date) ?? [],
    };
  });
  return { rows: timeline, series };
}

// ---------------------------------------------------------------------------------------
// Money both ways

export interface FlowPart {
  id: string;
  label: string;
  amountUsd: number;
  conditional: boolean;
}

export interface BackerFlows {
  investor: string;
  /** Money into the recipient, by tranche (known amounts only). */
  invested: FlowPart[];
  /** Whether some money in is undisclosed, making the bar a floor. */
  investedFloor: boolean;
  /** Cloud spending the recipient committed back to this backer, by agreement. */
  cloudBack: FlowPart[];
}

export function moneyBothWays(commitments: Commitment[], cloud: CloudCommitment[], recipient: string): BackerFlows[] {
  return headlineInvestors(commitments, recipient).map((investor) => {
    const counted = headlineRows(commitments, recipient).filter((row) => row.investor === investor && row.partOf === null);
    return {
      investor,
      invested: counted.flatMap((row) =>
        row.amountUsd === null
          ? []
          : [{ id: row.id, label: row.tranche === "total" ? "Total committed" : capitalise(row.tranche), amountUsd: row.amountUsd, conditional: row.tranche === "conditional" }],
      ),
      investedFloor: counted.some((row) => row.amountUsd === null),
      cloudBack: cloud
        .filter((row) => row.buyer === recipient && row.seller === investor && row.amountUsd !== null)
        .sort((a, b) => compareDates(a.announced ?? "9999", b.announced ?? "9999"))
        .map((row) => ({
          id: row.id,
          label: `${row.cloud}, ${row.announced?.slice(0, 4) ?? "undated"}${row.basis === "new" ? "" : ` (${row.basis})`}`,
          amountUsd: row.amountUsd!,
          conditional: false,
        })),
    };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------
// Channels over time

export interface LanePoint {
  t: number;
  date: string;
  stage: string;
  label: string;
  approximate: boolean;
}

export interface Lane {
  id: string;
  label: string;
  operator: string;
  points: LanePoint[];
}

export interface ShadedPeriod {
  from: number;
  to: number;
  fromDate: string;
  toDate: string;
  label: string;
  operator: string;
}

/**
 * One lane per channel with a milestone by the as-of date; the rest are listed as not
 * drawn. A shaded period wherever a channel was the only cloud for the API.
 */
export function channelLanes(channels: Channel[], asOf: string, subject = "OpenAI"): { lanes: Lane[]; undated: Channel[]; periods: ShadedPeriod[] } {
  const lanes = channels
    .map((channel) => ({
      id: channel.id,
      label: channel.shortName,
      operator: channel.operator,
      points: [...channel.milestones]
        .filter((milestone) => compareDates(milestone.date, asOf) <= 0)
        .sort((a, b) => compareDates(a.date, b.date))
        .map((milestone) => ({ t: dateStart(milestone.date), date: milestone.date, stage: milestone.stage, label: milestone.label, approximate: isApproximate(milestone.date) })),
    }))
    .filter((lane) => lane.points.length > 0);
  const drawn = new Set(lanes.map((lane) => lane.id));
  const periods = channels.flatMap((channel) => {
    if (channel.exclusiveUntil === null) return [];
    const start = channel.milestones.find((milestone) => milestone.stage === "generally available")?.date ?? channel.since;
    if (start === null) return [];
    return [
      {
        from: dateStart(start),
        to: dateStart(channel.exclusiveUntil),
        fromDate: start,
        toDate: channel.exclusiveUntil,
        label: `${channel.cloud} the only cloud for ${subject}'s API models`,
        operator: channel.operator,
      },
    ];
  });
  return { lanes, undated: channels.filter((channel) => !drawn.has(channel.id)), periods };
}

// ---------------------------------------------------------------------------------------
// Market context

export interface ShareRow {
  quarter: string;
  shares: Record<string, number>;
  marketSizeUsd: number | null;
}

/** Providers in order of their share in the first quarter, largest first. */
export function marketShareSeries(rows: MarketShare[]): { rows: ShareRow[]; providers: string[] } {
  const sorted = [...rows].sort((a, b) => a.quarter.localeCompare(b.quarter));
  const first = sorted[0]?.shares ?? {};
  const providers = [...new Set(sorted.flatMap((row) => Object.keys(row.shares)))].sort((a, b) => (first[b] ?? 0) - (first[a] ?? 0));
  return { rows: sorted.map((row) => ({ quarter: row.quarter, shares: row.shares, marketSizeUsd: row.marketSizeUsd })), providers };
}

// ---------------------------------------------------------------------------------------
// Each chart's data as a table: the same numbers for "show as table" and for CSV.

export interface DataTableShape {
  header: string[];
  rows: CsvValue[][];
}

export function timelineTable({ rows, series }: ReturnType<typeof commitmentTimeline>): DataTableShape {
  return {
    header: ["date", ...series.map((item) => `${item.key} cumulative_usd`), "commitments", "events"],
    rows: rows.map((row) => [
      row.date,
      ...series.map((item) => row.values[item.key]),
      row.marks.map((mark) => `${mark.investor}: ${mark.amountUsd === null ? "undisclosed amount" : mark.amountUsd} (${mark.confidence})`).join("; ") || null,
      row.events.join("; ") || null,
    ]),
  };
}

export function flowsTable(flows: BackerFlows[], recipient: string): DataTableShape {
  return {
    header: ["backer", "direction", "part", "amount_usd", "conditional"],
    rows: flows.flatMap((flow) => [
      ...flow.invested.map((part) => [flow.investor, `into ${recipient}`, part.label, part.amountUsd, part.conditional ? "yes" : "no"]),
      ...(flow.investedFloor ? [[flow.investor, `into ${recipient}`, "Further commitment, amount undisclosed", null, "no"]] : []),
      ...flow.cloudBack.map((part) => [flow.investor, "back to the backer's cloud", part.label, part.amountUsd, "no"]),
    ]),
  };
}

export function lanesTable({ lanes, undated, periods }: ReturnType<typeof channelLanes>): DataTableShape {
  return {
    header: ["channel", "date", "stage", "detail"],
    rows: [
      ...lanes.flatMap((lane) => lane.points.map((point) => [lane.label, point.date, point.stage, point.label])),
      ...undated.map((channel) => [`${channel.channel}: ${channel.models}`, null, channel.status, channel.sinceNote ?? "undated"]),
      ...periods.map((period) => [period.label, period.fromDate, "exclusive period", `until ${period.toDate}`]),
    ],
  };
}

export function marketShareTable({ rows, providers }: ReturnType<typeof marketShareSeries>): DataTableShape {
  return {
    header: ["quarter", ...providers.map((provider) => `${provider} share_pct`), "market_size_usd"],
    rows: rows.map((row) => [row.quarter, ...providers.map((provider) => row.shares[provider] ?? null), row.marketSizeUsd]),
  };
}

/** "All plotted figures confirmed." or "Reported, not confirmed: Microsoft 2023 investment." */
export function confidenceSummary(items: { label: string; confidence: Confidence }[]): string {
  const reported = items.filter((item) => item.confidence === "reported").map((item) => item.label);
  const unconfirmed = items.filter((item) => item.confidence === "unconfirmed").map((item) => item.label);
  if (reported.length === 0 && unconfirmed.length === 0) return "All plotted figures confirmed.";
  const parts = [];
  if (reported.length) parts.push(`Reported, not confirmed: ${[...new Set(reported)].join("; ")}.`);
  if (unconfirmed.length) parts.push(`Unconfirmed: ${[...new Set(unconfirmed)].join("; ")}.`);
  return parts.join(" ");
}
