import { formatLongDate } from "./format";

export interface CitationParts {
  title: string;
  /** The data's as-of date, YYYY-MM-DD. */
  asOf: string;
  /** The page's address with the view in it, so a reader lands on the same rows. */
  url: string;
  /** The day the reader looked, YYYY-MM-DD. */
  accessed: string;
}

/** One line to paste into a paper or a post: Stakes, “title”, data as of …. URL (accessed …). */
export function citation({ title, asOf, url, accessed }: CitationParts): string {
  return `Stakes, “${title}”, data as of ${formatLongDate(asOf)}. ${url} (accessed ${formatLongDate(accessed)}).`;
}

/** The reader's calendar day (not UTC's), as YYYY-MM-DD. */
export function localIsoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
