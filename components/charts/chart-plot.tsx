"use client";

import { Suspense, use, type ComponentType } from "react";

/**
 * A chart's plot, found by its slug: `plots/<slug>.tsx` default-exports the component that
 * draws its model's `plot`. Each plot is its own chunk, loaded the first time it is drawn, so
 * recharts stays out of the first load; a new chart needs no entry here.
 */
/** What every plot gets: its model's `plot`, and the chart's title and subtitle to name its SVG by. */
export interface PlotProps<Plot> {
  plot: Plot;
  title: string;
  desc: string;
}

type PlotModule = { default: ComponentType<PlotProps<unknown>> };

const modules = new Map<string, Promise<PlotModule>>();

/** One request per plot, however many times it is drawn: `use` needs the same promise each render. */
function plotModule(slug: string): Promise<PlotModule> {
  let loading = modules.get(slug);
  if (!loading) {
    loading = import(`./plots/${slug}.tsx`) as Promise<PlotModule>;
    modules.set(slug, loading);
  }
  return loading;
}

function Plot({ slug, ...props }: PlotProps<unknown> & { slug: string }) {
  const { default: Draw } = use(plotModule(slug));
  return <Draw {...props} />;
}

const placeholder = <div className="h-full w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />;

export function ChartPlot(props: PlotProps<unknown> & { slug: string }) {
  return (
    <Suspense fallback={placeholder}>
      <Plot {...props} />
    </Suspense>
  );
}
