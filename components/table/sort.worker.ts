/// <reference lib="webworker" />
import { columnRanks } from "@/lib/sort-ranks";
import type { RankReply, RankRequest } from "./sort-ranks-protocol";

/**
 * Ranks a big table's columns off the main thread (a full sort of each column with its
 * comparator), so that a header click only orders integers. It makes no request.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RankRequest>) => {
  const { column, kind, values } = event.data;
  const ranks = columnRanks(values, kind);
  const reply: RankReply = { column, ranks };
  scope.postMessage(reply, [ranks.buffer]);
};
