"use client";

import type { ChartTable } from "@/lib/chart-table";
import { readable, settled } from "@/lib/readable-promise";

/** A chart's numbers: what its plot draws, and its table (the "Show as table" view and its CSV). */
export interface ChartData {
  plot: unknown;
  table: ChartTable;
}

/**
 * Where a chart's numbers are: a static file (`lib/table-files` `chartJsonPath`), fetched when
 * the chart is drawn or its numbers are asked for, so that a page of charts does not carry them
 * all in its HTML; or, for a page with one chart drawn at once (an embed), in the page itself.
 */
export type ChartSource = { url: string } | { data: ChartData };

const fetched = new Map<string, Promise<ChartData>>();
const inline = new WeakMap<ChartData, Promise<ChartData>>();

/** A chart's numbers: the same promise for the same source, which `use` reads in one render once it has settled. */
export function chartData(source: ChartSource): Promise<ChartData> {
  if ("data" in source) {
    let promise = inline.get(source.data);
    if (!promise) inline.set(source.data, (promise = settled(source.data)));
    return promise;
  }
  let promise = fetched.get(source.url);
  if (!promise) {
    promise = readable(
      fetch(source.url).then(async (response) => {
        if (!response.ok) throw new Error(`${source.url}: ${response.status} ${response.statusText}`);
        const data = (await response.json()) as Partial<ChartData> | null;
        if (!data || typeof data !== "object" || !data.table || !("plot" in data)) throw new Error(`${source.url}: not a chart's numbers`);
        return data as ChartData;
      }),
    );
    promise.catch(() => {}); // whoever reads it sees the failure
    fetched.set(source.url, promise);
  }
  return promise;
}
