"use client";

import { useId, useState } from "react";
import type { ColumnFilter } from "@/lib/table-filters";
import { parseDateRange, parseRange } from "@/lib/view-params";

type Bounds = { low: string; high: string };

const INPUT_CLASS =
  "min-h-11 w-full rounded-md border border-line bg-page px-2 py-1 text-sm tabular-nums focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent";

/**
 * Two bounds, from/to or min/max, both optional and inclusive. What the inputs hold is checked
 * with the same parsers as the URL, so a filter that applies is a filter a link can carry.
 */
export function RangeFilter({
  type,
  legend,
  hint,
  labels,
  filter,
  onChange,
}: {
  type: "range" | "dates";
  legend: string;
  hint: string;
  labels: [string, string];
  filter: ColumnFilter | undefined;
  onChange: (filter: ColumnFilter | null) => void;
}) {
  const id = useId();
  const [bounds, setBounds] = useState<Bounds>(() => initialBounds(filter));
  const [problem, setProblem] = useState<string | null>(null);

  const update = (next: Bounds) => {
    setBounds(next);
    const [low, high] = [next.low.trim(), next.high.trim()];
    if (low === "" && high === "") {
      setProblem(null);
      return onChange(null);
    }
    const parsed = type === "range" ? parseRange(`${low}-${high}`) : parseDateRange(`${low}..${high}`);
    if (parsed) {
      setProblem(null);
      return onChange(type === "range" ? { type, ...(parsed as { min: number | null; max: number | null }) } : { type, ...(parsed as { from: string | null; to: string | null }) });
    }
    // Say why nothing applies rather than filter by half a range.
    if (!isReversed(type, low, high)) setProblem(type === "range" ? "Enter plain numbers of 0 or more." : "Enter whole dates.");
    else setProblem(type === "range" ? "The minimum is above the maximum." : "The start is after the end.");
    onChange(null);
  };

  const input = type === "range" ? { type: "number", inputMode: "decimal" as const, min: 0, step: "any" } : { type: "date" };
  return (
    <fieldset className={`flex ${type === "dates" ? "w-80" : "w-64"} max-w-full flex-col gap-2`} aria-describedby={`${id}-hint`}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        {(["low", "high"] as const).map((end, index) => (
          <label key={end} className="flex flex-col gap-1 text-muted">
            {labels[index]}
            <input {...input} value={bounds[end]} onChange={(event) => update({ ...bounds, [end]: event.target.value })} className={`${INPUT_CLASS} text-ink`} />
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {hint}
      </p>
      <p role="status" className="text-xs font-medium text-unconfirmed-ink empty:hidden">
        {problem ? `${problem} No filter applies until it is fixed.` : null}
      </p>
    </fieldset>
  );
}

function initialBounds(filter: ColumnFilter | undefined): Bounds {
  if (filter?.type === "range") return { low: filter.min?.toString() ?? "", high: filter.max?.toString() ?? "" };
  if (filter?.type === "dates") return { low: filter.from ?? "", high: filter.to ?? "" };
  return { low: "", high: "" };
}

function isReversed(type: "range" | "dates", low: string, high: string): boolean {
  if (low === "" || high === "") return false;
  return type === "range" ? Number(low) > Number(high) : low > high;
}
