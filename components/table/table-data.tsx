"use client";

import { createContext, use, useCallback, useState, type ReactNode } from "react";
import type { DatasetMeta } from "@/lib/export-bundle";
import { readable, settled } from "@/lib/readable-promise";
import { fromTableFile } from "@/lib/table-files";
import { TABLE_IDS, type TableId, type TableRows } from "@/lib/tables";

interface TableData {
  meta: DatasetMeta;
  /** A table's rows; the same promise on every call, so React's `use` reads it once. */
  rowsOf: <Id extends TableId>(id: Id) => Promise<TableRows[Id]>;
}

const TableDataContext = createContext<TableData | null>(null);

/**
 * Loads each table at most once, on first ask; once its rows are here, `use` reads them in the
 * same render (a table fetched ahead, when the page was idle, draws at once when printed).
 */
function memoised(load: (id: TableId) => Promise<TableRows[TableId]>): TableData["rowsOf"] {
  const cache = new Map<TableId, Promise<TableRows[TableId]>>();
  return <Id extends TableId>(id: Id) => {
    if (!cache.has(id)) cache.set(id, readable(load(id)));
    return cache.get(id) as Promise<TableRows[Id]>;
  };
}

/** Rows held in memory (parsed in the browser, say): every table and export reads them as they are. */
export function TableDataProvider({ meta, tables, children }: { meta: DatasetMeta; tables: TableRows; children: ReactNode }) {
  const [rowsOf] = useState(() => memoised((id) => settled(tables[id])));
  return <TableDataContext value={{ meta, rowsOf }}>{children}</TableDataContext>;
}

/**
 * Rows fetched from the site's static table files (`files`: the address of each table the page has), each on
 * the first ask: by its live table, or by the "every table" downloads. None is in the page.
 */
export function FetchedTableDataProvider({ meta, files, children }: { meta: DatasetMeta; files: Partial<Record<TableId, string>>; children: ReactNode }) {
  const [rowsOf] = useState(() =>
    memoised(async (id) => {
      const file = files[id];
      // A table the page does not have (another lab's page has no tables across labs) has no rows.
      if (file === undefined) return [];
      const response = await fetch(file);
      if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
      return fromTableFile(await response.json(), file) as TableRows[TableId];
    }),
  );
  return <TableDataContext value={{ meta, rowsOf }}>{children}</TableDataContext>;
}

function useTableData(): TableData {
  const data = use(TableDataContext);
  if (!data) throw new Error("useTableData: no TableDataProvider above this component");
  return data;
}

export function useTableMeta(): DatasetMeta {
  return useTableData().meta;
}

/** Starts loading a table's rows (if not yet loaded), without waiting for them. */
export function usePrefetchRows(): (id: TableId) => void {
  const { rowsOf } = useTableData();
  return useCallback(
    (id: TableId) => {
      rowsOf(id).catch(() => {}); // a failure shows when the table reads its rows
    },
    [rowsOf],
  );
}

/** One table's rows; suspends until they are here. */
export function useTableRows<Id extends TableId>(id: Id): TableRows[Id] {
  return use(useTableData().rowsOf(id));
}

/** Every table's rows, for the downloads that hold them all: loads those not yet loaded. */
export function useAllTableRows(): () => Promise<TableRows> {
  const { rowsOf } = useTableData();
  return async () => Object.fromEntries(await Promise.all(TABLE_IDS.map(async (id) => [id, await rowsOf(id)]))) as unknown as TableRows;
}
