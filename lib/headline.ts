import { formatUsd } from "./format";
import type { Commitment, Confidence } from "./schema";

/**
 * The headline figures and the stacked headline chart, derived from the commitments alone
 * so that another backer or another lab needs only new rows in `data/`.
 */

export interface BackerSummary {
  investor: string;
  /** Money committed without conditions, known amounts only. */
  firmUsd: number;
  /** Money that depends on conditions being met. */
  conditionalUsd: number;
  /** firm + conditional: the most the backer has committed, as far as it is disclosed. */
  upToUsd: number;
  /** Rows counted in the headline whose amount is undisclosed: the figure is then a floor. */
  undisclosed: Commitment[];
  /** Rows counted in the headline (totals, and tranches that no total already includes). */
  counted: Commitment[];
  /** The weakest confidence among the counted amounts. */
  confidence: Confidence;
}

const CONFIDENCE_ORDER: Confidence[] = ["confirmed", "reported", "unconfirmed"];

function weakest(levels: Confidence[]): Confidence {
  return levels.reduce<Confidence>(
    (worst, level) => (CONFIDENCE_ORDER.indexOf(level) > CONFIDENCE_ORDER.indexOf(worst) ? level : worst),
    "confirmed",
  );
}

/** Rows that belong in a recipient's headline: not context-only rows. */
export function headlineRows(commitments: Commitment[], recipient: string): Commitment[] {
  return commitments.filter((row) => row.recipient === recipient && !row.contextOnly);
}

/** Investors in order of first appearance in the data. */
export function headlineInvestors(commitments: Commitment[], recipient: string): string[] {
  return [...new Set(headlineRows(commitments, recipient).map((row) => row.investor))];
}

export function summariseBacker(commitments: Commitment[], investor: string, recipient: string): BackerSummary {
  const rows = headlineRows(commitments, recipient).filter((row) => row.investor === investor);
  // A tranche inside a total is already counted by that total.
  const counted = rows.filter((row) => row.partOf === null);
  const known = counted.filter((row) => row.amountUsd !== null);
  const sum = (list: Commitment[]) => list.reduce((total, row) => total + (row.amountUsd ?? 0), 0);
  const conditionalUsd = sum(known.filter((row) => row.tranche === "conditional"));
  const firmUsd = sum(known.filter((row) => row.tranche !== "conditional"));
  return {
    investor,
    firmUsd,
    conditionalUsd,
    upToUsd: firmUsd + conditionalUsd,
    undisclosed: counted.filter((row) => row.amountUsd === null),
    counted,
    confidence: weakest(known.map((row) => row.confidence)),
  };
}

/** How conditional money counts toward a total: left out, counted in full, or weighted. */
export type Scenario = { mode: "exclude" } | { mode: "include" } | { mode: "weighted"; probability: number };

/** The total under a scenario; a weighted total is an expected value, not a commitment. */
export function scenarioTotal(summary: BackerSummary, scenario: Scenario): number {
  switch (scenario.mode) {
    case "exclude":
      return summary.firmUsd;
    case "include":
      return summary.upToUsd;
    case "weighted": {
      const p = Math.min(1, Math.max(0, scenario.probability));
      return summary.firmUsd + summary.conditionalUsd * p;
    }
  }
}

export interface Segment {
  /** Unique key for the chart series: the commitment id, or `<total id>-rest`. */
  key: string;
  investor: string;
  label: string;
  amountUsd: number;
  conditional: boolean;
  /** True for the part of a total that no disclosed tranche accounts for. */
  unitemised: boolean;
  confidence: Confidence;
  commitmentId: string;
}

/**
 * The stacked segments of one backer's bar: each disclosed tranche, and for a total whose
 * tranches do not add up to it, the rest shown as "not itemised" (never spread over the
 * undisclosed tranches, which would invent their sizes). Undisclosed amounts draw nothing;
 * `summariseBacker(...).undisclosed` says they exist.
 */
export function backerSegments(commitments: Commitment[], investor: string, recipient: string): Segment[] {
  const rows = headlineRows(commitments, recipient).filter((row) => row.investor === investor);
  const segments: Segment[] = [];
  const segment = (row: Commitment, label: string): Segment => ({
    key: row.id,
    investor,
    label,
    amountUsd: row.amountUsd ?? 0,
    conditional: row.tranche === "conditional",
    unitemised: false,
    confidence: row.confidence,
    commitmentId: row.id,
  });
  for (const row of rows.filter((candidate) => candidate.partOf === null)) {
    if (row.tranche !== "total") {
      if (row.amountUsd !== null) segments.push(segment(row, trancheLabel(row)));
      continue;
    }
    const parts = rows.filter((candidate) => candidate.partOf === row.id);
    for (const part of parts) if (part.amountUsd !== null) segments.push(segment(part, trancheLabel(part)));
    if (row.amountUsd === null) continue;
    const itemised = parts.reduce((total, part) => total + (part.amountUsd ?? 0), 0);
    const rest = row.amountUsd - itemised;
    if (rest > 0) {
      segments.push({
        ...segment(row, `Rest of the ${formatUsd(row.amountUsd)} total, not itemised`),
        key: `${row.id}-rest`,
        amountUsd: rest,
        unitemised: true,
      });
    }
  }
  return segments;
}

/** "2019 initial", "Upfront", "Conditional": short enough for a legend. */
export function trancheLabel(row: Commitment): string {
  const year = row.announced?.slice(0, 4);
  switch (row.tranche) {
    case "upfront":
      return "Upfront";
    case "conditional":
      return "Conditional";
    case "total":
      return "Total";
    case "initial":
    case "follow-on":
    case "round":
      return `${year ?? "Undated"} ${row.tranche === "round" ? "round" : "investment"}`;
  }
}

/** "$13B+" when an undisclosed amount sits on top of the disclosed ones; "up to $50B" with conditional money. */
export function headlineTotal(summary: BackerSummary): string {
  const floor = summary.undisclosed.length > 0 ? "+" : "";
  return summary.conditionalUsd > 0 ? `up to ${formatUsd(summary.upToUsd)}${floor}` : `${formatUsd(summary.firmUsd)}${floor}`;
}

/** Round axis ticks from 0 to at least `max`: steps of 1, 2, 2.5 or 5 times a power of ten, at most `count` of them. */
export function niceTicks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step / 2 && ticks.length <= count + 1; tick += step) ticks.push(tick);
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/**
 * The headline segments under a scenario: conditional money left out, counted in full, or
 * scaled by its probability and labelled as an expected value.
 */
export function scenarioSegments(segments: Segment[], scenario: Scenario): Segment[] {
  if (scenario.mode === "include") return segments;
  if (scenario.mode === "exclude") return segments.filter((segment) => !segment.conditional);
  const p = Math.min(1, Math.max(0, scenario.probability));
  return segments.map((segment) =>
    segment.conditional
      ? { ...segment, amountUsd: segment.amountUsd * p, label: `${segment.label} × ${Math.round(p * 100)}% (expected value)` }
      : segment,
  );
}
