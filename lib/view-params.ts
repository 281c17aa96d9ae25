import type { ColumnFilter, FilterType } from "./table-filters";

/**
 * A table's view (search, column filters, sort, hidden columns) as URL parameters, each key
 * prefixed with the table's short id: `terms.q=azure&terms.category=stake,legal&terms.sort=date.desc`.
 *
 * Every parser returns null for anything it cannot read exactly (garbage, unknown ids, reversed
 * or empty ranges, oversized values), and null means "this part of the view is the default".
 * A shared link that no longer fits the page therefore falls back to the plain table, never
 * to an error.
 */

/** Longer values are ignored outright: no real view needs them, and parsing them costs time. */
export const [MAX_PARAM_LENGTH, MAX_SEARCH_LENGTH] = [1000, 200];

/** Parameter names a table uses besides its column ids; no column may take one of these ids. */
export const RESERVED_KEYS = ["q", "sort", "hide"] as const;

/** The shape TanStack Table's sorting state takes. */
export type SortKey = { id: string; desc: boolean };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AMOUNT = String.raw`\d{1,9}(?:\.\d{1,9})?`;
const RANGE = new RegExp(`^(${AMOUNT})?-(${AMOUNT})?$`);
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const DATE_RANGE = new RegExp(`^(${DAY})?\\.\\.(${DAY})?$`);

export function paramKey(prefix: string, key: string): string {
  return `${prefix}.${key}`;
}

/** Comma-separated, each item once, all known; null when the list is empty or unreadable. */
function parseList(value: string, isKnown: (item: string) => boolean): string[] | null {
  if (value.length > MAX_PARAM_LENGTH) return null;
  const items = value.split(",").filter((item) => isKnown(item));
  const unique = [...new Set(items)];
  return unique.length > 0 ? unique : null;
}

/** `date.desc,party.asc`: known sortable columns, `asc` or `desc`, each column once (the first wins). */
export function parseSort(value: string, sortable: readonly string[]): SortKey[] | null {
  if (value.length > MAX_PARAM_LENGTH) return null;
  const sort: SortKey[] = [];
  for (const item of value.split(",")) {
    const dot = item.lastIndexOf(".");
    const id = item.slice(0, dot);
    const direction = item.slice(dot + 1);
    if (dot < 1 || !sortable.includes(id) || (direction !== "asc" && direction !== "desc")) continue;
    if (!sort.some((key) => key.id === id)) sort.push({ id, desc: direction === "desc" });
  }
  return sort.length > 0 ? sort : null;
}

export function serializeSort(sort: SortKey[]): string {
  return sort.map((key) => `${key.id}.${key.desc ? "desc" : "asc"}`).join(",");
}

/** Free text, without control characters; blank or overlong text is no search at all. */
export function parseSearch(value: string): string | null {
  if (value.length > MAX_SEARCH_LENGTH) return null;
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "");
  return clean.trim() === "" ? null : clean;
}

/** Hidden columns: known ids only, and never every column, so the table always shows something. */
export function parseHidden(value: string, hideable: readonly string[]): string[] | null {
  const hidden = parseList(value, (id) => hideable.includes(id));
  return hidden && hidden.length < hideable.length ? hidden : null;
}

export function serializeList(items: string[]): string {
  return items.join(",");
}

/** Chosen values, as slugs (`stake,ip-rights`); whether each exists is checked against the data later. */
export function parseChoice(value: string): string[] | null {
  return parseList(value, (item) => SLUG.test(item));
}

/** `10-40`, `10-` or `-40`: inclusive bounds, non-negative, low to high. */
export function parseRange(value: string): { min: number | null; max: number | null } | null {
  const match = RANGE.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const min = match[1] === undefined ? null : Number(match[1]);
  const max = match[2] === undefined ? null : Number(match[2]);
  if (min !== null && max !== null && min > max) return null;
  return { min, max };
}

/** Plain decimals, never `1e-7`, so that what is written reads back. */
function formatBound(bound: number | null): string {
  return bound === null ? "" : bound.toFixed(9).replace(/\.?0+$/, "");
}

export function serializeRange(range: { min: number | null; max: number | null }): string {
  return `${formatBound(range.min)}-${formatBound(range.max)}`;
}

/** A real calendar day as YYYY-MM-DD: 2025-02-30 is not one. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `2025-01-01..2026-12-31`, `2025-01-01..` or `..2026-12-31`: inclusive, in order. */
export function parseDateRange(value: string): { from: string | null; to: string | null } | null {
  const match = DATE_RANGE.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const from = match[1] ?? null;
  const to = match[2] ?? null;
  if ((from !== null && !isIsoDay(from)) || (to !== null && !isIsoDay(to))) return null;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

export function serializeDateRange(range: { from: string | null; to: string | null }): string {
  return `${range.from ?? ""}..${range.to ?? ""}`;
}

/** A column filter of the type the column takes; anything else is no filter. */
export function parseColumnFilter(type: FilterType, value: string): ColumnFilter | null {
  switch (type) {
    case "choice": {
      const values = parseChoice(value);
      return values && { type, values };
    }
    case "range": {
      const range = parseRange(value);
      return range && { type, ...range };
    }
    case "dates": {
      const range = parseDateRange(value);
      return range && { type, ...range };
    }
  }
}

export function serializeColumnFilter(filter: ColumnFilter): string {
  switch (filter.type) {
    case "choice":
      return serializeList(filter.values);
    case "range":
      return serializeRange(filter);
    case "dates":
      return serializeDateRange(filter);
  }
}
