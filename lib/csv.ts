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
  return `${bom ? BOM : ""}${delimited(header, rows, ",")}`;
}

/**
 * The same records tab-separated, for the clipboard: Excel, Sheets and Numbers paste text
 * with tabs between fields and line breaks between records as cells. The CSV's rules hold
 * (a field with a tab, a quote or a line break is quoted, as Excel writes it when it copies;
 * formula text starts with '; unknown is an empty cell); no byte-order mark, since it would
 * be pasted into the first cell.
 */
export function toTsv(header: string[], rows: CsvValue[][]): string {
  return delimited(header, rows, "\t");
}

function delimited(header: string[], rows: CsvValue[][], delimiter: string): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
  }
  // One string grown field by field: V8 joins the pieces once, at the end.
  let out = record(header, delimiter);
  for (let index = 0; index < rows.length; index++) out += `\r\n${record(rows[index], delimiter)}`;
  // RFC 4180 allows the last record to end with a line break; Excel and pandas both expect one.
  return `${out}\r\n`;
}

function record(values: readonly CsvValue[], delimiter: string): string {
  let line = field(values[0], delimiter);
  for (let index = 1; index < values.length; index++) line += delimiter + field(values[index], delimiter);
  return line;
}

/**
 * One field, written as Papa Parse's `unparse` writes it with these options (the unit tests
 * hold the two to the same bytes), at a fraction of the cost on 100,000 rows: the formula
 * pattern runs only on text whose first character could start one.
 */
function field(value: CsvValue, delimiter: string): string {
  if (value === null || value === undefined) return "";
  // Not a number a spreadsheet can read (NaN, Infinity): unknown, an empty field.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value;
  let quoted = false;
  if (mayStartFormula(text) && FORMULA_START.test(text)) {
    text = `'${text}`;
    quoted = true;
  }
  if (text.includes('"')) {
    text = text.replaceAll('"', '""');
    quoted = true;
  }
  quoted ||= (delimiter === "," ? NEEDS_QUOTES_CSV : NEEDS_QUOTES_TSV).test(text) || text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32;
  return quoted ? `"${text}"` : text;
}

// A field with its delimiter, a line break or a byte-order mark in it is quoted (a quote is handled above).
const NEEDS_QUOTES_CSV = /[,\r\n\uFEFF]/;
const NEEDS_QUOTES_TSV = /[\t\r\n\uFEFF]/;

/** Whether FORMULA_START could match: whitespace, control and format characters are all ≤ U+0020 or ≥ U+007F. */
function mayStartFormula(text: string): boolean {
  const code = text.charCodeAt(0);
  return code <= 0x20 || code >= 0x7f || code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40;
}

/** `openai-stakes-deal-terms-2026-06-23.csv` for the lab `openai`. */
export function csvFileName(lab: string, slug: string, asOf: string): string {
  return exportFileName(lab, slug, asOf, "csv");
}

/** What a table's download holds: the view as shown, or every row of the table. */
export type ExportScope = "view" | "all";

/**
 * A table's download: `openai-stakes-deal-terms-2026-06-23.csv` for all its rows (the name
 * `/api/` and the zip use), `openai-stakes-deal-terms-view-2026-06-23.csv` for the view, so
 * that the two never take each other's name in a downloads folder.
 */
export function tableExportName(lab: string, slug: string, asOf: string, extension: string, scope: ExportScope): string {
  return exportFileName(lab, scope === "view" ? `${slug}-view` : slug, asOf, extension);
}

/** Every table at once: `openai-stakes-2026-06-23.zip`, `openai-stakes-2026-06-23.xlsx`. */
export function datasetFileName(lab: string, asOf: string, extension: string): string {
  return `${slugify(lab)}-stakes-${asOf}.${extension}`;
}

/** `<lab>-stakes-<slug>-<as-of date>.<extension>`, lab and slug made safe for any file system by the one slug rule. */
export function exportFileName(lab: string, slug: string, asOf: string, extension: string): string {
  return `${slugify(lab)}-stakes-${slugify(slug)}-${asOf}.${extension}`;
}
