import Papa from "papaparse";
import { FORMULA_START } from "./csv";
import { groupDigits } from "./format";

/**
 * A CSV a reader opens, as a header and records of text. Papa Parse reads the quoting (a
 * quoted field may hold commas, quotes and line breaks); line ends may be CRLF, LF or CR.
 * Cells are kept as text: nothing is ever evaluated. Pure.
 */

export interface CsvTable {
  headers: string[];
  records: string[][];
  /** Problems of the file's shape, each naming the row: a row of the wrong length, an unclosed quote. */
  problems: { row: number; message: string }[];
}

/**
 * The text a cell stands for: a CRLF inside a quoted field is a line break (LF, as the data
 * keeps it), and a leading apostrophe the site's own export put before text that looks like
 * a formula is taken off again (as a spreadsheet does), so that the text reads as written.
 */
export function cellText(cell: string): string {
  const text = cell.includes("\r") ? cell.replace(/\r\n?/g, "\n") : cell;
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Parses the text; `onProgress` hears the share of characters read. Rows of only empty
 * fields are skipped; a header cell that is empty is named by its position.
 */
export function parseCsvText(text: string, onProgress?: (done: number, total: number) => void): CsvTable {
  const problems: CsvTable["problems"] = [];
  const rows: string[][] = [];
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let nextReport = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: "greedy",
    step: (results) => {
      rows.push(results.data);
      for (const error of results.errors) {
        if (error.code === "MissingQuotes") problems.push({ row: rows.length - 1, message: "a quoted field is never closed: everything after its opening quote was read as one cell" });
      }
      // About a hundred reports over the file, so the progress bar moves without flooding the page.
      if (onProgress && results.meta.cursor >= nextReport) {
        onProgress(results.meta.cursor, body.length);
        nextReport = results.meta.cursor + body.length / 100;
      }
    },
  });
  onProgress?.(body.length, body.length);
  if (rows.length === 0) return { headers: [], records: [], problems: [{ row: 0, message: "the file has no header row" }] };
  const headers = rows[0].map((header, i) => cellText(header).trim() || `column ${i + 1}`);
  const records: string[][] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.length !== headers.length) {
      problems.push({ row: i, message: `has ${groupDigits(row.length)} fields; the header has ${groupDigits(headers.length)}` });
      // Kept, cut or padded to the header, so the row numbers that follow stay the file's.
      records.push(headers.map((_, k) => cellText(row[k] ?? "")));
      continue;
    }
    records.push(row.map(cellText));
  }
  return { headers, records, problems };
}
