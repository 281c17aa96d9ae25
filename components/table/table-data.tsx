"use client";

import { createContext, use, type ReactNode } from "react";
import type { DatasetMeta } from "@/lib/export-bundle";
import type { TableRows } from "@/lib/tables";

interface TableData {
  meta: DatasetMeta;
  tables: TableRows;
}

const TableDataContext = createContext<TableData | null>(null);

/**
 * The four tables' rows, handed to the browser once: each table reads its own rows here, and
 * the "everything" download reads all of them, so no row crosses into the page twice.
 */
export function TableDataProvider({ meta, tables, children }: TableData & { children: ReactNode }) {
  return <TableDataContext value={{ meta, tables }}>{children}</TableDataContext>;
}

export function useTableData(): TableData {
  const data = use(TableDataContext);
  if (!data) throw new Error("useTableData: no TableDataProvider above this component");
  return data;
}
