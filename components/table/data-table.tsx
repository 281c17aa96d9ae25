"use client";

import { useState } from "react";
import { useTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import type { ColumnSpec } from "@/lib/table-columns";
import type { WithSources } from "@/lib/sources";
import { features, type Features } from "./table-features";
import { SortHeader } from "./sort-header";
import { ExportCsvButton } from "./export-csv-button";
import { sortAnnouncement } from "./sort-announcement";

export interface DataTableProps<Row extends WithSources<{ id: string }>> {
  /** Used for ids, the file name and the accessible names. */
  slug: string;
  title: string;
  rows: Row[];
  columns: ColumnDef<Features, Row, unknown>[];
  specs: ColumnSpec<Row>[];
  asOf: string;
}

/**
 * A sortable table whose CSV export writes exactly the rows and columns on screen, in the
 * order on screen. Wide tables scroll inside their own region, never the page.
 */
export function DataTable<Row extends WithSources<{ id: string }>>({ slug, title, rows, columns, specs, asOf }: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
    enableMultiSort: true,
  });

  const visibleRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const captionId = `${slug}-caption`;

  const exportView = () => {
    const ids = visibleColumns.map((column) => column.id);
    return {
      columns: ids.flatMap((id) => specs.filter((spec) => spec.id === id)),
      rows: visibleRows.map((row) => row.original),
    };
  };

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted">
          {rows.length} rows. Select a column heading to sort; Shift-select adds a second sort.
        </p>
        <ExportCsvButton slug={slug} asOf={asOf} label={`Export ${title} as CSV`} getView={exportView} />
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {sortAnnouncement(sorting, (id) => specs.find((spec) => spec.id === id)?.label ?? id)}
      </p>
      <div
        className="overflow-x-auto rounded-lg border border-line focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        role="region"
        aria-label={`${title}, scrollable table`}
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption id={captionId} className="sr-only">
            {title}
          </caption>
          <thead className="bg-sunken">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header} sorting={sorting} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {visibleRows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="px-3 py-6 text-center text-muted">
                  No results.
                </td>
              </tr>
            ) : (
              visibleRows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top">
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={`px-3 py-2 ${(cell.column.columnDef.meta as { kind?: string } | undefined)?.kind === "usd" || (cell.column.columnDef.meta as { kind?: string } | undefined)?.kind === "number" ? "text-right tabular-nums whitespace-nowrap" : ""}`}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
