import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import type { ColumnKind, ColumnSpec } from "@/lib/table-columns";
import type { WithSources } from "@/lib/sources";
import { renderCell, SourcesCell } from "./table-cells";

/**
 * Registered once at module scope: a new object per render would rebuild every row model.
 * No sorted row model: the table sorts its rows itself, by ranks (see use-sort-ranks.ts).
 */
export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
});
export type Features = typeof features;

export interface ColumnMeta {
  kind: ColumnKind;
  description: string;
}

/**
 * TanStack columns from the shared column specs. The order itself comes from lib/sort-ranks
 * (unknown values last whatever the direction); TanStack keeps the sort state.
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
