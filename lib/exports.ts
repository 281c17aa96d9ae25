import "server-only";
import { csvFileName, toCsv, type CsvValue } from "./csv";
import { findLab } from "./labs";
import { loadDataset, loadLabDataset } from "./load-data";
import { tableCsvRows } from "./table-columns";
import { TABLES, tableRows, type TableId, type TableInfo, type TableRows } from "./tables";

/**
 * A lab's table in full as CSV (the home page's lab unless another is named), in the data's
 * own order with every column: what `/api/<slug>.csv` serves.
 */
export function tableCsv<Id extends TableId>(id: Id, labId?: string): { lab: string; asOf: string; header: string[]; rows: CsvValue[][] } {
  const data = loadLabDataset(labId);
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  const all = loadDataset();
  const rows: TableRows[Id][number][] = tableRows(data, all, findLab(all.labs, labId).path === "/")[id];
  return { lab: data.labs[0].id, asOf: data.meta.asOf, ...tableCsvRows(info.columns, rows) };
}

export function csvResponse(id: TableId, labId?: string): Response {
  const { lab, asOf, header, rows } = tableCsv(id, labId);
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(lab, TABLES[id].slug, asOf)}"`,
    },
  });
}
