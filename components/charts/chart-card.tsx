import type { ReactNode } from "react";
import type { LegendItem } from "@/lib/chart-svg";
import type { CsvValue } from "@/lib/csv";
import { formatPartialDate } from "@/lib/format";
import type { ConditionalMoney } from "@/lib/scenario";
import type { Source } from "@/lib/schema";
import { ChartFrame } from "./chart-frame";
import { ChartLegend } from "./chart-legend";
import { WhenVisible } from "./when-visible";

export interface ChartCardProps {
  /** The lab's id, for file names. */
  lab: string;
  slug: string;
  title: string;
  subtitle: string;
  asOf: string;
  sources: Source[];
  legend: LegendItem[];
  data: { header: string[]; rows: CsvValue[][] };
  /** How the table view reads an empty cell, where "undisclosed" or "n/a" would mislead. */
  nullLabel?: string;
  /** What the plotted figures' confidence is, where it matters. */
  confidence?: ReactNode;
  /** Tailwind height of the plot box: fixed, so nothing moves when the chart loads. */
  heightClass: string;
  /** Load at once (above the fold) rather than when scrolled near. */
  eager?: boolean;
  /** Conditional money the chart shows, so the scenario is said in words. */
  conditional?: ConditionalMoney | null;
  children: ReactNode;
}

/** A chart with everything an analyst needs to trust and reuse it. */
export function ChartCard({ lab, slug, title, subtitle, asOf, sources, legend, data, nullLabel, confidence, heightClass, eager, conditional, children }: ChartCardProps) {
  const labels = sourceLabels(sources);
  const sourceLine = `Source: ${sources.map((source) => labels.get(source.id)).join("; ")}. Data as of ${asOf}.`;
  return (
    <figure data-chart={slug} aria-labelledby={`${slug}-title`} className="flex min-w-0 flex-col gap-3 rounded-xl border border-line bg-surface p-3 sm:p-5">
      <div>
        <h3 id={`${slug}-title`} className="text-lg font-semibold tracking-tight">
          {title}
        </h3>
        <p className="text-sm text-muted">{subtitle}</p>
      </div>
      <ChartFrame
        lab={lab}
        slug={slug}
        asOf={asOf}
        title={title}
        subtitle={subtitle}
        legend={legend}
        sourceLine={sourceLine}
        csv={data}
        chart={
          <>
            <WhenVisible className={heightClass} eager={eager}>
              {children}
            </WhenVisible>
            <ChartLegend items={legend} idPrefix={slug} />
          </>
        }
        nullLabel={nullLabel}
        conditional={conditional}
      />
      <figcaption className="text-xs text-muted">
        Source:{" "}
        {sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 ? "; " : ""}
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" target="_blank" className="text-accent underline underline-offset-2">
                {labels.get(source.id)}
              </a>
            ) : (
              // No address on record: plain text, never a link to an anchor an embed page does not have.
              <span>{labels.get(source.id)}</span>
            )}
          </span>
        ))}
        . Data as of {formatPartialDate(asOf)}.{confidence ? <> {confidence}</> : null}
      </figcaption>
    </figure>
  );
}

/** A source's name in a source line: its publisher, with its title where a publisher appears twice. */
function sourceLabels(sources: Source[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const source of sources) count.set(source.publisher, (count.get(source.publisher) ?? 0) + 1);
  return new Map(
    sources.map((source) => {
      const detail = source.title ?? (source.date ? formatPartialDate(source.date) : null);
      return [source.id, (count.get(source.publisher) ?? 0) > 1 && detail ? `${source.publisher}, ${detail}` : source.publisher];
    }),
  );
}
