"use client";

import { useMemo } from "react";
import { setUrlParams, useUrlSearch } from "@/components/ui/url-state";
import type { ColumnSpec } from "@/lib/table-columns";
import { filterTypeOf, type ColumnFilter } from "@/lib/table-filters";
import { viewFromParams, type TableView } from "@/lib/table-view";
import { paramKey, serializeColumnFilter, serializeList, serializeSort, type SortKey } from "@/lib/view-params";

export interface ViewActions {
  setQuery: (q: string) => void;
  setSort: (sort: SortKey[]) => void;
  setHidden: (hidden: string[]) => void;
  setFilter: (columnId: string, filter: ColumnFilter | null) => void;
  clearFilters: () => void;
}

/** Typing settles in the address after a pause, not on every key. */
const SEARCH_DELAY_MS = 300;

/**
 * A table's view, read from and written to the URL (lib/table-view reads it, as the tests and
 * the downloads do). Updates replace the history entry and stay in the browser: the page is
 * static and has nothing to ask the server.
 */
export function useTableView<Row>(prefix: string, specs: ColumnSpec<Row>[], rows: Row[]): [TableView, ViewActions] {
  const search = useUrlSearch();
  // Only this table's parameters: another table's search leaves this view (and its sort) as it is.
  const own = useMemo(() => [...new URLSearchParams(search)].filter(([key]) => key.startsWith(`${prefix}.`)).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&"), [search, prefix]);
  const view = useMemo(() => viewFromParams(prefix, specs, rows, new URLSearchParams(own)), [prefix, specs, rows, own]);

  const actions = useMemo<ViewActions>(() => {
    const key = (name: string) => paramKey(prefix, name);
    const filterKeys = specs.filter((spec) => filterTypeOf(spec) !== null).map((spec) => key(spec.id));
    return {
      setQuery: (q) => void setUrlParams({ [key("q")]: q === "" ? null : q }, SEARCH_DELAY_MS),
      setSort: (sort) => void setUrlParams({ [key("sort")]: sort.length > 0 ? serializeSort(sort) : null }),
      setHidden: (hidden) => void setUrlParams({ [key("hide")]: hidden.length > 0 ? serializeList(hidden) : null }),
      setFilter: (columnId, filter) => void setUrlParams({ [key(columnId)]: filter && serializeColumnFilter(filter) }),
      // Search and column filters go; the sort and the column choice stay. At once, which also
      // writes a search still waiting for its pause.
      clearFilters: () => void setUrlParams(Object.fromEntries([key("q"), ...filterKeys].map((name) => [name, null]))),
    };
  }, [prefix, specs]);
  return [view, actions];
}
