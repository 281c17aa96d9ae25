"use client";

import { formatUsd } from "@/lib/format";
import { scenarioTotal, type BackerSummary } from "@/lib/headline";
import { useScenario } from "./use-scenario";

export type SummaryFigures = Pick<BackerSummary, "firmUsd" | "conditionalUsd" | "upToUsd"> & { floor: boolean };

/** A backer's headline under a scenario; the default ("include") reads "up to $50B". */
export function scenarioHeadline(figures: SummaryFigures, scenario: ReturnType<typeof useScenario>[0]): string {
  const plus = figures.floor ? "+" : "";
  if (figures.conditionalUsd === 0) return `${formatUsd(figures.firmUsd)}${plus}`;
  const total = scenarioTotal(figures, scenario);
  switch (scenario.mode) {
    case "include":
      return `up to ${formatUsd(total)}${plus}`;
    case "exclude":
      return `${formatUsd(total)}${plus}`;
    case "weighted":
      return `${formatUsd(total)}${plus} expected`;
  }
}

export function ScenarioTotal({ investor, figures }: { investor: string; figures: SummaryFigures }) {
  const [scenario] = useScenario();
  return (
    <p className="text-4xl font-bold tracking-tight tabular-nums" data-testid={`headline-${investor}`} aria-live="polite">
      {scenarioHeadline(figures, scenario)}
    </p>
  );
}
