import type { Commitment, DealEvent } from "./schema";
import { compareDates } from "./sort";

/**
 * How fresh the data is: the date the sources were searched through, and the latest dated
 * event on record by then. Later dates in the data (an expiry, a term's end) are not events
 * that happened, so they never count.
 */
export function latestOnRecord<Row>(rows: Row[], dateOf: (row: Row) => string | null, asOf: string): Row | null {
  let latest: Row | null = null;
  for (const row of rows) {
    const date = dateOf(row);
    if (date === null || compareDates(date, asOf) > 0) continue;
    const best = latest === null ? null : dateOf(latest);
    if (best === null || compareDates(date, best) > 0) latest = row;
  }
  return latest;
}

export function latestEvent(events: DealEvent[], asOf: string): DealEvent | null {
  return latestOnRecord(events, (event) => event.date, asOf);
}

/** The latest commitment of money (context rows included: a round is money too). */
export function latestMoneyEvent(commitments: Commitment[], asOf: string): Commitment | null {
  return latestOnRecord(commitments, (row) => row.announced, asOf);
}

const DAY = 86_400_000;

/** "today", "3 days ago", "about 1 month ago", "about 14 months ago": how long ago a (partial) date began. */
export function timeAgo(date: string, now: number): string {
  const [year, month = "01", day = "01"] = date.split("-");
  const days = Math.floor((now - Date.UTC(Number(year), Number(month) - 1, Number(day))) / DAY);
  if (days < 0) return "in the future";
  if (days === 0) return "today";
  if (days < 45) return `${days} day${days === 1 ? "" : "s"} ago`;
  const months = Math.round(days / 30.44);
  return `about ${months} month${months === 1 ? "" : "s"} ago`;
}
