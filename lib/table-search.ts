import { formatPartialDate, formatUsd } from "./format";
import type { WithSources } from "./sources";
import type { ColumnSpec } from "./table-columns";

/** The tables' search box: every word must appear somewhere in what the row shows. */

/** Lower case without accents, so "Zurich" finds "Zürich". */
export function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Every text the row shows: values as stored and as displayed, notes, and its sources' names. */
export function rowSearchText<Row extends WithSources<object>>(specs: ColumnSpec<Row>[], row: Row): string {
  const parts: string[] = [];
  for (const spec of specs) {
    const value = spec.value(row);
    if (value !== null) {
      parts.push(String(value));
      if (typeof value === "string" && spec.display) parts.push(spec.display(value));
      if (spec.kind === "usd" && typeof value === "number") parts.push(formatUsd(value));
      if (spec.kind === "date" && typeof value === "string") parts.push(formatPartialDate(value));
    }
    const note = spec.note?.(row);
    if (note) parts.push(note);
  }
  for (const source of row.sources) parts.push(source.publisher, source.title ?? "");
  return normalizeText(parts.join("\n"));
}

/** The query's words, normalised as the rows' text is. */
export function searchWords(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

/** Every word of the query must appear somewhere in the row, in any column, in any order. */
export function matchesSearch(rowText: string, query: string | string[]): boolean {
  const words = typeof query === "string" ? searchWords(query) : query;
  return words.every((word) => rowText.includes(word));
}

// Each row's text, worked out once per row and set of columns: a search over 100,000 rows
// then costs a substring test per row and key, not a rebuild and normalisation of every row.
const texts = new WeakMap<object, WeakMap<object, string>>();

/** `rowSearchText`, remembered for as long as the row (and its columns) live. */
export function cachedSearchText<Row extends WithSources<object>>(specs: ColumnSpec<Row>[], row: Row): string {
  let bySpecs = texts.get(specs);
  if (!bySpecs) texts.set(specs, (bySpecs = new WeakMap()));
  let text = bySpecs.get(row);
  if (text === undefined) bySpecs.set(row, (text = rowSearchText(specs, row)));
  return text;
}

/**
 * Works out and remembers the search text of `rows` from `from` on, until `stop()` says to
 * stop (asked every 500 rows) or every row is done; returns the index it stopped at. A big
 * table warms its rows this way in the browser's idle time, so that the first keystroke of a
 * search costs substring tests only.
 */
export function warmSearchTexts<Row extends WithSources<object>>(specs: ColumnSpec<Row>[], rows: readonly Row[], from: number, stop: () => boolean): number {
  let index = from;
  while (index < rows.length) {
    const end = Math.min(rows.length, index + 500);
    for (; index < end; index++) cachedSearchText(specs, rows[index]);
    if (stop()) break;
  }
  return index;
}
