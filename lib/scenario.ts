import { formatUsd } from "./format";
import type { Scenario } from "./headline";

/**
 * The `scenario` URL parameter: `exclude`, `include` (the default, left out of the URL), or
 * `p` and a whole percentage for conditional money weighted by its probability (`p50`).
 * Anything else is ignored: a shared link with a bad value opens the default view.
 */
export const DEFAULT_SCENARIO: Scenario = { mode: "include" };

export function parseScenario(value: string | null | undefined): Scenario | null {
  if (typeof value !== "string") return null;
  if (value === "include") return { mode: "include" };
  if (value === "exclude") return { mode: "exclude" };
  const match = /^p(\d{1,3})$/.exec(value);
  if (!match) return null;
  const percent = Number(match[1]);
  return percent <= 100 ? { mode: "weighted", probability: percent / 100 } : null;
}

export function serializeScenario(scenario: Scenario): string {
  return scenario.mode === "weighted" ? `p${Math.round(Math.min(1, Math.max(0, scenario.probability)) * 100)}` : scenario.mode;
}

export function scenarioEquals(a: Scenario, b: Scenario): boolean {
  return serializeScenario(a) === serializeScenario(b);
}

/** "conditional money left out", "conditional money weighted at 50% (expected value)" */
export function describeScenario(scenario: Scenario): string {
  switch (scenario.mode) {
    case "include":
      return "conditional money counted in full";
    case "exclude":
      return "conditional money left out";
    case "weighted":
      return `conditional money weighted at ${Math.round(scenario.probability * 100)}% (expected value)`;
  }
}

/** Conditional money a chart shows: whose, and how much. */
export interface ConditionalMoney {
  investor: string;
  amountUsd: number;
}

/**
 * The scenario in words for a chart that shows conditional money, on the page and inside
 * every exported image: "Counting Amazon's conditional $35B at 35% (an expected value, not a commitment)."
 */
export function scenarioSentence(scenario: Scenario, money: ConditionalMoney): string {
  const what = `${money.investor}'s conditional ${formatUsd(money.amountUsd)}`;
  switch (scenario.mode) {
    case "include":
      return `Counting ${what} in full: it is paid only if conditions are met.`;
    case "exclude":
      return `Leaving out ${what}: only money committed without conditions is shown.`;
    case "weighted":
      return `Counting ${what} at ${Math.round(Math.min(1, Math.max(0, scenario.probability)) * 100)}% (an expected value, not a commitment).`;
  }
}
