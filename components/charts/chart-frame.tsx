"use client";

import { lazy, Suspense, useId, useRef, useState, type ReactNode } from "react";
import type { LegendItem } from "@/lib/chart-svg";
import { scenarioSentence, type ConditionalMoney } from "@/lib/scenario";
import { useScenario } from "@/components/scenario/use-scenario";
import { Popover } from "@/components/ui/popover";
import { saveFile } from "@/components/ui/save-file";
import { FailedBoundary } from "@/components/ui/failed-boundary";
import { chartData, type ChartSource } from "./chart-data";

// The table view, its code and the chart's numbers, loads when it is first asked for.
const FetchedDataTable = lazy(() => import("./fetched-data-table"));
// So does the embed code, when Embed is first pressed.
const EmbedPanel = lazy(() => import("./embed-panel"));

export interface ChartFrameProps {
  /** The lab's id, for file names. */
  lab: string;
  slug: string;
  asOf: string;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  sourceLine: string;
  /** Where the chart's numbers are: its table view and its CSV. */
  source: ChartSource;
  /** What the figures' grades are, in words: a caveat every image of the chart carries. */
  caveat: string;
  /** The chart's embed page, for the embed code; null for a chart that has none (a reader's own file). */
  embedPath: string | null;
  /** The chart; the toggle swaps it for the same numbers as an HTML table. */
  chart: ReactNode;
  /** Conditional money the chart shows: the scenario is then said in words, on the card and in every image. */
  conditional?: ConditionalMoney | null;
}

type Format = "png" | "svg" | "csv";

/** The chart's toolbar: "show as table" and downloads as PNG (2x), SVG and CSV. */
export function ChartFrame({ lab, slug, asOf, title, subtitle, legend, sourceLine, caveat, embedPath, source, chart, conditional = null }: ChartFrameProps) {
  const [scenario] = useScenario();
  const scenarioLine = conditional ? scenarioSentence(scenario, conditional) : null;
  const [asTable, setAsTable] = useState(false);
  const [status, setStatus] = useState("");
  const [embedOpen, setEmbedOpen] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const embedId = useId();

  const download = async (format: Format) => {
    try {
      const { exportFileName, toCsv } = await import("@/lib/csv");
      const name = exportFileName(lab, slug, asOf, format);
      if (format === "csv") {
        const [{ chartCsv }, { table }] = await Promise.all([import("@/lib/chart-table"), chartData(source)]);
        const csv = chartCsv(table);
        saveFile(name, toCsv(csv.header, csv.rows), "text/csv;charset=utf-8");
      } else {
        if (!chartRef.current) throw new Error("the chart is not shown");
        const { chartSvg, svgToPng } = await import("./chart-export");
        // The file travels alone: it carries the caveats, and the address of the view it came from.
        const file = chartSvg(chartRef.current, { title, subtitle: scenarioLine ? `${subtitle} ${scenarioLine}` : subtitle, legend, sourceLine: `${sourceLine} ${caveat} ${window.location.href}` });
        if (format === "svg") saveFile(name, file.svg, "image/svg+xml;charset=utf-8");
        else saveFile(name, await svgToPng(file.svg, file.width, file.height, 2), "image/png");
      }
      setStatus(`Downloaded ${name}`);
    } catch (error) {
      setStatus(`Download failed: ${(error as Error).message}`);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="nojs-hide flex flex-wrap items-center gap-2">
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable((value) => !value)} className="toolbar-button">
          {asTable ? "Show as chart" : "Show as table"}
        </button>
        <Popover
          label={
            <>
              Download<span className="sr-only"> {title}</span>
            </>
          }
        >
          {(close) => (
            <ul className="flex min-w-40 flex-col">
              {(
                [
                  ["png", "PNG image (2x)"],
                  ["svg", "SVG image"],
                  ["csv", "Data (CSV)"],
                ] as const
              ).map(([format, label]) => (
                <li key={format}>
                  <button
                    type="button"
                    disabled={asTable && format !== "csv"}
                    onClick={() => {
                      // The menu closes first and gives focus back to its button; the file follows.
                      close();
                      void download(format);
                    }}
                    className="w-full rounded px-3 py-2 text-left text-sm hover:bg-sunken focus-visible:outline-2 focus-visible:outline-accent disabled:text-muted"
                  >
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Popover>
        {embedPath === null ? null : (
          <button type="button" aria-expanded={embedOpen} aria-controls={embedId} onClick={() => setEmbedOpen((open) => !open)} className="toolbar-button">
            Embed<span className="sr-only"> {title}</span>
          </button>
        )}
        <p className="sr-only" role="status">
          {status}
        </p>
      </div>
      {embedOpen && embedPath !== null ? (
        <Suspense fallback={null}>
          <EmbedPanel id={embedId} title={title} path={embedPath} scenario={conditional ? scenario : null} />
        </Suspense>
      ) : null}
      {scenarioLine ? (
        <p className="nojs-hide text-sm font-medium" data-testid="scenario-line">
          {scenarioLine}
        </p>
      ) : null}
      <div ref={chartRef} hidden={asTable} className="nojs-hide">
        {chart}
      </div>
      {/* Built on demand: kept out of the page's HTML, it costs nothing until asked for. */}
      {asTable ? (
        <FailedBoundary what="this chart's numbers">
          <Suspense fallback={<p className="min-h-40 rounded-lg border border-line p-3 text-sm text-muted">Loading the numbers…</p>}>
            <FetchedDataTable caption={title} source={source} />
          </Suspense>
        </FailedBoundary>
      ) : null}
      <p hidden className="nojs-show text-sm text-muted">
        This chart needs JavaScript. Its figures are in the tables below and in the data files at the foot of the page.
      </p>
    </div>
  );
}
