import "server-only";
import { csvFileName, toCsv, type CsvValue } from "./csv";
import { loadDataset } from "./load-data";
import { tableCsvRows } from "./table-columns";
import { TABLES, tableRows, type TableId, type TableInfo, type TableRows } from "./tables";

/** A table in full as CSV, in the data's own order with every column: what `/api/<slug>.csv` serves. */
export function tableCsv<Id extends TableId>(id: Id): { asOf: string; header: string[]; rows: CsvValue[][] } {
  const data = loadDataset();
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  const rows: TableRows[Id][number][] = tableRows(data)[id];
  return { asOf: data.meta.asOf, ...tableCsvRows(info.columns, rows) };
}

export function csvResponse(id: TableId): Response {
  const { asOf, header, rows } = tableCsv(id);
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(TABLES[id].slug, asOf)}"`,
    },
  });
}
