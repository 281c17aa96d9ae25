/**
 * Partial dates ("2021", "2021-11", "2021-11-06"): a date known to the year, the month or the
 * day. Where one must be placed on a time axis or compared with a full date, it stands for
 * the first day it covers.
 */

/** The first day a partial date covers, as YYYY-MM-DD: "2021" is "2021-01-01". */
export function startDay(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

/** Milliseconds at the start of a partial date, in UTC: "2021" is 1 Jan 2021. */
export function startTime(date: string): number {
  const [year, month = "01", day = "01"] = date.split("-");
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Whether a date is known only to the month or year. */
export function isApproximate(date: string): boolean {
  return date.length < 10;
}
