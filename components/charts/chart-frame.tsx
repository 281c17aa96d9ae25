"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import type { LegendItem } from "@/lib/chart-svg";
import { chartCsv, type ChartTable } from "@/lib/chart-table";
import { scenarioSentence, type ConditionalMoney } from "@/lib/scenario";
import { useScenario } from "@/components/scenario/use-scenario";
import { saveFile } from "@/components/ui/save-file";
import { ChartDataTable } from "./chart-data-table";

export interface ChartFrameProps {
  /** The lab's id, for file names. */
  lab: string;
  slug: string;
  asOf: string;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  sourceLine: string;
  /** The chart's numbers: its table view and its CSV. */
  table: ChartTable;
  /** The chart; the toggle swaps it for the same numbers as an HTML table. */
  chart: ReactNode;
  /** Conditional money the chart shows: the scenario is then said in words, on the card and in every image. */
  conditional?: ConditionalMoney | null;
}

type Format = "png" | "svg" | "csv";

/** The chart's toolbar: "show as table" and downloads as PNG (2x), SVG and CSV. */
export function ChartFrame({ lab, slug, asOf, title, subtitle, legend, sourceLine, table, chart, conditional = null }: ChartFrameProps) {
  const [scenario] = useScenario();
  const scenarioLine = conditional ? scenarioSentence(scenario, conditional) : null;
  const [asTable, setAsTable] = useState(false);
  const [status, setStatus] = useState("");
  const [menuOpen, setMenuOpen] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const download = async (format: Format) => {
    setMenuOpen(false);
    try {
      const { exportFileName, toCsv } = await import("@/lib/csv");
      const name = exportFileName(lab, slug, asOf, format);
      if (format === "csv") {
        const csv = chartCsv(table);
        saveFile(name, toCsv(csv.header, csv.rows), "text/csv;charset=utf-8");
      } else {
        if (!chartRef.current) throw new Error("the chart is not shown");
        const { chartSvg, svgToPng } = await import("./chart-export");
        const file = chartSvg(chartRef.current, { title, subtitle: scenarioLine ? `${subtitle} ${scenarioLine}` : subtitle, legend, sourceLine });
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
        <div
          className="relative"
          onKeyDown={(event) => {
            if (event.key === "Escape") setMenuOpen(false);
          }}
        >
          <button type="button" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen((open) => !open)} className="toolbar-button">
            Download <span aria-hidden="true">▾</span>
            <span className="sr-only"> {title}</span>
          </button>
          <ul id={menuId} hidden={!menuOpen} className="absolute left-0 z-20 mt-1 flex min-w-44 flex-col rounded-md border border-line bg-surface p-1 shadow-lg">
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
                  onClick={() => download(format)}
                  className="w-full rounded px-3 py-2 text-left text-sm hover:bg-sunken focus-visible:outline-2 focus-visible:outline-accent disabled:text-muted"
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <p className="sr-only" role="status">
          {status}
        </p>
      </div>
      {scenarioLine ? (
        <p className="nojs-hide text-sm font-medium" data-testid="scenario-line">
          {scenarioLine}
        </p>
      ) : null}
      <div ref={chartRef} hidden={asTable} className="nojs-hide">
        {chart}
      </div>
      {/* Built on demand: kept out of the page's HTML, it costs nothing until asked for. */}
      {asTable ? <ChartDataTable caption={title} table={table} /> : null}
      <p hidden className="nojs-show text-sm text-muted">
        This chart needs JavaScript. Its figures are in the tables below and in the data files at the foot of the page.
      </p>
    </div>
  );
}
