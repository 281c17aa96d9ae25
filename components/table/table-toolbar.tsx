"use client";

import { useMemo, type ReactNode } from "react";
import type { WithSources } from "@/lib/sources";
import { groupDigits } from "@/lib/format";
import { choiceOptions, filterTypeOf, hasActiveFilters } from "@/lib/table-filters";
import type { TableView } from "@/lib/table-view";
import type { TableInfo } from "@/lib/tables";
import { MAX_SEARCH_LENGTH } from "@/lib/view-params";
import { ColumnFilterControl } from "./column-filter";
import type { ViewActions } from "./use-table-view";

/** Search, a filter per column that takes one, the row count, and (as children) the column and export menus. */
export function TableToolbar<Row extends WithSources<object>>({
  info,
  rows,
  shown,
  view,
  actions,
  countId,
  children,
}: {
  info: TableInfo<Row>;
  rows: Row[];
  shown: number;
  view: TableView;
  actions: ViewActions;
  /** The row count's id: "Clear filters" puts focus there. */
  countId: string;
  children: ReactNode;
}) {
  // A choice between fewer than two values filters nothing; the control would only be noise.
  // Worked out once per set of rows, not on every key typed into the search.
  const choosable = useMemo(() => new Set(info.columns.filter((spec) => filterTypeOf(spec) === "choice" && choiceOptions(spec, rows, []).length > 1).map((spec) => spec.id)), [info.columns, rows]);
  const filterable = info.columns.filter((spec) => {
    const type = filterTypeOf(spec);
    return type === "choice" ? view.columns[spec.id] !== undefined || choosable.has(spec.id) : type !== null;
  });
  const filtering = hasActiveFilters(view);

  return (
    <div className="mb-3 flex flex-col gap-2">
      <div className="flex flex-wrap items-start gap-2 print:hidden">
        <label className="relative w-full sm:w-60">
          <span className="sr-only">Search {info.title}</span>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="pointer-events-none absolute top-3.5 left-2.5 h-4 w-4 text-muted" fill="none" stroke="currentColor" strokeWidth="1.6">
            <circle cx="7" cy="7" r="4.5" />
            <path d="m10.5 10.5 3.5 3.5" />
          </svg>
          <input
            type="search"
            value={view.q}
            maxLength={MAX_SEARCH_LENGTH}
            placeholder="Search all text"
            onChange={(event) => actions.setQuery(event.target.value)}
            className="min-h-11 w-full rounded-md border border-line bg-page py-1.5 pr-2 pl-8 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          />
        </label>
        {filterable.map((spec) => (
          <ColumnFilterControl key={spec.id} spec={spec} specs={info.columns} rows={rows} view={view} onChange={(filter) => actions.setFilter(spec.id, filter)} />
        ))}
        {/* Pushes the column and export menus right on wide screens; on a phone they wrap with the filters. */}
        <div aria-hidden="true" className="hidden lg:block lg:flex-1" />
        {/* One cluster: the column, copy and export controls wrap together, never Export alone. */}
        <div className="flex flex-wrap items-start gap-2">{children}</div>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <p id={countId} tabIndex={-1} className="rounded font-medium tabular-nums focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
          {groupDigits(shown)} of {groupDigits(rows.length)} rows
        </p>
        {filtering ? <ClearFiltersButton onClick={actions.clearFilters} /> : null}
        <p className="text-muted print:hidden">Select a column heading to sort; Shift-select adds a second sort.</p>
      </div>
    </div>
  );
}

export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="inline-flex min-h-9 items-center rounded-md px-2 font-medium text-accent underline underline-offset-2 hover:bg-sunken focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      Clear filters
    </button>
  );
}
