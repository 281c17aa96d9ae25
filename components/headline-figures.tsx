import { ScenarioTotal } from "@/components/scenario/scenario-total";
import { formatPartialDate, formatUsd } from "@/lib/format";
import { amountGrade, type BackerSummary } from "@/lib/headline";
import { companyColor } from "@/lib/palette";
import type { Commitment } from "@/lib/schema";
import type { WithSources } from "@/lib/sources";
import { ConfidenceBadge } from "./ui/confidence-badge";
import { SourceLinks } from "./ui/source-links";

export interface BackerFigure {
  summary: BackerSummary;
  /** The rows the figure rests on, with their sources. */
  basis: WithSources<Commitment>[];
}

function Explanation({ summary }: { summary: BackerSummary }) {
  const conditional = summary.counted.filter((row) => row.tranche === "conditional");
  return (
    <>
      {summary.conditionalUsd > 0 ? (
        <p className="text-lg">
          <strong data-testid="firm">{formatUsd(summary.firmUsd)}</strong> upfront
          {" + "}
          <strong data-testid="conditional">{formatUsd(summary.conditionalUsd)}</strong> conditional
          {" = "}
          <strong>up to {formatUsd(summary.upToUsd)}</strong>
        </p>
      ) : null}
      {conditional.map((row) => (
        <p key={row.id} className="text-sm">
          <span className="font-semibold">Conditional tranche:</span> {row.status ?? `${formatUsd(row.amountUsd)}, ${row.kind}`}.{" "}
          {row.conditionDetails ? (
            <a href="#conditional-terms" className="text-accent underline underline-offset-2">
              Its terms
            </a>
          ) : (
            <span className="text-muted">{row.conditions ?? "Its conditions are not on record."}</span>
          )}
        </p>
      ))}
      {summary.undisclosed.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">A floor, not a total:</span> {formatUsd(summary.firmUsd)} is what {summary.investor} has disclosed.
          Not counted, because the amount was never disclosed:{" "}
          {summary.undisclosed.map((row) => `${row.description.replace(/\.$/, "")} (${formatPartialDate(row.announced)}; ${row.confidence})`).join("; ")}.
        </p>
      ) : null}
      {latestFunding(summary) ? (
        <p className="text-sm">
          <span className="font-semibold">Paid in so far, as reported (not added to the figure):</span> {latestFunding(summary)}
        </p>
      ) : null}
    </>
  );
}

/** "$11.8B by 31 Mar 2026 (unconfirmed)" for each funded amount on record: a status, not added to the figure. */
function latestFunding(summary: BackerSummary): string | null {
  if (summary.funded.length === 0) return null;
  return summary.funded
    .map((row) => `${row.amountUsd === null ? "an undisclosed amount" : formatUsd(row.amountUsd)} ${row.status === "funded" ? "by" : `${row.status},`} ${formatPartialDate(row.announced)} (${amountGrade(row)})`)
    .join("; ");
}

/** The two numbers a visitor came for, each with its basis and sources. */
export function HeadlineFigures({ figures, subject }: { figures: BackerFigure[]; subject: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {figures.map(({ summary, basis }) => (
        <article
          key={summary.investor}
          aria-labelledby={`figure-${summary.investor}`}
          className="flex flex-col gap-3 rounded-xl border border-line border-l-8 bg-surface p-5"
          style={{ borderLeftColor: companyColor(summary.investor) }}
        >
          <h3 id={`figure-${summary.investor}`} className="text-base font-semibold text-muted">
            {summary.investor} in {subject}
          </h3>
          <ScenarioTotal
            investor={summary.investor}
            figures={{ firmUsd: summary.firmUsd, conditionalUsd: summary.conditionalUsd, upToUsd: summary.upToUsd, floor: summary.undisclosed.length > 0 }}
          />
          <Explanation summary={summary} />
          <div className="mt-auto flex flex-wrap items-start gap-x-6 gap-y-2 border-t border-line pt-3 text-sm">
            <div>
              <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Confidence</p>
              <ConfidenceBadge level={summary.confidence} />
            </div>
            <div>
              <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Sources</p>
              <SourceLinks sources={uniqueSources(basis)} />
            </div>
          </div>
        </article>
      ))}
    </div>
  );
}

function uniqueSources(rows: WithSources<Commitment>[]) {
  const seen = new Map(rows.flatMap((row) => row.sources).map((source) => [source.id, source]));
  return [...seen.values()];
}
