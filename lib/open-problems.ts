import { groupDigits } from "./format";

/** A problem of a file a reader opens, by file, row and column: shown on the page, so free of zod. */

/** The most problems handed to the page; the rest are counted. */
export const SHOWN_PROBLEMS = 100;

export interface OpenProblem {
  /** The file (or zip entry) the row is in. */
  file: string;
  /** 1-based, counting the rows after the header; null for the file as a whole. */
  row: number | null;
  /** The file's column at fault, by the site's CSV header; null for the row as a whole. */
  column: string | null;
  message: string;
}

/** "row 3, amount_usd: expected number or null" */
export function describeProblem(problem: OpenProblem): string {
  const where = [problem.row === null ? null : `row ${groupDigits(problem.row)}`, problem.column].filter(Boolean).join(", ");
  return `${problem.file}${where ? `: ${where}` : ""}: ${problem.message}`;
}
