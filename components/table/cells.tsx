import { formatPartialDate, formatUsd, formatUsdFull } from "@/lib/format";
import type { Confidence } from "@/lib/schema";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";

/** Cell renderers shared by the tables: how unknown values read is decided here, once. */

export function UsdCell({ amount }: { amount: number | null }) {
  if (amount === null) return <span className="text-muted italic">undisclosed</span>;
  return (
    <span className="font-medium" title={formatUsdFull(amount)}>
      {formatUsd(amount)}
    </span>
  );
}

export function DateCell({ date, note }: { date: string | null; note?: string | null }) {
  return (
    <span className="inline-flex flex-col whitespace-nowrap">
      {date === null ? <span className="text-muted italic">n/a</span> : <time dateTime={date}>{formatPartialDate(date)}</time>}
      {note ? <span className="max-w-48 text-xs whitespace-normal text-muted">{note}</span> : null}
    </span>
  );
}

export function TextCell({ text, unknown = "n/a", wide = false }: { text: string | null; unknown?: string; wide?: boolean }) {
  if (text === null) return <span className="text-muted italic">{unknown}</span>;
  return <span className={wide ? "block min-w-64 max-w-prose" : "block min-w-24"}>{text}</span>;
}

export function ConfidenceCell({ level, note }: { level: Confidence; note: string | null }) {
  return <ConfidenceBadge level={level} note={note} />;
}
