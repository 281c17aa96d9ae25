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

/** Every word of the query must appear somewhere in the row, in any column, in any order. */
export function matchesSearch(rowText: string, query: string): boolean {
  return normalizeText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => rowText.includes(word));
}
