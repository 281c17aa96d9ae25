import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type SortFn,
} from "@tanstack/react-table";
import type { ReactNode } from "react";
import { compareConfidence, compareDates, compareNumbers, compareText } from "@/lib/sort";
import type { ColumnKind, ColumnSpec } from "@/lib/table-columns";
import type { WithSources } from "@/lib/sources";
import { renderCell, SourcesCell } from "./table-cells";

/** Registered once at module scope: a new object per render would rebuild every row model. */
export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
});
export type Features = typeof features;

type Compare = (a: never, b: never) => number;

/** The comparator for each kind of column; values reaching it are known (unknowns sink first). */
const comparators: Record<ColumnKind, Compare> = {
  text: compareText,
  usd: compareNumbers,
  number: compareNumbers,
  date: compareDates,
  confidence: compareConfidence,
};

function sortFnFor<Row extends object>(kind: ColumnKind): SortFn<Features, Row> {
  const compare = comparators[kind] as (a: unknown, b: unknown) => number;
  return (rowA, rowB, columnId) => compare(rowA.getValue(columnId), rowB.getValue(columnId));
}

export interface ColumnMeta {
  kind: ColumnKind;
  description: string;
}

/**
 * TanStack columns from the shared column specs. Unknown values become `undefined` so
 * that `sortUndefined: "last"` sinks them whatever the direction.
 */
export function toColumnDefs<Row extends WithSources<object>>(
  specs: ColumnSpec<Row>[],
  cells: Partial<Record<string, (row: Row) => ReactNode>> = {},
): ColumnDef<Features, Row, unknown>[] {
  const helper = createColumnHelper<Features, Row & WithSources<object>>();
  const dataColumns = specs.map((spec) =>
    helper.accessor((row) => spec.value(row) ?? undefined, {
      id: spec.id,
      header: spec.label,
      cell: (context) => renderCell(spec, cells, context.row.original),
      sortFn: sortFnFor<Row>(spec.kind),
      sortUndefined: "last", // unknown values sink in both directions
      sortDescFirst: false, // every column starts ascending: $1B before $10B, oldest first, A to Z
      meta: { kind: spec.kind, description: spec.description } satisfies ColumnMeta,
    }) as ColumnDef<Features, Row, unknown>,
  );
  const sourcesColumn = helper.display({
    id: "sources",
    header: "Sources",
    enableSorting: false,
    cell: (context) => <SourcesCell row={context.row.original} />,
  }) as ColumnDef<Features, Row, unknown>;
  return [...dataColumns, sourcesColumn];
}
