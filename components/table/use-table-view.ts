"use client";

import { useMemo } from "react";
import { createParser, debounce, throttle, useQueryStates, type SingleParserBuilder } from "nuqs";
import { notifyUrlChange } from "@/components/ui/url-change";
import type { ColumnSpec } from "@/lib/table-columns";
import { filterTypeOf, type ColumnFilter } from "@/lib/table-filters";
import { fitFilters, hideableIds, type TableView } from "@/lib/table-view";
import {
  paramKey,
  parseColumnFilter,
  parseHidden,
  parseSearch,
  parseSort,
  serializeColumnFilter,
  serializeList,
  serializeSort,
  type SortKey,
} from "@/lib/view-params";

export interface ViewActions {
  setQuery: (q: string) => void;
  setSort: (sort: SortKey[]) => void;
  setHidden: (hidden: string[]) => void;
  setFilter: (columnId: string, filter: ColumnFilter | null) => void;
  clearFilters: () => void;
}

/** nuqs parsers around the pure ones in lib/view-params, built once per table. */
function viewParsers<Row>(prefix: string, specs: ColumnSpec<Row>[]) {
  const core = {
    // Typing replaces the history entry and the URL settles after a pause, not on every key.
    q: createParser({ parse: parseSearch, serialize: (q: string) => q }).withOptions({ limitUrlUpdates: debounce(300) }),
    sort: createParser({ parse: (value) => parseSort(value, specs.map((spec) => spec.id)), serialize: serializeSort }),
    hide: createParser({ parse: (value) => parseHidden(value, hideableIds(specs)), serialize: serializeList }),
  };
  const filters: Record<string, SingleParserBuilder<ColumnFilter>> = {};
  for (const spec of specs) {
    const type = filterTypeOf(spec);
    if (type) filters[spec.id] = createParser({ parse: (value) => parseColumnFilter(type, value), serialize: serializeColumnFilter });
  }
  const keys = (names: string[]) => Object.fromEntries(names.map((name) => [name, paramKey(prefix, name)]));
  return { core, coreKeys: keys(Object.keys(core)), filters, filterKeys: keys(Object.keys(filters)) };
}

/**
 * A table's view, read from and written to the URL. Updates replace the history entry and stay
 * in the browser (shallow): the page is static and has nothing to ask the server.
 */
export function useTableView<Row>(prefix: string, specs: ColumnSpec<Row>[], rows: Row[]): [TableView, ViewActions] {
  const parsers = useMemo(() => viewParsers(prefix, specs), [prefix, specs]);
  const options = { history: "replace", shallow: true } as const;
  const [core, setCore] = useQueryStates(parsers.core, { ...options, urlKeys: parsers.coreKeys });
  const [filters, setFilters] = useQueryStates(parsers.filters, { ...options, urlKeys: parsers.filterKeys });

  const view = useMemo<TableView>(
    () => ({ q: core.q ?? "", sort: core.sort ?? [], hidden: core.hide ?? [], columns: fitFilters(specs, rows, filters) }),
    [core, filters, specs, rows],
  );

  const actions = useMemo<ViewActions>(
    () => ({
      // Each resolves once the address is written; then whatever shows the address updates.
      setQuery: (q) => void setCore({ q: q === "" ? null : q }).then(notifyUrlChange),
      setSort: (sort) => void setCore({ sort: sort.length > 0 ? sort : null }).then(notifyUrlChange),
      setHidden: (hidden) => void setCore({ hide: hidden.length > 0 ? hidden : null }).then(notifyUrlChange),
      setFilter: (columnId, filter) => void setFilters({ [columnId]: filter }).then(notifyUrlChange),
      clearFilters: () => {
        // Search and column filters go; the sort and the column choice stay. Throttling (not the
        // search's debounce) writes the URL at once and cancels a pending search update.
        void Promise.all([setCore({ q: null }, { limitUrlUpdates: throttle(50) }), setFilters(null)]).then(notifyUrlChange);
      },
    }),
    [setCore, setFilters],
  );
  return [view, actions];
}

