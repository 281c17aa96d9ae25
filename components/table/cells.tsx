import { formatPartialDate, formatUsd, formatUsdFull } from "@/lib/format";
import type { Confidence } from "@/lib/schema";
import { ConfidenceBadge, FigureGradeMark } from "@/components/ui/confidence-badge";
import type { CommitmentRole } from "@/lib/headline";

/** Cell renderers shared by the tables: how unknown values read is decided here, once. */

/** `grade`: the figure's own grade where its row's figures differ (see `distinctFigureGrade`). */
export function UsdCell({ amount, grade = null, conditional = false }: { amount: number | null; grade?: Confidence | null; conditional?: boolean }) {
  return (
    <span className="inline-flex flex-col">
      {amount === null ? (
        <span className="text-muted italic">undisclosed</span>
      ) : (
        <span className="font-medium whitespace-nowrap" title={formatUsdFull(amount)}>
          {formatUsd(amount)}
          {conditional ? <span className="font-normal"> conditional</span> : null}
        </span>
      )}
      <FigureGradeMark level={grade} />
    </span>
  );
}

export function DateCell({ date, note, grade = null }: { date: string | null; note?: string | null; grade?: Confidence | null }) {
  return (
    <span className="inline-flex flex-col whitespace-nowrap">
      {date === null ? <span className="text-muted italic">n/a</span> : <time dateTime={date}>{formatPartialDate(date)}</time>}
      <FigureGradeMark level={grade} />
      {note ? <span className="max-w-48 text-xs whitespace-normal text-muted">{note}</span> : null}
    </span>
  );
}

export function TextCell({ text, unknown = "n/a", wide = false, grade = null }: { text: string | null; unknown?: string; wide?: boolean; grade?: Confidence | null }) {
  if (text === null) return <span className="text-muted italic">{unknown}</span>;
  return (
    <span className={wide ? "flex min-w-64 max-w-prose flex-col" : "flex min-w-24 flex-col"}>
      <span>{text}</span>
      <FigureGradeMark level={grade} />
    </span>
  );
}

const ROLE_WORDS: Record<CommitmentRole, string> = {
  counted: "counted",
  part: "inside another row",
  context: "context only",
};

/** Whether a commitment is summed: a word and a shape, so a row never summed cannot pass for one that is. */
export function RoleCell({ role, partOf }: { role: CommitmentRole; partOf: string | null }) {
  return (
    <span className="inline-flex flex-col gap-0.5" data-role={role}>
      <span className={`w-fit rounded border px-1.5 py-0.5 text-xs whitespace-nowrap ${role === "counted" ? "border-ink font-semibold" : "border-dashed border-line text-muted"}`}>
        {role === "counted" ? "Σ " : ""}
        {ROLE_WORDS[role]}
      </span>
      {role === "part" && partOf ? <span className="sr-only">: inside {partOf}, not summed again</span> : null}
      {role === "context" ? <span className="text-xs text-muted">never summed</span> : null}
    </span>
  );
}

export function ConfidenceCell({ level, note }: { level: Confidence; note: string | null }) {
  return <ConfidenceBadge level={level} note={note} />;
}
