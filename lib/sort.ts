/**
 * Comparators for the tables. Each returns an ascending comparison; the table reverses it
 * for descending order. Unknown values (null) are handled by the ranking (lib/sort-ranks),
 * which sinks them in both directions, so these only see known values.
 */

// Made on first use: building a collator loads locale data, which a page that never sorts
// text should not pay for while it starts.
let collator: Intl.Collator | undefined;

/** Case- and accent-insensitive, with digits compared as numbers ("GPT-5.4" < "GPT-5.10"). */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator("en", { sensitivity: "base", numeric: true });
  return collator.compare(a, b);
}

export function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Dates known to the year, month or day compare by the time they start ("2021" is
 * 1 Jan 2021); when two start together, the less precise one comes first.
 */
export function compareDates(a: string, b: string): number {
  const [keyA, keyB] = [dateKey(a), dateKey(b)];
  // Digits and dashes only: code-unit order is date order, without a collator's cost.
  const byStart = keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  return byStart !== 0 ? byStart : compareNumbers(a.length, b.length);
}

// A sort of 100,000 rows compares a few million times over a few thousand distinct dates.
const dateKeys = new Map<string, string>();

function dateKey(date: string): string {
  let key = dateKeys.get(date);
  if (key === undefined) {
    const [year, month = "00", day = "00"] = date.split("-");
    key = `${year}-${month}-${day}`;
    if (dateKeys.size < 100_000) dateKeys.set(date, key);
  }
  return key;
}

/** Orders confidence from strongest to weakest, not alphabetically. */
const CONFIDENCE_RANK: Record<string, number> = { confirmed: 0, reported: 1, unconfirmed: 2 };

export function compareConfidence(a: string, b: string): number {
  return compareNumbers(CONFIDENCE_RANK[a] ?? 3, CONFIDENCE_RANK[b] ?? 3);
}
