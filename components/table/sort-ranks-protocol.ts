import type { SortValue } from "@/lib/sort-ranks";
import type { ColumnKind } from "@/lib/table-columns";

/** One column to rank: its values in the data's order. */
export interface RankRequest {
  column: string;
  kind: ColumnKind;
  values: SortValue[];
}

/** The column's ranks, row by row (see lib/sort-ranks). */
export interface RankReply {
  column: string;
  ranks: Uint32Array;
}
