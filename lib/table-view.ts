import { formatUsd } from "./format";
import type { WithSources } from "./sources";
import type { ColumnSpec } from "./table-columns";
import { choiceOptions, filterTypeOf, type ColumnFilter, type TableFilters } from "./table-filters";
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
} from "./view-params";

/** What a person has done to a table: filtered it, sorted it, hidden columns. All of it lives in the URL. */
export interface TableView extends TableFilters {
  sort: SortKey[];
  hidden: string[];
}

export const DEFAULT_VIEW: TableView = { q: "", columns: {}, sort: [], hidden: [] };

/** The id of the sources column, which every table has after its data columns. */
export const SOURCES_COLUMN = "sources";

export function hideableIds(specs: { id: string }[]): string[] {
  return [...specs.map((spec) => spec.id), SOURCES_COLUMN];
}

/**
 * Column filters as the URL gave them, cut down to what fits the data: a filter on a column
 * that takes none, or of the wrong type, is dropped, and so are chosen values no row has.
 */
export function fitFilters<Row>(specs: ColumnSpec<Row>[], rows: Row[], filters: Record<string, ColumnFilter | null>): Record<string, ColumnFilter> {
  const fitted: Record<string, ColumnFilter> = {};
  for (const spec of specs) {
    const filter = filters[spec.id];
    if (!filter || filter.type !== filterTypeOf(spec)) continue;
    if (filter.type === "choice") {
      const known = new Set(choiceOptions(spec, rows, []).map((option) => option.key));
      const values = filter.values.filter((value) => known.has(value));
      if (values.length > 0) fitted[spec.id] = { type: "choice", values };
    } else fitted[spec.id] = filter;
  }
  return fitted;
}

/** A table's view from URL parameters, exactly as the page reads it (the first of repeated keys wins). */
export function viewFromParams<Row>(prefix: string, specs: ColumnSpec<Row>[], rows: Row[], params: URLSearchParams): TableView {
  const read = (key: string) => params.get(paramKey(prefix, key));
  const [q, sort, hide] = [read("q"), read("sort"), read("hide")];
  const filters: Record<string, ColumnFilter | null> = {};
  for (const spec of specs) {
    const type = filterTypeOf(spec);
    const value = read(spec.id);
    if (type && value !== null) filters[spec.id] = parseColumnFilter(type, value);
  }
  return {
    q: (q !== null && parseSearch(q)) || "",
    sort: (sort !== null && parseSort(sort, specs.map((spec) => spec.id))) || [],
    hidden: (hide !== null && parseHidden(hide, hideableIds(specs))) || [],
    columns: fitFilters(specs, rows, filters),
  };
}

/** The URL parameters for a view; the default parts are left out, so a plain table adds nothing. */
export function viewToParams(prefix: string, view: TableView): [string, string][] {
  const params: [string, string][] = [];
  if (view.q.trim() !== "") params.push([paramKey(prefix, "q"), view.q]);
  for (const [id, filter] of Object.entries(view.columns)) params.push([paramKey(prefix, id), serializeColumnFilter(filter)]);
  if (view.sort.length > 0) params.push([paramKey(prefix, "sort"), serializeSort(view.sort)]);
  if (view.hidden.length > 0) params.push([paramKey(prefix, "hide"), serializeList(view.hidden)]);
  return params;
}

/**
 * The page's address with this table's view in it: the table's old parameters replaced, every
 * other parameter (other tables, the charts) kept as it is.
 */
export function withViewParams(href: string, prefix: string, view: TableView): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${prefix}.`)) url.searchParams.delete(key);
  for (const [key, value] of viewToParams(prefix, view)) url.searchParams.append(key, value);
  url.hash = "";
  return url.toString();
}

/** "Amount: $10B to $40B", "Category: Stake, Legal", "Search: azure": for people and for the downloads' metadata. */
export function describeFilters<Row extends WithSources<object>>(specs: ColumnSpec<Row>[], rows: Row[], filters: TableFilters): string[] {
  const lines = filters.q.trim() === "" ? [] : [`Search: ${filters.q.trim()}`];
  for (const spec of specs) {
    const filter = filters.columns[spec.id];
    if (!filter) continue;
    if (filter.type === "choice") {
      const labels = new Map(choiceOptions(spec, rows, []).map((option) => [option.key, option.label]));
      lines.push(`${spec.label}: ${filter.values.map((value) => labels.get(value) ?? value).join(", ")}`);
    } else if (filter.type === "range") {
      const show = (bound: number) => (spec.kind === "usd" ? formatUsd(bound * 1e9) : `${bound}${spec.unit ? ` ${spec.unit}` : ""}`);
      lines.push(`${spec.label}: ${bounds(filter.min === null ? null : show(filter.min), filter.max === null ? null : show(filter.max), ["at least", "at most"])}`);
    } else {
      lines.push(`${spec.label}: ${bounds(filter.from, filter.to, ["from", "up to"])}`);
    }
  }
  return lines;
}

function bounds(low: string | null, high: string | null, [atLeast, atMost]: [string, string]): string {
  if (low !== null && high !== null) return `${low} to ${high}`;
  return low !== null ? `${atLeast} ${low}` : `${atMost} ${high}`;
}

/** "Amount, descending" for each sort key, primary first. */
export function describeSort(sort: SortKey[], labelOf: (id: string) => string): string[] {
  return sort.map((key) => `${labelOf(key.id)}, ${key.desc ? "descending" : "ascending"}`);
}

/** What the table's live region says: "Sorted by Amount, ascending. 5 of 9 rows." */
export function viewAnnouncement(sortDescription: string[], shown: number, total: number): string {
  const sorted = sortDescription.length > 0 ? `Sorted by ${sortDescription.join(", then ")}. ` : "";
  const count = shown === 0 ? "No rows match these filters." : `${shown} of ${total} rows.`;
  return `${sorted}${count}`;
}
