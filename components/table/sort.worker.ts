/// <reference lib="webworker" />
import { columnRanks, type ColumnToRank, type RankedColumn } from "@/lib/sort-ranks";

/**
 * Ranks a big table's columns off the main thread (a full sort of each column with its
 * comparator), so that a header click only orders integers. It makes no request.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ColumnToRank>) => {
  const { column, kind, values } = event.data;
  const ranks = columnRanks(values, kind);
  const reply: RankedColumn = { column, ranks };
  scope.postMessage(reply, [ranks.buffer]);
};
