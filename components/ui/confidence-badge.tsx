import { GRADE_MEANINGS, GRADE_NOTES, TIER_MEANINGS } from "@/lib/grades";
import type { Confidence, SourceTier } from "@/lib/schema";

const STYLES: Record<Confidence, string> = {
  confirmed: "border-confirmed bg-confirmed/15 text-confirmed-ink",
  reported: "border-reported bg-reported/10 text-reported-ink",
  unconfirmed: "border-dashed border-unconfirmed bg-transparent text-unconfirmed-ink",
};

const MARKS: Record<Confidence, string> = { confirmed: "●", reported: "◐", unconfirmed: "○" };

/** Confidence as a word and a shape, never colour alone. */
export function ConfidenceBadge({ level, note }: { level: Confidence; note?: string | null }) {
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span className={`inline-flex w-fit items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[level]}`}>
        <span aria-hidden="true">{MARKS[level]}</span>
        {level}
      </span>
      {note ? <span className="max-w-56 text-xs text-muted">{note}</span> : null}
    </span>
  );
}

/** One figure's grade, shown at the figure where its row's figures differ in grade. */
export function FigureGradeMark({ level }: { level: Confidence | null }) {
  if (level === null) return null;
  return (
    <span className="text-xs font-normal whitespace-nowrap text-muted" data-testid="figure-grade">
      <span aria-hidden="true">{MARKS[level]}</span> {level}
    </span>
  );
}

/** The legend, written from the rules the build checks every grade against (`lib/grades.ts`). */
export function ConfidenceLegend() {
  return (
    <div className="flex flex-col gap-4 text-sm">
      <dl className="grid gap-2 sm:grid-cols-3">
        {(Object.keys(GRADE_MEANINGS) as Confidence[]).map((level) => (
          <div key={level} className="flex flex-col gap-1">
            <dt>
              <ConfidenceBadge level={level} />
            </dt>
            <dd className="text-muted">{GRADE_MEANINGS[level]}</dd>
          </div>
        ))}
      </dl>
      <div>
        <p className="font-semibold">Kinds of source</p>
        <ul className="mt-1 grid gap-1 text-muted sm:grid-cols-2">
          {(Object.keys(TIER_MEANINGS) as SourceTier[]).map((tier) => (
            <li key={tier}>
              <span className="font-medium text-ink">{tier}</span>: {TIER_MEANINGS[tier]}
            </li>
          ))}
        </ul>
      </div>
      <ul className="list-disc pl-5 text-muted">
        {GRADE_NOTES.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
