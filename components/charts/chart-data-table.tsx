import { chartCellText, type ChartTable } from "@/lib/chart-table";

/** A chart's numbers as a plain table: what "show as table" reveals and what screen readers can read. */
export function ChartDataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={`${caption}, data table`} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sunken">
          <tr>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" title={column.description} className="px-3 py-2 font-semibold whitespace-nowrap">
                {column.label}
                {column.kind === "usd" ? " (USD)" : column.unit === "%" ? " (%)" : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index} className="border-t border-line align-top">
              {row.map((value, column) => (
                <td key={column} className={`px-3 py-2 ${typeof value === "number" ? "text-right tabular-nums whitespace-nowrap" : ""}`}>
                  {chartCellText(table.columns[column], value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
