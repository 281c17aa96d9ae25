import { formatUsd } from "./format";
import { weakestGrade } from "./grades";
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
  /** Money paid in so far, as reported: a status, never added to the sum. */
  funded: Commitment[];
  /** The weakest confidence among the counted amounts. */
  confidence: Confidence;
}

/** The grade of a row's amount: its per-figure grade where it has one, else the row's. */
export function amountGrade(row: Pick<Commitment, "confidence" | "grades">): Confidence {
  return row.grades.amount?.confidence ?? row.confidence;
}

/**
 * How a row counts toward its investor's sum (the fact sheet's rule): `counted` when it has
 * no `partOf` and is not context only; `part` when a row it is part of already counts it;
 * `context` for other investors and whole rounds, never summed.
 */
export type CommitmentRole = "counted" | "part" | "context";

export function commitmentRole(row: Pick<Commitment, "partOf" | "contextOnly">): CommitmentRole {
  if (row.contextOnly) return "context";
  return row.partOf === null ? "counted" : "part";
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
  const counted = rows.filter((row) => commitmentRole(row) === "counted");
  const known = counted.filter((row) => row.amountUsd !== null);
  const sum = (list: Commitment[]) => list.reduce((total, row) => total + (row.amountUsd ?? 0), 0);
  // The conditional money of a row: itself if conditional, else the conditional tranches inside it.
  const conditionalOf = (row: Commitment) =>
    row.tranche === "conditional" ? (row.amountUsd ?? 0) : sum(rows.filter((part) => part.partOf === row.id && part.tranche === "conditional"));
  const conditionalUsd = known.reduce((total, row) => total + conditionalOf(row), 0);
  const upToUsd = sum(known);
  return {
    investor,
    firmUsd: upToUsd - conditionalUsd,
    conditionalUsd,
    upToUsd,
    undisclosed: counted.filter((row) => row.amountUsd === null),
    counted,
    funded: rows.filter((row) => row.tranche === "funded"),
    confidence: weakestGrade(known.map(amountGrade)),
  };
}

/** How conditional money counts toward a total: left out, counted in full, or weighted. */
export type Scenario = { mode: "exclude" } | { mode: "include" } | { mode: "weighted"; probability: number };

/** The total under a scenario; a weighted total is an expected value, not a commitment. */
export function scenarioTotal(summary: Pick<BackerSummary, "firmUsd" | "conditionalUsd" | "upToUsd">, scenario: Scenario): number {
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
  confidence: Confidence;
  commitmentId: string;
}

/**
 * The stacked segments of one backer's bar: a total's disclosed tranches where they add up
 * to it, else the total as one segment. No remainder is derived (a total's parts may be
 * undisclosed or overlap), and undisclosed amounts draw nothing:
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
    confidence: amountGrade(row),
    commitmentId: row.id,
  });
  for (const row of rows.filter((candidate) => commitmentRole(candidate) === "counted")) {
    if (row.amountUsd === null) continue;
    const parts = row.tranche === "total" ? rows.filter((candidate) => candidate.partOf === row.id && candidate.tranche !== "funded") : [];
    const itemised = parts.every((part) => part.amountUsd !== null) && parts.reduce((total, part) => total + (part.amountUsd ?? 0), 0) === row.amountUsd;
    if (parts.length > 0 && itemised) for (const part of parts) segments.push(segment(part, trancheLabel(part)));
    else segments.push(segment(row, trancheLabel(row)));
  }
  // Two tranches of one kind ("Upfront" in 2023 and in 2026) are told apart by their dates.
  const byId = new Map(rows.map((row) => [row.id, row]));
  const repeated = (label: string) => segments.filter((other) => other.label === label).length > 1;
  return segments.map((part) => (repeated(part.label) ? { ...part, label: `${part.label}, ${byId.get(part.commitmentId)?.announced ?? "undated"}` } : part));
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
    case "funded":
      return `Funded by ${row.announced ?? "an unknown date"}`;
    case "undisclosed":
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
