import type { CsvValue } from "./csv";
import { formatPartialDate, formatUsdFull } from "./format";
import type { ColumnKind, ColumnSpec } from "./table-columns";

/**
 * A chart's numbers as a table: the same column specs the page's tables use, reduced to what
 * crosses into the browser (no functions), with each row's values in column order. "Show as
 * table", the chart's CSV and the screen-reader table all read this one shape.
 */

/** A column spec's plain part: its words, its kind and its unit decide how a cell reads. */
export interface ChartColumn {
  id: string;
  label: string;
  csvHeader: string;
  description: string;
  kind: ColumnKind;
  unit?: string;
  /** How an empty value reads where "undisclosed" or "n/a" would mislead ("none yet"). */
  unknown?: string;
}

export interface ChartTable {
  columns: ChartColumn[];
  rows: CsvValue[][];
}

/** A chart's table from its column specs and its rows. */
export function chartTable<Row>(columns: ColumnSpec<Row>[], rows: Row[]): ChartTable {
  return {
    columns: columns.map(({ id, label, csvHeader, description, kind, unit, unknown }) => ({
      id,
      label,
      csvHeader,
      description,
      kind,
      ...(unit === undefined ? {} : { unit }),
      ...(unknown === undefined ? {} : { unknown }),
    })),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}

/** The chart's CSV: the columns' CSV headers over the raw values. */
export function chartCsv(table: ChartTable): { header: string[]; rows: CsvValue[][] } {
  return { header: table.columns.map((column) => column.csvHeader), rows: table.rows };
}

/** The percent unit: a share reads "29%". */
export const PERCENT = "%";

/** How a chart table's cell reads: by the column's kind and unit, never by guessing from its name. */
export function chartCellText(column: ChartColumn, value: CsvValue): string {
  if (value === null) return column.unknown ?? (column.kind === "usd" ? "undisclosed" : "n/a");
  if (typeof value === "number") {
    if (column.kind === "usd") return formatUsdFull(value);
    return column.unit === PERCENT ? `${value}%` : String(value);
  }
  return column.kind === "date" ? formatPartialDate(value) : value;
}
