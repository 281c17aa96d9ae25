"use client";

import { useEffect, useMemo } from "react";
import { RowRanks, type RankedColumn } from "@/lib/sort-ranks";
import type { ColumnSpec } from "@/lib/table-columns";
import { warmSearchTexts } from "@/lib/table-search";
import type { WithSources } from "@/lib/sources";
import { inIdleSlices, whenIdle } from "@/components/ui/when-idle";

/** From this many rows on, the columns are ranked in a worker once the page is idle. */
export const RANK_IN_WORKER_FROM = 2_000;

/** Ranks every column not ranked yet in a worker, offering each as it comes; returns a stop. */
function rankInWorker<Row>(ranks: RowRanks<Row>): () => void {
  const missing = ranks.missing();
  if (missing.length === 0 || typeof Worker === "undefined") return () => {};
  const worker = new Worker(new URL("./sort.worker.ts", import.meta.url), { type: "module" });
  let left = missing.length;
  worker.onmessage = (event: MessageEvent<RankedColumn>) => {
    ranks.offer(event.data.column, event.data.ranks);
    if (--left === 0) worker.terminate();
  };
  // A worker that cannot run leaves the ranking to the main thread, column by column on demand.
  worker.onerror = () => worker.terminate();
  for (const request of missing) worker.postMessage(request);
  return () => worker.terminate();
}

/**
 * The table's sort keys. A big table has its columns ranked in a worker while the reader looks
 * at the page; a sort asked for before the worker is done ranks that column here, at once, and
 * the worker's answer for it is dropped.
 */
export function useSortRanks<Row>(rows: readonly Row[], specs: readonly ColumnSpec<Row>[]): RowRanks<Row> {
  const ranks = useMemo(() => new RowRanks(rows, specs), [rows, specs]);
  useEffect(() => {
    if (rows.length < RANK_IN_WORKER_FROM) return;
    let stop = () => {};
    const cancel = whenIdle(() => {
      stop = rankInWorker(ranks);
    });
    return () => {
      cancel();
      stop();
    };
  }, [ranks, rows.length]);
  return ranks;
}

/**
 * A big table's search text, worked out for every row in slices of idle time once it is live,
 * so that the first keystroke does not build it for 100,000 rows at once. A search typed before
 * it is done builds the rest then, as any search would.
 */
export function useWarmSearch<Row extends WithSources<object>>(rows: readonly Row[], specs: ColumnSpec<Row>[]): void {
  useEffect(() => {
    if (rows.length < RANK_IN_WORKER_FROM) return;
    let next = 0;
    return inIdleSlices((hasTime) => {
      next = warmSearchTexts(specs, rows, next, () => !hasTime());
      return next >= rows.length;
    });
  }, [rows, specs]);
}
