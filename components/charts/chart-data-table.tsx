import type { CsvValue } from "@/lib/csv";
import { formatPartialDate, formatUsdFull } from "@/lib/format";

/** "amount_usd" -> "Amount (USD)", "AWS share_pct" -> "AWS share (%)" */
function headerLabel(header: string): string {
  const unit = header.endsWith("_usd") ? " (USD)" : header.endsWith("_pct") ? " (%)" : "";
  const base = header.replace(/_(usd|pct)$/, "").replace(/_/g, " ");
  return `${base.charAt(0).toUpperCase()}${base.slice(1)}${unit}`;
}

function cellText(header: string, value: CsvValue, nullLabel?: string): string {
  if (value === null) return nullLabel ?? (header.endsWith("_usd") ? "undisclosed" : "n/a");
  if (typeof value === "number") return header.endsWith("_usd") ? formatUsdFull(value) : header.endsWith("_pct") ? `${value}%` : String(value);
  return /^(date|since)$/.test(header) ? formatPartialDate(value) : value;
}

/** A chart's numbers as a plain table: what "show as table" reveals and what screen readers can read. */
export function ChartDataTable({ caption, header, rows, nullLabel }: { caption: string; header: string[]; rows: CsvValue[][]; nullLabel?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={`${caption}, data table`} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sunken">
          <tr>
            {header.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {headerLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="border-t border-line align-top">
              {row.map((value, column) => (
                <td key={column} className={`px-3 py-2 ${typeof value === "number" ? "text-right tabular-nums whitespace-nowrap" : ""}`}>
                  {cellText(header[column], value, nullLabel)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
