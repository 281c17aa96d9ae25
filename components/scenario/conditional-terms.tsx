import { formatPartialDate, formatUsd } from "@/lib/format";
import type { CommitmentRow } from "@/lib/table-columns";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { SourceLinks } from "@/components/ui/source-links";

/** The conditional tranche's terms and status, from the data, beside the scenario control. */
export function ConditionalTerms({ row }: { row: CommitmentRow }) {
  const details = row.conditionDetails;
  if (!details) return null;
  return (
    <div id="conditional-terms" className="flex scroll-mt-4 flex-col gap-3 text-sm">
      <p className="font-semibold">
        {row.investor}&rsquo;s conditional {formatUsd(row.amountUsd)}: the terms on record
      </p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-muted">Triggers</dt>
        <dd>{details.triggers}</dd>
        {details.notice ? (
          <>
            <dt className="font-medium text-muted">Notice</dt>
            <dd>{details.notice}</dd>
          </>
        ) : null}
        <dt className="font-medium text-muted">Expires</dt>
        <dd>{details.expires ? <time dateTime={details.expires}>{formatPartialDate(details.expires)}</time> : "not stated"}</dd>
        <dt className="font-medium text-muted">Status</dt>
        <dd>{details.funding}</dd>
      </dl>
      <div className="flex flex-wrap items-start gap-4">
        <ConfidenceBadge level={row.confidence} note={row.confidenceNote} />
        <SourceLinks sources={row.sources} />
      </div>
    </div>
  );
}
