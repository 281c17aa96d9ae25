import { formatUsdFull } from "@/lib/format";
import { HeadlineChart, type HeadlineBar } from "./headline-chart";
import { companyColor, trancheOpacity, UNITEMISED_OPACITY } from "@/lib/palette";

/** The chart with its legend and a text alternative that carries the same numbers. */
export function HeadlineChartFigure({ bars, asOf }: { bars: HeadlineBar[]; asOf: string }) {
  const title = "Capital committed to OpenAI, by backer and tranche";
  return (
    <figure aria-labelledby="headline-chart-caption" className="flex flex-col gap-3">
      <figcaption id="headline-chart-caption" className="text-sm text-muted">
        {title}, in US dollars, as of {asOf}. Hatched: conditional money. Dashed outline: the part of a disclosed total that no disclosed
        tranche accounts for.
      </figcaption>
      <HeadlineChart bars={bars} title={title} />
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label="Legend">
        {bars.flatMap((bar) =>
          bar.segments.map((segment, index) => (
            <li key={segment.key} className="flex items-center gap-2">
              <svg aria-hidden="true" width="18" height="12" className="shrink-0">
                {segment.conditional ? (
                  <>
                    <defs>
                      <pattern id={`legend-hatch-${segment.key}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="6" stroke={companyColor(segment.investor)} strokeWidth="2.5" />
                      </pattern>
                    </defs>
                    <rect width="18" height="12" fill={`url(#legend-hatch-${segment.key})`} stroke={companyColor(segment.investor)} />
                  </>
                ) : (
                  <rect
                    width="18"
                    height="12"
                    fill={companyColor(segment.investor)}
                    fillOpacity={segment.unitemised ? UNITEMISED_OPACITY : trancheOpacity(index)}
                    stroke={companyColor(segment.investor)}
                    strokeDasharray={segment.unitemised ? "3 2" : undefined}
                  />
                )}
              </svg>
              <span>
                {segment.investor}: {segment.label}
              </span>
            </li>
          )),
        )}
      </ul>
      {/* A table cannot shrink to the 1px of sr-only; its wrapper can, so the page never scrolls sideways. */}
      <div className="sr-only">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Backer</th>
            <th scope="col">Tranche</th>
            <th scope="col">Amount</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {bars.flatMap((bar) =>
            bar.segments.map((segment) => (
              <tr key={segment.key}>
                <td>{segment.investor}</td>
                <td>{segment.label}</td>
                <td>{formatUsdFull(segment.amountUsd)}</td>
                <td>{segment.confidence}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
