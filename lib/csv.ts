import Papa from "papaparse";
import { slugify } from "./slug";

/**
 * CSV as spreadsheets and pandas expect it: RFC 4180 (CRLF, fields with a comma, quote or
 * line break quoted, quotes doubled), UTF-8 with a byte-order mark so Excel picks the
 * encoding, and text that a spreadsheet would run as a formula neutralised as OWASP advises.
 */

export type CsvValue = string | number | null;

/**
 * Text a spreadsheet may run as a formula: `=`, `+`, `-` or `@` first, or their full-width
 * forms (＝ ＋ － ＠), which East Asian input methods type and spreadsheets read as the
 * ASCII ones; also after leading whitespace, control or invisible format characters (a
 * NUL or a zero-width space in front must not hide the `=`); and any text that starts
 * with a control character (tab, CR, LF and the rest of C0 and C1). Papa Parse's own
 * default misses most of these, hence our own pattern. Numbers are never matched: a
 * negative amount stays a number.
 */
export const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^\p{Cc}/u;

export const BOM = "\uFEFF";

/**
 * Builds the file body. Numbers stay numbers (negatives untouched, since only text is
 * neutralised); null is an unknown value and becomes an empty field, never 0.
 */
export function toCsv(header: string[], rows: CsvValue[][], { bom = true } = {}): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  }
  // Papa Parse writes an empty record for no rows; a header alone is the honest empty table.
  if (rows.length === 0) return `${bom ? BOM : ""}${Papa.unparse([header], { newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
  const body = Papa.unparse(
    { fields: header, data: rows.map((row) => row.map((value) => (typeof value === "number" && !Number.isFinite(value) ? null : value))) },
    { newline: "\r\n", escapeFormulae: FORMULA_START, quotes: false, header: true },
  );
  // RFC 4180 allows the last record to end with a line break; Excel and pandas both expect one.
  return `${bom ? BOM : ""}${body}\r\n`;
}

/** `openai-stakes-deal-terms-2026-06-23.csv` for the lab `openai`. */
export function csvFileName(lab: string, slug: string, asOf: string): string {
  return exportFileName(lab, slug, asOf, "csv");
}

/** `<lab>-stakes-<slug>-<as-of date>.<extension>`, lab and slug made safe for any file system by the one slug rule. */
export function exportFileName(lab: string, slug: string, asOf: string, extension: string): string {
  return `${slugify(lab)}-stakes-${slugify(slug)}-${asOf}.${extension}`;
}
