"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { TABLE_IDS, TABLES, type TableId, type TableInfo, type TableRows } from "@/lib/tables";
import { TABLE_CELLS } from "./table-cells";
import { toColumnDefs, type Features } from "./table-features";
import { useTableRows } from "./table-data";
import { UrlTable } from "./url-table";

type Defs = { [Id in TableId]: ColumnDef<Features, TableRows[Id][number], unknown>[] };

// Columns are built once, at module scope: new column objects each render rebuild the table.
const COLUMN_DEFS = Object.fromEntries(TABLE_IDS.map((id) => [id, toColumnDefs(TABLES[id].columns as never, TABLE_CELLS[id] as never)])) as unknown as Defs;

/** A table of the registry, with its rows from the table data above it (fetched once, or held in memory). */
export function RegistryTable<Id extends TableId>({ id }: { id: Id }) {
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  const rows: TableRows[Id][number][] = useTableRows(id);
  return <UrlTable info={info} rows={rows} columns={COLUMN_DEFS[id]} />;
}
