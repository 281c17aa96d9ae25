import { groupDigits } from "@/lib/format";
import type { WithSources } from "@/lib/sources";
import { SOURCES_COLUMN } from "@/lib/table-view";
import { staticRows } from "@/lib/static-rows";
import { tableBoxHeight } from "@/lib/table-layout";
import { TABLES, tableFileName, type TableId, type TableInfo, type TableRows } from "@/lib/tables";
import { cellClass, headerClass, renderCell, SourcesCell, TABLE_CELLS } from "./table-cells";

/**
 * A table's place on a lab's page until the live table comes: its row count where the count
 * will be, and a box where the rows will be. No rows: the page stays light, the live table
 * fetches them, and a reader without JavaScript is sent to the table's own page, which draws
 * every row (or to its CSV).
 */
export function TablePlaceholder({ id, count, apiBase, pageHref }: { id: TableId; count: number; apiBase: string; pageHref: string }) {
  return (
    <div>
      <div aria-hidden="true" className="nojs-hide mb-2 min-h-11 w-full rounded-md border border-line bg-page sm:w-60 print:hidden" />
      <p className="mb-3 text-sm font-medium tabular-nums">
        {groupDigits(count)} of {groupDigits(count)} rows
      </p>
      <div className="rounded-lg border border-line text-sm">
        {/* As tall as the live table's box will be, so that little moves when it comes. */}
        <p className="nojs-hide p-3 text-muted" style={{ height: tableBoxHeight(count) }}>
          Loading {TABLES[id].title.toLowerCase()}…
        </p>
        <p hidden className="nojs-show p-3">
          {groupDigits(count)} rows: <a className="text-accent underline" href={pageHref}>read them on this table&apos;s page</a> or{" "}
          <a className="text-accent underline" href={`${apiBase}/${tableFileName(id)}`}>
            download them as CSV
          </a>
          .
        </p>
      </div>
      {/* Where "What the columns mean" will be. */}
      <div aria-hidden="true" className="nojs-hide mt-3 h-11 print:hidden" />
    </div>
  );
}

/**
 * A table as plain HTML, in the data's order, drawn on the server with the live table's own
 * cells and classes: the table's own page (`/tables/<slug>`), for a reader without JavaScript.
 * It has no controls: sorting and searching are the lab's page's live table's.
 */
export function StaticTable<Id extends TableId>({ id, rows, apiBase }: { id: Id; rows: TableRows[Id]; apiBase: string }) {
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  const cells = TABLE_CELLS[id];
  const { drawn, cut, caption } = staticRows(rows as WithSources<object>[]);
  return (
    <div>
      {/* Where the live table's search and menus will be, so that nothing moves when they come. */}
      <p className="mb-3 text-sm font-medium tabular-nums">
        {caption}
      </p>
      <p className="mb-3 text-sm">
        <a className="text-accent underline" href={`${apiBase}/${tableFileName(id)}`}>
          Every row as CSV
        </a>
        {cut ? " (the rest are there, and in the live table on the lab's page)" : null}
      </p>
      <div className="max-h-[85svh] overflow-auto rounded-lg border border-line" role="region" aria-label={`${info.title}, scrollable table`} tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{info.title}</caption>
          <thead className="bg-sunken">
            <tr>
              {info.columns.map((spec, index) => (
                <th key={spec.id} scope="col" className={headerClass(index === 0, spec.kind === "usd" || spec.kind === "number", true)}>
                  <span className={`inline-flex min-h-11 items-center gap-1 px-2 py-1 ${spec.kind === "usd" || spec.kind === "number" ? "flex-row-reverse" : ""}`}>
                    <span>{spec.label}</span>
                  </span>
                </th>
              ))}
              <th scope="col" className={headerClass(false, false, false)}>
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {drawn.map((row, rowIndex) => (
              <tr key={rowIndex} className="border-t border-line align-top">
                {info.columns.map((spec, index) => (
                  <td key={spec.id} className={cellClass(spec.kind, index === 0)}>
                    {renderCell(spec as never, cells as never, row)}
                  </td>
                ))}
                <td key={SOURCES_COLUMN} className={cellClass("text", false)}>
                  <SourcesCell row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
