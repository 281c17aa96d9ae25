"use client";

import { lazy, Suspense } from "react";
import { groupDigits } from "@/lib/format";
import { FilePicker } from "./file-picker";
import { MappingStep } from "./mapping-step";
import { OpenedTables } from "./opened-tables";
import { ProblemList } from "./problem-list";
import type { Stage } from "./protocol";
import { useOpenWorker } from "./use-open-worker";

// The charts' builders, their code and the site's chart rules, load once a file has been opened.
const OpenedCharts = lazy(() => import("./opened-charts"));

const STAGES: Record<Stage, string> = { reading: "Reading", parsing: "Parsing", checking: "Checking every row" };

/** Open a file, follow its progress, match its columns where needed, then read its problems and its tables. */
export function OpenDeals() {
  const { state, open, map, cancel } = useOpenWorker();
  const working = state.step === "working";
  return (
    <div className="flex flex-col gap-6">
      <FilePicker onFile={open} disabled={working} />
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {state.step === "working" ? (
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex flex-col gap-1 text-sm">
              <span>
                {STAGES[state.stage]} {state.file}
                {state.stage === "checking" ? "…" : ` (${Math.floor((state.done / Math.max(state.total, 1)) * 100)}%)`}
              </span>
              {/* Checking has no steps to count: an indeterminate bar. */}
              <progress className="w-64 max-w-full" max={1} value={state.stage === "checking" ? undefined : state.done / Math.max(state.total, 1)} />
            </label>
            <button type="button" className="toolbar-button" onClick={cancel}>
              Cancel
            </button>
          </div>
        ) : null}
        {state.step === "cancelled" ? <p className="text-sm">Opening {state.file} was cancelled; nothing was kept.</p> : null}
        {state.step === "refused" ? (
          <p className="rounded-md border border-unconfirmed-ink p-3 text-sm" data-testid="open-refused">
            {state.message}
          </p>
        ) : null}
        {state.step === "done" ? (
          <p className="text-sm" data-testid="open-summary">
            {state.file}: {groupDigits(Object.values(state.result.counts).reduce((sum, count) => sum + count.kept, 0))} rows kept,{" "}
            {groupDigits(state.result.problemCount)} problem{state.result.problemCount === 1 ? "" : "s"}.{" "}
            {state.result.gradesChecked
              ? "Every grade was checked against its sources' tiers."
              : "Grades were not checked: a CSV alone names its sources but not their tiers (the site's zip carries them)."}
          </p>
        ) : null}
        {(state.step === "done" || state.step === "mapping") && state.notes.length > 0 ? (
          <ul className="list-disc pl-6 text-sm text-muted">
            {state.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {state.step === "mapping" ? <MappingStep parts={state.parts} onSubmit={(choices) => map(state.file, choices)} /> : null}
      {state.step === "done" ? (
        <>
          <ProblemList problems={state.result.problems} count={state.result.problemCount} />
          <OpenedTables result={state.result} />
          <Suspense fallback={<p className="text-sm text-muted">Drawing the charts…</p>}>
            <OpenedCharts result={state.result} />
          </Suspense>
        </>
      ) : null}
    </div>
  );
}
