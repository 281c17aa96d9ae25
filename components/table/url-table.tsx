"use client";

import type { WithSources } from "@/lib/sources";
import { DataTable, type DataTableProps } from "./data-table";
import { useTableView } from "./use-table-view";

/**
 * A table whose view lives in the URL (components/ui/url-state.ts): the live table replaces
 * the server's static one, and reads the address's view as it comes.
 */
export function UrlTable<Row extends WithSources<{ id: string }>>(props: DataTableProps<Row>) {
  const [view, actions] = useTableView(props.info.key, props.info.columns, props.rows);
  return <DataTable {...props} view={view} actions={actions} />;
}
