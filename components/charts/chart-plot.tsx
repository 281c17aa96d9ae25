"use client";

import { Suspense, use, type ComponentType } from "react";

/**
 * A chart's plot, found by its slug: `plots/<slug>.tsx` default-exports the component that
 * draws its model's `plot`. Each plot is its own chunk, loaded the first time it is drawn, so
 * recharts stays out of the first load; a new chart needs no entry here.
 */
type PlotModule = { default: ComponentType<{ plot: unknown }> };

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

function Plot({ slug, plot }: { slug: string; plot: unknown }) {
  const { default: Draw } = use(plotModule(slug));
  return <Draw plot={plot} />;
}

const placeholder = <div className="h-full w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />;

export function ChartPlot({ slug, plot }: { slug: string; plot: unknown }) {
  return (
    <Suspense fallback={placeholder}>
      <Plot slug={slug} plot={plot} />
    </Suspense>
  );
}
