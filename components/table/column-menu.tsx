"use client";

import { useId } from "react";
import { Popover } from "@/components/ui/popover";

/** Show or hide columns. The last visible column cannot be hidden: a table needs one. */
export function ColumnMenu({
  columns,
  hidden,
  onChange,
}: {
  columns: { id: string; label: string }[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}) {
  const noteId = useId();
  const visibleCount = columns.length - hidden.length;
  const toggle = (id: string, show: boolean) => {
    const next = show ? hidden.filter((value) => value !== id) : [...hidden, id];
    // In column order, so the same choice always makes the same link.
    onChange(columns.map((column) => column.id).filter((value) => next.includes(value)));
  };

  return (
    <Popover label="Columns" buttonLabel={`Columns${hidden.length ? `, ${hidden.length} hidden` : ""}`} active={hidden.length > 0}>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">Columns to show</legend>
        {columns.map((column) => {
          const shown = !hidden.includes(column.id);
          const last = shown && visibleCount === 1;
          return (
            <label key={column.id} className={`flex min-h-9 items-center gap-2 rounded px-1 ${last ? "text-muted" : "cursor-pointer hover:bg-sunken"}`}>
              <input
                type="checkbox"
                checked={shown}
                disabled={last}
                onChange={(event) => toggle(column.id, event.target.checked)}
                aria-describedby={last ? noteId : undefined}
                className="h-4 w-4 shrink-0 accent-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              />
              {column.label}
            </label>
          );
        })}
        {visibleCount === 1 ? (
          <p id={noteId} className="mt-1 text-xs text-muted">
            One column always stays visible.
          </p>
        ) : null}
        {hidden.length > 0 ? (
          <button type="button" onClick={() => onChange([])} className="mt-1 min-h-9 self-start rounded px-1 text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-accent">
            Show all columns
          </button>
        ) : null}
      </fieldset>
    </Popover>
  );
}
