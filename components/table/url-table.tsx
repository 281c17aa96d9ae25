"use client";

import type { WithSources } from "@/lib/sources";
import { DataTable, type DataTableProps } from "./data-table";
import { useTableView } from "./use-table-view";

/**
 * A table whose view lives in the URL. The page is prerendered, where there is no URL to
 * read: the URL adapter (nuqs for plain React, see app/layout.tsx) reads the address through
 * useSyncExternalStore, so the prerender and the hydration both see the default view and the
 * browser re-renders with the address's view right after. The HTML holds the complete
 * default table, once, and works without JavaScript.
 */
export function UrlTable<Row extends WithSources<{ id: string }>>(props: DataTableProps<Row>) {
  const [view, actions] = useTableView(props.info.key, props.info.columns, props.rows);
  return <DataTable {...props} view={view} actions={actions} />;
}
