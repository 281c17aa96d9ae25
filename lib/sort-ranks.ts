import { compareConfidence, compareDates, compareNumbers, compareText } from "./sort";
import type { ColumnKind, ColumnSpec } from "./table-columns";
import type { SortKey } from "./view-params";

/**
 * Sorting a big table by ranks. Each column's values are ranked once (the costly part: a full
 * sort with the column's comparator, done in a worker for big tables); a click then orders
 * the rows by those integers, in one linear pass for a single column. The order is the one
 * the tables promise: the comparator's order, descending reverses it, unknown values last in
 * both directions, ties in the data's order.
 */

export type SortValue = string | number | null;

/** An unknown value's rank: after every known one, whatever the direction. */
export const UNKNOWN_RANK = 0xffffffff;

type Compare = (a: never, b: never) => number;

/** The comparator for each kind of column; values reaching it are known. */
export const COMPARE_BY_KIND: Record<ColumnKind, Compare> = {
  text: compareText,
  usd: compareNumbers,
  number: compareNumbers,
  date: compareDates,
  confidence: compareConfidence,
};

/**
 * Each value's rank among the known values (0 for the smallest; equal values, equal ranks;
 * dense, so the largest rank is the count of distinct values less one), or UNKNOWN_RANK.
 */
export function columnRanks(values: readonly SortValue[], kind: ColumnKind): Uint32Array {
  const compare = COMPARE_BY_KIND[kind] as (a: SortValue, b: SortValue) => number;
  const ranks = new Uint32Array(values.length).fill(UNKNOWN_RANK);
  const known: number[] = [];
  for (let index = 0; index < values.length; index++) if (values[index] !== null && values[index] !== undefined) known.push(index);
  known.sort((a, b) => compare(values[a], values[b]));
  let rank = 0;
  for (let at = 0; at < known.length; at++) {
    if (at > 0 && compare(values[known[at - 1]], values[known[at]]) !== 0) rank++;
    ranks[known[at]] = rank;
  }
  return ranks;
}

/** One column to rank (in a worker, say): its values in the data's order. */
export interface ColumnToRank {
  column: string;
  kind: ColumnKind;
  values: SortValue[];
}

/** A column's ranks, row by row in the data's order. */
export interface RankedColumn {
  column: string;
  ranks: Uint32Array;
}

export interface RankKey {
  ranks: Uint32Array;
  desc: boolean;
}

/**
 * `positions` (indices into the ranks, in the data's order) ordered by the keys, first key
 * first; ties keep the data's order. One key is a counting sort (linear in the rows); more
 * keys compare rank by rank.
 */
export function orderByRanks(positions: ArrayLike<number>, keys: readonly RankKey[]): number[] {
  if (keys.length === 0) return Array.from(positions);
  if (keys.length === 1) return countingOrder(positions, keys[0]);
  const order = Array.from(positions);
  order.sort((a, b) => {
    for (const { ranks, desc } of keys) {
      const [rankA, rankB] = [ranks[a], ranks[b]];
      if (rankA === rankB) continue;
      if (rankA === UNKNOWN_RANK) return 1;
      if (rankB === UNKNOWN_RANK) return -1;
      return desc ? rankB - rankA : rankA - rankB;
    }
    return a - b;
  });
  return order;
}

function countingOrder(positions: ArrayLike<number>, { ranks, desc }: RankKey): number[] {
  let top = -1;
  for (let at = 0; at < positions.length; at++) {
    const rank = ranks[positions[at]];
    if (rank !== UNKNOWN_RANK && rank > top) top = rank;
  }
  // Where each rank's rows start: ranks in the order asked for, then the unknown ones.
  const starts = new Uint32Array(top + 2);
  for (let at = 0; at < positions.length; at++) {
    const rank = ranks[positions[at]];
    starts[rank === UNKNOWN_RANK ? top + 1 : desc ? top - rank : rank]++;
  }
  let sum = 0;
  for (let slot = 0; slot < starts.length; slot++) {
    const size = starts[slot];
    starts[slot] = sum;
    sum += size;
  }
  const order = new Array<number>(positions.length);
  for (let at = 0; at < positions.length; at++) {
    const position = positions[at];
    const rank = ranks[position];
    order[starts[rank === UNKNOWN_RANK ? top + 1 : desc ? top - rank : rank]++] = position;
  }
  return order;
}

/**
 * A table's sort keys: each column's ranks, worked out once per set of rows, on first ask or
 * offered by a worker that ranked them ahead (components/table/use-sort-ranks.ts).
 */
export class RowRanks<Row> {
  private readonly ranks = new Map<string, Uint32Array>();
  private positions: Map<Row, number> | null = null;

  constructor(
    private readonly rows: readonly Row[],
    private readonly specs: readonly ColumnSpec<Row>[],
  ) {}

  private values(spec: ColumnSpec<Row>) {
    return this.rows.map((row) => spec.value(row));
  }

  /** A column's ranks, row by row in the data's order; null for a column that does not sort. */
  of(column: string): Uint32Array | null {
    const known = this.ranks.get(column);
    if (known) return known;
    const spec = this.specs.find((candidate) => candidate.id === column);
    if (!spec) return null;
    const ranks = columnRanks(this.values(spec), spec.kind);
    this.ranks.set(column, ranks);
    return ranks;
  }

  /** `shown` (some of the rows, in the data's order) ordered by `sort`. */
  order<Shown>(shown: readonly Shown[], rowOf: (item: Shown) => Row, sort: readonly SortKey[]): Shown[] {
    const keys: RankKey[] = [];
    for (const { id, desc } of sort) {
      const ranks = this.of(id);
      if (ranks) keys.push({ ranks, desc });
    }
    if (keys.length === 0) return [...shown];
    // Shown rows are a subset of the data in its order, so as many as the data are all of it,
    // each in its own place: no lookups (the common case of a table with no filter).
    if (shown.length === this.rows.length) return orderByRanks(identity(shown.length), keys).map((position) => shown[position]);
    this.positions ??= new Map(this.rows.map((row, index) => [row, index]));
    const positions = new Uint32Array(shown.length);
    // Where each row of the data is among those shown, to map the order back.
    const slots = new Int32Array(this.rows.length);
    for (let at = 0; at < shown.length; at++) {
      const position = this.positions.get(rowOf(shown[at]));
      if (position === undefined) throw new Error("RowRanks.order: a shown row is not one of the table's rows");
      positions[at] = position;
      slots[position] = at;
    }
    return orderByRanks(positions, keys).map((position) => shown[slots[position]]);
  }

  /** The columns not ranked yet, with what a worker needs to rank them. */
  missing(): ColumnToRank[] {
    return this.specs.filter((spec) => !this.ranks.has(spec.id)).map((spec) => ({ column: spec.id, kind: spec.kind, values: this.values(spec) }));
  }

  /** A column's ranks made elsewhere (a worker); dropped when the column was ranked meanwhile. */
  offer(column: string, ranks: Uint32Array): void {
    if (!this.ranks.has(column) && ranks.length === this.rows.length) this.ranks.set(column, ranks);
  }
}

function identity(count: number): Uint32Array {
  const positions = new Uint32Array(count);
  for (let at = 0; at < count; at++) positions[at] = at;
  return positions;
}
