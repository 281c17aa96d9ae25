import { startDay } from "./partial-date";
import { slugify } from "./slug";
import { compareConfidence, compareText } from "./sort";
import type { WithSources } from "./sources";
import type { ColumnSpec } from "./table-columns";
import { cachedSearchText, matchesSearch, searchWords } from "./table-search";

/**
 * Row filters for the tables: a search over all of a row's text, and one filter per column
 * that fits its data. Pure, so the page, the exports and the tests all filter the same way.
 * Every filter is inclusive, and an unknown value (null) never matches an active filter.
 */

export type ColumnFilter =
  | { type: "choice"; values: string[] }
  | { type: "range"; min: number | null; max: number | null }
  | { type: "dates"; from: string | null; to: string | null };

export type FilterType = ColumnFilter["type"];

export interface TableFilters {
  q: string;
  columns: Record<string, ColumnFilter>;
}

export const NO_FILTERS: TableFilters = { q: "", columns: {} };

/** Amounts filter by range, dates by from/to, text with few distinct values by choosing among them. */
export function filterTypeOf(spec: Pick<ColumnSpec<never>, "kind" | "choice">): FilterType | null {
  if (spec.kind === "usd" || spec.kind === "number") return "range";
  if (spec.kind === "date") return "dates";
  if (spec.choice || spec.kind === "confidence") return "choice";
  return null;
}

/** Range bounds are typed, and kept in the URL, in billions for USD: "10" is $10B. */
export function rangeScale(spec: Pick<ColumnSpec<never>, "kind">): number {
  return spec.kind === "usd" ? 1e9 : 1;
}

export interface ChoiceOption {
  key: string;
  label: string;
  /** Rows with this value among those the other filters leave. */
  count: number;
}

/**
 * The values a column can be filtered to: every known value in the data (so a choice never
 * vanishes while another filter hides its rows), counted over the rows the other filters leave.
 */
export function choiceOptions<Row>(spec: ColumnSpec<Row>, allRows: Row[], countedRows: Row[]): ChoiceOption[] {
  const options = new Map<string, ChoiceOption & { value: string }>();
  for (const row of allRows) {
    const value = spec.value(row);
    if (value === null) continue;
    const key = slugify(String(value));
    if (!options.has(key)) options.set(key, { key, value: String(value), label: spec.display?.(String(value)) ?? String(value), count: 0 });
  }
  for (const row of countedRows) {
    const value = spec.value(row);
    const option = value === null ? undefined : options.get(slugify(String(value)));
    if (option) option.count += 1;
  }
  const byOrder = spec.kind === "confidence" ? compareConfidence : compareText;
  return [...options.values()]
    .sort((a, b) => byOrder(spec.kind === "confidence" ? a.value : a.label, spec.kind === "confidence" ? b.value : b.label))
    .map(({ key, label, count }) => ({ key, label, count }));
}

/** Whether a row's value passes a column filter. */
export function matchesFilter<Row>(spec: ColumnSpec<Row>, row: Row, filter: ColumnFilter): boolean {
  const value = spec.value(row);
  if (value === null) return false;
  switch (filter.type) {
    case "choice":
      return filter.values.includes(slugify(String(value)));
    case "range": {
      if (typeof value !== "number") return false;
      // Whole units after scaling, so "11.6" billion is exactly 11,600,000,000 dollars.
      const scale = rangeScale(spec);
      if (filter.min !== null && value < Math.round(filter.min * scale)) return false;
      return filter.max === null || value <= Math.round(filter.max * scale);
    }
    case "dates": {
      const start = startDay(String(value));
      if (filter.from !== null && start < filter.from) return false;
      return filter.to === null || start <= filter.to;
    }
  }
}

/** The rows that pass the search and every column filter; `except` leaves one column's filter out (for its counts). */
export function filterRows<Row extends WithSources<object>>(rows: Row[], specs: ColumnSpec<Row>[], filters: TableFilters, except?: string): Row[] {
  const active = specs.flatMap((spec) => {
    const filter = spec.id === except ? undefined : filters.columns[spec.id];
    return filter ? [{ spec, filter }] : [];
  });
  const words = searchWords(filters.q);
  if (words.length === 0 && active.length === 0) return rows;
  return rows.filter(
    (row) => (words.length === 0 || matchesSearch(cachedSearchText(specs, row), words)) && active.every(({ spec, filter }) => matchesFilter(spec, row, filter)),
  );
}

export function hasActiveFilters(filters: TableFilters): boolean {
  return filters.q.trim() !== "" || Object.keys(filters.columns).length > 0;
}
