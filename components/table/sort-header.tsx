"use client";

import type { Header, RowData, SortingState } from "@tanstack/react-table";
import type { Features } from "./table-features";
import { headerClass } from "./table-cells";

const ARROWS = { asc: "▲", desc: "▼", none: "↕" } as const;

/**
 * A header cell whose sort control is a real button, so Enter and Space sort it and
 * Shift adds a secondary sort. Only the primary sort column carries `aria-sort`, as ARIA
 * allows one per table; secondary ones show their rank beside the arrow, and the live region
 * below the table announces the whole order. The button's name stays the bare label.
 */
export function SortHeader<Row extends RowData>({ header, sorting, first = false }: { header: Header<Features, Row, unknown>; sorting: SortingState; first?: boolean }) {
  const column = header.column;
  const direction = column.getIsSorted();
  const index = sorting.findIndex((sort) => sort.id === column.id);
  const meta = column.columnDef.meta as { kind?: string; description?: string } | undefined;
  const numeric = meta?.kind === "usd" || meta?.kind === "number";
  const label = typeof column.columnDef.header === "string" ? column.columnDef.header : column.id;
  const ariaSort = index === 0 && direction ? (direction === "asc" ? "ascending" : "descending") : undefined;

  if (!column.getCanSort()) {
    return (
      <th scope="col" className={headerClass(first, numeric, false)}>
        {label}
      </th>
    );
  }

  return (
    <th scope="col" aria-sort={ariaSort} className={headerClass(first, numeric, true)}>
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        title={meta?.description}
        className={`inline-flex min-h-11 items-center gap-1 rounded px-2 py-1 hover:bg-line/60 focus-visible:outline-2 focus-visible:outline-accent ${numeric ? "flex-row-reverse" : ""}`}
      >
        <span>{label}</span>
        <span aria-hidden="true" className={`print:hidden ${direction ? "text-accent" : "text-muted"}`}>
          {ARROWS[direction || "none"]}
          {direction && sorting.length > 1 ? <sup>{index + 1}</sup> : null}
        </span>
      </button>
    </th>
  );
}
