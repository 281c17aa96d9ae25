import { groupDigits } from "@/lib/format";
import type { WithSources } from "@/lib/sources";
import { SOURCES_COLUMN } from "@/lib/table-view";
import { TABLES, tableFileName, type TableId, type TableInfo, type TableRows } from "@/lib/tables";
import { cellClass, headerClass, renderCell, SourcesCell, TABLE_CELLS } from "./table-cells";

/**
 * A table as plain HTML, in the data's order, drawn on the server with the live table's own
 * cells and classes. On a lab's page it holds no rows (`limit` 0): the page stays light, the
 * live table fetches them, and a reader without JavaScript is sent to the table's own page
 * (`/tables/<slug>`), which draws every row. It has no controls: a sort button or a search
 * box that did nothing until the script came would mislead.
 */
export function StaticTable<Id extends TableId>({ id, rows, apiBase, limit = Infinity, pageHref }: { id: Id; rows: TableRows[Id]; apiBase: string; limit?: number; pageHref?: string }) {
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  const cells = TABLE_CELLS[id];
  const drawn = rows.slice(0, limit) as WithSources<object>[];
  const csv = `${apiBase}/${tableFileName(id)}`;
  return (
    <div>
      {/* Where the live table's search and menus will be, so that nothing moves when they come. */}
      <div className="mb-3 flex flex-col gap-2">
        <div aria-hidden="true" className="nojs-hide min-h-11 w-full rounded-md border border-line bg-page sm:w-60 print:hidden" />
        <p className="text-sm font-medium tabular-nums">
          {groupDigits(rows.length)} of {groupDigits(rows.length)} rows
        </p>
      </div>
      <div className="max-h-[85svh] overflow-auto rounded-lg border border-line" role="region" aria-label={`${info.title}, scrollable table`} tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{info.title}</caption>
          <thead className="bg-sunken">
            <tr>
              {info.columns.map((spec, index) => (
                <th key={spec.id} scope="col" className={headerClass(index === 0, spec.kind === "usd" || spec.kind === "number", true)}>
                  <span className={`inline-flex min-h-11 items-center gap-1 px-2 py-1 ${spec.kind === "usd" || spec.kind === "number" ? "flex-row-reverse" : ""}`}>
                    <span>{spec.label}</span>
                    <span aria-hidden="true" className="text-muted print:hidden">
                      ↕
                    </span>
                  </span>
                </th>
              ))}
              <th scope="col" className={headerClass(false, false, false)}>
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {drawn.length < rows.length ? (
              <tr className="border-t border-line">
                <td colSpan={info.columns.length + 1} className="px-3 py-8">
                  <p className="sticky left-3 w-fit">
                    <span className="nojs-hide">Loading {groupDigits(rows.length)} rows…</span>
                    <span hidden className="nojs-show">
                      {groupDigits(rows.length)} rows: {pageHref ? <a className="text-accent underline" href={pageHref}>read them on this table&apos;s page</a> : null}
                      {pageHref ? " or " : null}
                      <a className="text-accent underline" href={csv}>
                        download them as CSV
                      </a>
                      .
                    </span>
                  </p>
                </td>
              </tr>
            ) : null}
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
