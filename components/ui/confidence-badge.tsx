import type { Confidence } from "@/lib/schema";

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

export const CONFIDENCE_MEANINGS: Record<Confidence, string> = {
  confirmed: "A company's own filing, announcement or documentation, or several major outlets agree.",
  reported: "One major outlet or a reputable trade outlet reports it; the company did not confirm it.",
  unconfirmed: "Only aggregator or low-quality pages, or sources conflict.",
};

export function ConfidenceLegend() {
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-3">
      {(Object.keys(CONFIDENCE_MEANINGS) as Confidence[]).map((level) => (
        <div key={level} className="flex flex-col gap-1">
          <dt>
            <ConfidenceBadge level={level} />
          </dt>
          <dd className="text-muted">{CONFIDENCE_MEANINGS[level]}</dd>
        </div>
      ))}
    </dl>
  );
}
