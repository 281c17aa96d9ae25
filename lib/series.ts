import { isApproximate, startTime } from "./partial-date";
import { backerSegments, headlineInvestors, headlineRows, type Scenario } from "./headline";
import type { Channel, CloudCommitment, Commitment, Confidence, DealEvent, MarketShare } from "./schema";
import { compareDates } from "./sort";

/**
 * Chart series, shaped from the validated data. Charts take these and shape nothing
 * themselves; the same series feed each chart's "show as table" view and its CSV.
 */

// ---------------------------------------------------------------------------------------
// Commitments over time

export interface TimelineMark {
  investor: string;
  label: string;
  /** null: the amount was never disclosed, so the line does not move. */
  amountUsd: number | null;
  confidence: Confidence;
  /** Money that depends on conditions: said so wherever the mark is shown. */
  conditional: boolean;
  /** A date that only disclosed an amount (a filing, money paid in so far): a marker, never a step. */
  disclosure: boolean;
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

/** Dates on which money was committed; the others (`disclosed`, `funded`) only made an amount public or reported it paid. */
const COMMITMENT_DATES = new Set(["announced", "invested", "closed"]);

/**
 * Cumulative money committed per backer, a step at each dated commitment, carried to the
 * as-of date. A tranche inside a total adds at its own date, and a total adds only what its
 * tranches leave unaccounted, and only at a date it was committed: a total first disclosed
 * in a filing is a disclosure marker, with no step and no remainder derived. An undisclosed
 * amount is a mark with no step, never a step of zero dollars presented as a value.
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
    const conditionalIds = new Set(own.filter((row) => row.tranche === "conditional").map((row) => row.id));
    const isConditional = (row: Commitment) => conditionalIds.has(row.id) || (row.partOf !== null && conditionalIds.has(row.partOf));
    const hasConditional = own.some((row) => row.tranche === "conditional" && row.amountUsd !== null);
    series.push({ key: investor, investor, conditional: false });
    if (hasConditional) series.push({ key: `${investor} incl. conditional`, investor, conditional: true });
    for (const row of own) {
      const date = row.announced!;
      const disclosure = !COMMITMENT_DATES.has(row.dateKind) || row.tranche === "funded";
      add(marks, date, { investor, label: row.description, amountUsd: row.amountUsd, confidence: row.grades.amount?.confidence ?? row.confidence, conditional: isConditional(row), disclosure });
      if (row.amountUsd === null || disclosure) continue; // marked, but the line does not move
      let delta = row.amountUsd;
      if (row.tranche === "total") {
        // Only the part the earlier tranches do not already account for.
        const parts = own.filter((part) => part.partOf === row.id && part.tranche !== "funded" && part.amountUsd !== null && compareDates(part.announced!, date) <= 0);
        delta = Math.max(0, row.amountUsd - parts.reduce((sum, part) => sum + (part.amountUsd ?? 0), 0));
      } else if (row.partOf !== null) {
        // A tranche committed after its total is already inside that total.
        const total = own.find((candidate) => candidate.id === row.partOf);
        if (total?.amountUsd != null && COMMITMENT_DATES.has(total.dateKind) && compareDates(total.announced!, date) < 0) delta = 0;
      }
      if (!isConditional(row)) add(changes, date, { key: investor, delta });
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
      t: startTime(date),
      date,
      approximate: isApproximate(date),
      values: { ...running },
      marks: marks.get(date) ?? [],
      events: eventsByDate.get(date) ?? [],
    };
  });
  return { rows: timeline, series };
}

/**
 * The timeline under a scenario: the conditional series left out, kept, or scaled to firm
 * money plus the conditional part times its probability (an expected value, labelled so).
 */
export function scenarioTimeline({ rows, series }: ReturnType<typeof commitmentTimeline>, scenario: Scenario): ReturnType<typeof commitmentTimeline> {
  if (scenario.mode === "include") return { rows, series };
  if (scenario.mode === "exclude") {
    const kept = series.filter((item) => !item.conditional);
    return { series: kept, rows: rows.map((row) => ({ ...row, values: Object.fromEntries(kept.map((item) => [item.key, row.values[item.key]])) })) };
  }
  const p = Math.min(1, Math.max(0, scenario.probability));
  const firmKey = (item: TimelineSeries) => series.find((candidate) => candidate.investor === item.investor && !candidate.conditional)?.key ?? item.key;
  return {
    series,
    rows: rows.map((row) => ({
      ...row,
      values: Object.fromEntries(
        series.map((item) => {
          const value = row.values[item.key];
          if (!item.conditional || value === null) return [item.key, value];
          const firm = row.values[firmKey(item)] ?? 0;
          return [item.key, firm + (value - firm) * p];
        }),
      ),
    })),
  };
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
      // The same parts as the headline bar, so conditional money stays a part of its own.
      invested: backerSegments(commitments, investor, recipient).map((segment) => ({
        id: segment.commitmentId,
        label: segment.label === "Total" ? "Total committed" : segment.label,
        amountUsd: segment.amountUsd,
        conditional: segment.conditional,
      })),
      investedFloor: counted.some((row) => row.amountUsd === null),
      cloudBack: cloud
        .filter((row) => row.buyer === recipient && row.seller === investor && row.amountUsd !== null)
        .sort((a, b) => compareDates(a.announced ?? "9999", b.announced ?? "9999"))
        .map((row) => ({
          id: row.id,
          label: `${row.cloud}, ${row.announced?.slice(0, 4) ?? "undated"}${row.basis === null || row.basis === "new" ? "" : ` (${row.basis})`}`,
          amountUsd: row.amountUsd!,
          conditional: false,
        })),
    };
  });
}

/** A part's label that says "conditional" wherever the money is. */
export function flowPartLabel(part: FlowPart): string {
  return part.conditional && !/conditional/i.test(part.label) ? `${part.label} (conditional)` : part.label;
}

/** Money-both-ways under a scenario: conditional parts left out, kept, or weighted and labelled as expected values. */
export function scenarioFlows(flows: BackerFlows[], scenario: Scenario): BackerFlows[] {
  if (scenario.mode === "include") return flows;
  const p = scenario.mode === "exclude" ? 0 : Math.min(1, Math.max(0, scenario.probability));
  return flows.map((flow) => ({
    ...flow,
    invested: flow.invested.flatMap((part) =>
      !part.conditional ? [part] : p === 0 ? [] : [{ ...part, amountUsd: part.amountUsd * p, label: `${flowPartLabel(part)} × ${Math.round(p * 100)}% (expected value)` }],
    ),
  }));
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
  /** The cloud that was the only one, and a few words for its band. */
  cloud: string;
  bandLabel: string;
  operator: string;
}

/**
 * One lane per channel (rows sharing a short name) with a milestone by the as-of date; rows
 * without one are listed as not drawn. A shaded period wherever a channel was the only cloud for the API.
 */
export function channelLanes(channels: Channel[], asOf: string, subject: string): { lanes: Lane[]; undated: Channel[]; periods: ShadedPeriod[] } {
  // Rows sharing a short name are milestones of one channel: one lane, named by its first row.
  const names = [...new Set(channels.map((channel) => channel.shortName))];
  const dated = (channel: Channel) => channel.milestones.filter((milestone) => compareDates(milestone.date, asOf) <= 0);
  const lanes = names
    .map((name) => {
      const rows = channels.filter((channel) => channel.shortName === name);
      return {
        id: rows[0].id,
        label: name,
        operator: rows[0].operator,
        points: rows
          .flatMap(dated)
          .sort((a, b) => compareDates(a.date, b.date))
          .map((milestone) => ({ t: startTime(milestone.date), date: milestone.date, stage: milestone.stage, label: milestone.label, approximate: isApproximate(milestone.date) })),
      };
    })
    .filter((lane) => lane.points.length > 0);
  const drawn = new Set(channels.filter((channel) => dated(channel).length > 0).map((channel) => channel.id));
  const periods = channels.flatMap((channel) => {
    if (channel.exclusiveUntil === null) return [];
    const start = channel.milestones.find((milestone) => milestone.stage === "generally available")?.date ?? channel.since;
    if (start === null) return [];
    return [
      {
        from: startTime(start),
        to: startTime(channel.exclusiveUntil),
        fromDate: start,
        toDate: channel.exclusiveUntil,
        label: `${channel.cloud} the only cloud for ${subject}'s API models`,
        cloud: channel.cloud,
        bandLabel: `${channel.cloud} only`,
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
