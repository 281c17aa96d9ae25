import { Fragment } from "react";

/**
 * What each column means, as a disclosure under the table: the header buttons' titles show
 * only to a mouse, so a keyboard, a touch screen or a screen reader reads the meanings here.
 */
export function ColumnNotes({ columns }: { columns: { id: string; label: string; description: string; unit?: string }[] }) {
  return (
    <details className="mt-3 text-sm print:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-1 font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">What the columns mean</summary>
      <dl className="mt-1 grid max-w-4xl gap-x-4 gap-y-1.5 px-1 sm:grid-cols-[max-content_1fr]">
        {columns.map((column) => (
          <Fragment key={column.id}>
            <dt className="font-medium">{column.label}</dt>
            <dd className="text-muted">
              {column.description}
              {column.unit ? ` (${column.unit})` : ""}
            </dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
