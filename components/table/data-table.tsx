"use client";

import { useCallback, useMemo, useRef } from "react";
import { functionalUpdate, useTable, type ColumnDef, type ColumnVisibilityState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { groupDigits } from "@/lib/format";
import type { WithSources } from "@/lib/sources";
import { filterRows } from "@/lib/table-filters";
import { ROW_HEIGHT } from "@/lib/table-layout";
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
import { cellClass } from "./table-cells";
import { useSortRanks, useWarmSearch } from "./use-sort-ranks";

/**
 * From this many rows on, only the rows in view (and a screenful either side) are in the
 * page; below it every row is, so the real tables print and search-in-page whole.
 */
export const VIRTUAL_FROM = 100;

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
  // Keyed by the filters' value, not their object: a sort click rebuilds the view object, and
  // should not filter (and hand TanStack) 100,000 rows anew.
  const filterKey = JSON.stringify(view.columns);
  const filtered = useMemo(() => filterRows(rows, specs, { q: view.q, columns: JSON.parse(filterKey) as TableView["columns"] }), [rows, specs, view.q, filterKey]);
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
    // Sorted here, by ranks (lib/sort-ranks): TanStack holds the sort state and its header
    // controls; the order comes from integers ranked once, in a worker for a big table.
    manualSorting: true,
  });
  const ranks = useSortRanks(rows, specs);
  useWarmSearch(rows, specs);

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

  const unsorted = table.getRowModel().rows;
  const sortKey = JSON.stringify(view.sort);
  const shownRows = useMemo(() => ranks.order(unsorted, (row) => row.original, JSON.parse(sortKey) as TableView["sort"]), [ranks, unsorted, sortKey]);
  const virtual = shownRows.length >= VIRTUAL_FROM;
  // The same function until the rows change: a new one makes the virtualiser work out every
  // row's place again (100,000 of them), which a render that moves no row should not cost.
  const itemKey = useCallback((index: number) => shownRows[index]?.id ?? index, [shownRows]);
  // Not memoised by a compiler here: the virtualiser's functions are read during render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shownRows.length,
    getScrollElement: () => region.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    enabled: virtual,
    getItemKey: itemKey,
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const drawn = items ? items.map((item) => ({ row: shownRows[item.index], index: item.index })) : shownRows.map((row, index) => ({ row, index }));
  // Space for the rows above and below those drawn, so the scroll bar is the whole table's.
  const before = items?.[0]?.start ?? 0;
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
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
        {/* The row count and each row's place in it tell a screen reader where it is among rows not drawn. */}
        <table className="w-full border-collapse text-left text-sm" aria-rowcount={shownRows.length + 1}>
          <caption id={`${slug}-caption`} className="sr-only">
            {title}
          </caption>
          <thead className="bg-sunken">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
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
              <>
                {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
                {drawn.map(({ row, index }) => (
                  <tr key={row.id} data-index={index} ref={virtual ? virtualizer.measureElement : undefined} aria-rowindex={index + 2} className="border-t border-line align-top">
                    {row.getVisibleCells().map((cell, column) => (
                      <td key={cell.id} className={cellClass((cell.column.columnDef.meta as { kind?: string } | undefined)?.kind, column === 0)}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
                {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
              </>
            )}
          </tbody>
        </table>
      </div>
      <ColumnNotes columns={[...specs, { id: SOURCES_COLUMN, label: "Sources", description: "Where each row comes from: every source it cites, linked where the source has an address" }]} />
      {virtual ? (
        <p className="hidden text-sm text-muted print:block">
          Printed: the {groupDigits(drawn.length)} rows in view of {groupDigits(shownRows.length)}; the CSV holds them all.
        </p>
      ) : null}
    </div>
  );
}
