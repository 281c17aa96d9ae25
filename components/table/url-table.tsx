"use client";

import { Suspense } from "react";
import type { WithSources } from "@/lib/sources";
import { DEFAULT_VIEW } from "@/lib/table-view";
import { DataTable, type DataTableProps } from "./data-table";
import { INERT_ACTIONS, useTableView } from "./use-table-view";

/**
 * A table whose view lives in the URL. The page is prerendered, where there is no URL to read:
 * the server renders the default view as the fallback, and the browser swaps in the table
 * bound to the address as soon as it runs, so the HTML holds a complete table either way.
 */
export function UrlTable<Row extends WithSources<{ id: string }>>(props: DataTableProps<Row>) {
  return (
    <Suspense fallback={<DataTable {...props} view={DEFAULT_VIEW} actions={INERT_ACTIONS} />}>
      <UrlBoundTable {...props} />
    </Suspense>
  );
}

function UrlBoundTable<Row extends WithSources<{ id: string }>>(props: DataTableProps<Row>) {
  const [view, actions] = useTableView(props.info.key, props.info.columns, props.rows);
  return <DataTable {...props} view={view} actions={actions} />;
}
