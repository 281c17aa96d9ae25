"use client";

import { Suspense, use, useEffect, type ComponentType } from "react";
import type { ChartPoint } from "@/lib/chart-points";
import { readable } from "@/lib/readable-promise";
import type { Scenario } from "@/lib/headline";
import { useScenario } from "@/components/scenario/use-scenario";
import { FailedBoundary } from "@/components/ui/failed-boundary";
import { whenIdleLater } from "@/components/ui/when-idle";
import { chartData, type ChartSource } from "./chart-data";
import { PointFocus, type BoxSize } from "./point-focus";

/**
 * A chart's plot, found by its slug: `plots/<slug>.tsx` default-exports the component that
 * draws its model's `plot`, and re-exports its chart's `points` (lib/charts/<slug>.ts), which
 * the keyboard walks. Each plot is its own chunk, loaded the first time it is drawn, so
 * recharts stays out of the first load; a new chart needs no entry here.
 */
/** What every plot draws with: its model's `plot`, and the chart's title and subtitle to name its SVG by. */
export interface PlotProps<Plot> {
  plot: Plot;
  title: string;
  desc: string;
}

/** What a plot draws with: also the key of the point the keyboard is on, to ring its mark, and its box's size. */
export type DrawProps<Plot> = PlotProps<Plot> & { focused: string | null; size: BoxSize };

type PlotModule = { default: ComponentType<DrawProps<unknown>>; points: (plot: unknown, scenario: Scenario) => ChartPoint[] };

const modules = new Map<string, Promise<PlotModule>>();

/**
 * One request per plot, however many times it is drawn: `use` needs the same promise each
 * render. Once the code is here, `use` returns it without suspending, so a chart can draw in one
 * synchronous render: what printing needs (`useNeeded`).
 */
function plotModule(slug: string): Promise<PlotModule> {
  let loading = modules.get(slug);
  if (!loading) {
    loading = readable(import(`./plots/${slug}.tsx`) as Promise<PlotModule>);
    // The chart's Suspense boundary sees a failure through `use`.
    loading.catch(() => {});
    modules.set(slug, loading);
  }
  return loading;
}

/**
 * Fetches a chart's code, drawn or not, once the reader has started using the page or a few
 * seconds after it loaded (`whenIdleLater`): a page printed before it was scrolled has no time
 * to fetch it (the browser lays the page out for print as soon as its `beforeprint` handlers
 * return), so it must be here already; but running recharts' code is a long task that the
 * seconds of loading need not carry.
 */
export function PlotPreload({ slug, source }: { slug: string; source: ChartSource }) {
  useEffect(
    () =>
      whenIdleLater(() => {
        void plotModule(slug);
        chartData(source).catch(() => {}); // the chart shows a failure when it is drawn
      }),
    [slug, source],
  );
  return null;
}

/** A chart's plot as its card asks for it: its numbers from `source` (fetched, or in the page). */
export interface ChartPlotProps {
  slug: string;
  source: ChartSource;
  title: string;
  desc: string;
}

function Plot({ slug, source, ...props }: ChartPlotProps) {
  const { default: Draw, points } = use(plotModule(slug));
  const { plot } = use(chartData(source));
  const [scenario] = useScenario();
  return <PointFocus points={points(plot, scenario)}>{(focused, size) => <Draw {...props} plot={plot} focused={focused} size={size} />}</PointFocus>;
}

const placeholder = <div className="h-full w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />;

export function ChartPlot(props: ChartPlotProps) {
  return (
    <FailedBoundary what="this chart">
      <Suspense fallback={placeholder}>
        <Plot {...props} />
      </Suspense>
    </FailedBoundary>
  );
}
