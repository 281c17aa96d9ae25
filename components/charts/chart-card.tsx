import type { ReactNode } from "react";
import type { ChartModel } from "@/lib/charts";
import { formatPartialDate } from "@/lib/format";
import { licenceLine } from "@/lib/licence";
import type { Source } from "@/lib/schema";
import type { ChartSource } from "./chart-data";
import { ChartDataTable } from "./chart-data-table";
import { ChartFrame } from "./chart-frame";
import { ChartLegend } from "./chart-legend";
import { WhenVisible } from "./when-visible";

/** A chart with everything an analyst needs to trust and reuse it, from its model. */
export function ChartCard({ model, asOf, eager, source, embedPath, children }: { model: ChartModel; asOf: string; eager?: boolean; source: ChartSource; embedPath: string | null; children: ReactNode }) {
  const { slug, title, subtitle, sources, legend, confidence } = model;
  const labels = sourceLabels(sources);
  const sourceLine = `Source: ${sources.map((source) => labels.get(source.id)).join("; ")}. Data as of ${asOf}. ${licenceLine()}`;
  return (
    <figure data-chart={slug} aria-labelledby={`${slug}-title`} className="flex min-w-0 flex-col gap-3 rounded-xl border border-line bg-surface p-3 sm:p-5">
      <div>
        <h3 id={`${slug}-title`} className="text-lg font-semibold tracking-tight">
          {title}
        </h3>
        <p className="text-sm text-muted">{subtitle}</p>
      </div>
      {model.absent === null ? (
        <ChartFrame
          lab={model.lab}
          slug={slug}
          asOf={asOf}
          title={title}
          subtitle={subtitle}
          legend={legend}
          sourceLine={sourceLine}
          caveat={confidence}
          embedPath={embedPath}
          source={source}
          chart={
            <>
              <WhenVisible className={model.heightClass} eager={eager}>
                {children}
              </WhenVisible>
              <ChartLegend items={legend} idPrefix={slug} />
            </>
          }
          conditional={model.conditional}
        />
      ) : (
        // Too little data to draw: say why, and show the numbers there are.
        <>
          <p className="rounded-lg border border-dashed border-line p-3 text-sm" data-testid="chart-absent">
            <span className="font-medium">No chart:</span> {model.absent}
          </p>
          {model.table.rows.length > 0 ? <ChartDataTable caption={title} table={model.table} /> : null}
        </>
      )}
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
