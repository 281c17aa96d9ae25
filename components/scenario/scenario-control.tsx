"use client";

import { useId } from "react";
import { formatUsd } from "@/lib/format";
import type { Scenario } from "@/lib/headline";
import { describeScenario } from "@/lib/scenario";
import { useScenario } from "./use-scenario";

const MODES: { mode: Scenario["mode"]; label: string }[] = [
  { mode: "exclude", label: "Leave it out" },
  { mode: "include", label: "Count it in full" },
  { mode: "weighted", label: "Weight it by a probability" },
];

/** How the conditional tranche counts toward the headline figures and chart. */
export function ScenarioControl({ conditionalUsd }: { conditionalUsd: number }) {
  const [scenario, setScenario] = useScenario();
  const id = useId();
  const percent = scenario.mode === "weighted" ? Math.round(scenario.probability * 100) : 50;

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 font-semibold">Conditional money ({formatUsd(conditionalUsd)})</legend>
      <div className="flex flex-wrap gap-2" role="radiogroup" aria-label="How to count conditional money">
        {MODES.map(({ mode, label }) => (
          <label key={mode} className="scenario-option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={scenario.mode === mode}
              onChange={() => setScenario(mode === "weighted" ? { mode, probability: percent / 100 } : { mode })}
              className="accent-accent"
            />
            {label}
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3" hidden={scenario.mode !== "weighted"}>
        <label htmlFor={`${id}-p`} className="text-sm font-medium">
          Probability the conditions are met
        </label>
        <input
          id={`${id}-p`}
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          onChange={(event) => setScenario({ mode: "weighted", probability: Number(event.target.value) / 100 })}
          aria-valuetext={`${percent}%`}
          className="w-48 accent-accent"
        />
        <output htmlFor={`${id}-p`} className="w-12 font-semibold tabular-nums">
          {percent}%
        </output>
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        Showing {describeScenario(scenario)}
        {scenario.mode === "weighted" ? `: ${formatUsd(conditionalUsd * scenario.probability)} of ${formatUsd(conditionalUsd)}` : ""}.
      </p>
    </fieldset>
  );
}
