"use client";

import { useMemo, useRef, useState } from "react";
import { functionalUpdate, useTable, type ColumnDef, type ColumnVisibilityState } from "@tanstack/react-table";
import { groupDigits } from "@/lib/format";
import type { WithSources } from "@/lib/sources";
import { filterRows } from "@/lib/table-filters";
import { describeFilters, describeSort, SOURCES_COLUMN, viewAnnouncement, viewToParams, withViewParams, type TableView } from "@/lib/table-view";
import type { TableInfo } from "@/lib/tables";
import { features, type Features } from "./table-features";
import { SortHeader } from "./sort-header";
import { ColumnMenu } from "./column-menu";
import { ColumnNotes } from "./column-notes";
import { CopyTable } from "./copy-table";
import { ExportMenu, type ExportView } from "./export-menu";
import { LiveRegion } from "./live-region";
import { ClearFiltersButton, TableToolbar } from "./table-toolbar";
import type { ViewActions } from "./use-table-view";
import { useOverflowX } from "./use-overflow";

/**
 * Rows drawn at first, and added per click: a table of thousands sorts and filters at the
 * speed of a hundred rows, while counts and exports still cover every matching row.
 */
const ROWS_PER_STEP = 100;

/** The first column stays in view as a wide table scrolls sideways, edged so that it reads as fixed. */
const STICKY_FIRST = "sticky left-0 z-10 bg-surface shadow-[inset_-1px_0_0_var(--color-line)]";

export interface DataTableProps<Row extends WithSources<{ id: string }>> {
  info: TableInfo<Row>;
  rows: Row[];
  columns: ColumnDef<Features, Row, unknown>[];
}

/**
 * A table in a given view: filtered here with the pure filters from lib/, then sorted and
 * trimmed to the visible columns by TanStack Table. Every export writes the view as shown.
 * Wide tables scroll inside their own region, never the page.
 */
export function DataTable<Row extends WithSources<{ id: string }>>({ info, rows, columns, view, actions }: DataTableProps<Row> & { view: TableView; actions: ViewActions }) {
  const { key: prefix, slug, title, columns: specs } = info;
  const filtered = useMemo(() => filterRows(rows, specs, { q: view.q, columns: view.columns }), [rows, specs, view.q, view.columns]);
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(view.hidden.map((id) => [id, false])), [view.hidden]);
  const table = useTable({
    features,
    columns,
    data: filtered,
    getRowId: (row) => row.id,
    state: { sorting: view.sort, columnVisibility },
    onSortingChange: (updater) => actions.setSort(functionalUpdate(updater, view.sort)),
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      actions.setHidden(Object.keys(next).filter((id) => next[id] === false));
    },
    enableMultiSort: true,
  });

  // Clearing removes the button that was clicked: focus goes to the row count, which says what
  // the table now shows, rather than dropping to the page body. (Not to the search box: on a
  // phone that would open the keyboard.)
  const countId = `${slug}-row-count`;
  const viewActions = useMemo<ViewActions>(
    () => ({
      ...actions,
      clearFilters: () => {
        actions.clearFilters();
        document.getElementById(countId)?.focus();
      },
    }),
    [actions, countId],
  );

  const region = useRef<HTMLDivElement>(null);
  const scrolls = useOverflowX(region);

  const shownRows = table.getRowModel().rows;
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  const drawnRows = shownRows.length > limit ? shownRows.slice(0, limit) : shownRows;
  const visibleColumns = table.getVisibleLeafColumns();
  const labelOf = (id: string) => specs.find((spec) => spec.id === id)?.label ?? (id === SOURCES_COLUMN ? "Sources" : id);
  const sortDescription = describeSort(view.sort, labelOf);

  // Read at click time, so the file is the view as it is then.
  const exportView = (): ExportView<Row> => ({
    specs: visibleColumns.flatMap((column) => specs.filter((spec) => spec.id === column.id)),
    rows: shownRows.map((row) => row.original),
    withSources: !view.hidden.includes(SOURCES_COLUMN),
    summary: {
      table: title,
      url: withViewParams(window.location.href, prefix, view),
      filters: describeFilters(specs, rows, view),
      sort: sortDescription,
      hiddenColumns: view.hidden.map(labelOf),
      parameters: Object.fromEntries(viewToParams(prefix, view)),
      rowsShown: shownRows.length,
      rowsTotal: rows.length,
    },
  });

  return (
    <div>
      <TableToolbar info={info} rows={rows} shown={shownRows.length} view={view} actions={viewActions} countId={countId}>
        <ColumnMenu columns={[...specs, { id: SOURCES_COLUMN, label: "Sources" }]} hidden={view.hidden} onChange={actions.setHidden} />
        <CopyTable title={title} shown={shownRows.length} getView={exportView} />
        <ExportMenu info={info} rows={rows} getView={exportView} />
      </TableToolbar>
      <LiveRegion text={viewAnnouncement(sortDescription, shownRows.length, rows.length)} />
      {scrolls ? (
        <p className="mb-1.5 flex items-center gap-1.5 text-xs text-muted print:hidden">
          <span aria-hidden="true">↔</span> Wider than the screen: scroll the table sideways for more columns; the first stays in view.
        </p>
      ) : null}
      {/* Scrolls both ways within at most most of the screen's height, so that the header row
          sticks on a long table (a sticky header needs its scrolling box to scroll vertically). */}
      <div
        ref={region}
        className="scroll-cue max-h-[85svh] overflow-auto overscroll-x-contain rounded-lg border border-line focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        role="region"
        aria-label={`${title}, scrollable table`}
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption id={`${slug}-caption`} className="sr-only">
            {title}
          </caption>
          <thead className="bg-sunken">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header, index) => (
                  <SortHeader key={header.id} header={header} sorting={view.sort} first={index === 0} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {shownRows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="px-3 py-8">
                  {/* Sticky, so that on a phone the message shows even though the empty table is wider than the screen. */}
                  <div className="sticky left-3 flex w-fit flex-wrap items-center gap-x-3 gap-y-1">
                    <p className="font-medium">{rows.length === 0 ? "No rows." : "No rows match these filters."}</p>
                    {rows.length > 0 ? <ClearFiltersButton onClick={viewActions.clearFilters} /> : null}
                  </div>
                </td>
              </tr>
            ) : (
              drawnRows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top">
                  {row.getVisibleCells().map((cell, index) => {
                    const kind = (cell.column.columnDef.meta as { kind?: string } | undefined)?.kind;
                    return (
                      <td key={cell.id} className={`px-3 py-2 ${kind === "usd" || kind === "number" ? "text-right whitespace-nowrap tabular-nums" : ""} ${index === 0 ? STICKY_FIRST : ""}`}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <ColumnNotes columns={[...specs, { id: SOURCES_COLUMN, label: "Sources", description: "Where each row comes from: every source it cites, linked where the source has an address" }]} />
      {drawnRows.length < shownRows.length ? (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <p className="text-muted">
            The first {groupDigits(drawnRows.length)} of {groupDigits(shownRows.length)} rows are drawn; exports hold them all.
          </p>
          <button type="button" className="toolbar-button" onClick={() => setLimit((value) => value + ROWS_PER_STEP)}>
            Show {Math.min(ROWS_PER_STEP, shownRows.length - drawnRows.length)} more
          </button>
          <button type="button" className="toolbar-button" onClick={() => setLimit(shownRows.length)}>
            Show all {groupDigits(shownRows.length)}
          </button>
        </div>
      ) : null}
    </div>
  );
}
