/**
 * Display formatting. Pure and locale-fixed (en, UTC) so that the server and the browser
 * render the same text and hydration never differs.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "13,000,000,000", "11.6": digits grouped by thousands, as en-US writes them. By hand, since
 * `toLocaleString` builds a number formatter on every call, and tables call this per cell.
 */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "$13B", "$11.6B", "$250B", "$500M"; null is an undisclosed amount, never "$0". */
export function formatUsd(amount: number | null, unknown = "undisclosed"): string {
  if (amount === null || !Number.isFinite(amount)) return unknown;
  const abs = Math.abs(amount);
  const sign = amount < 0 ? "-" : "";
  const scales: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [index, [scale, suffix]] of scales.entries()) {
    // One decimal at most, and none when it is zero: $13B, $11.6B, $119.1B.
    const value = Math.round((abs / scale) * 10) / 10;
    if (abs >= scale) {
      // $999.95M rounds to $1,000M: say $1B instead.
      if (value >= 1000 && index > 0) {
        const [larger, largerSuffix] = scales[index - 1];
        return `${sign}$${groupDigits(Math.round((abs / larger) * 10) / 10)}${largerSuffix}`;
      }
      return `${sign}$${groupDigits(value)}${suffix}`;
    }
  }
  return `${sign}$${groupDigits(abs)}`;
}

/** The full figure for screen readers and tooltips: "$13,000,000,000". */
export function formatUsdFull(amount: number | null, unknown = "undisclosed"): string {
  if (amount === null || !Number.isFinite(amount)) return unknown;
  return `${amount < 0 ? "-" : ""}$${groupDigits(Math.abs(amount))}`;
}

/** "22 Jul 2019", "Jan 2025" or "2021", matching how precisely the date is known. */
export function formatPartialDate(date: string | null, unknown = "n/a"): string {
  if (date === null) return unknown;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "23 June 2026" for the "as of" line, where the full month reads better. */
export function formatLongDate(isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  return `${day} ${LONG_MONTHS[month - 1] ?? month} ${year}`;
}

/** "8 years", "1 year"; null is a term the source does not state. */
export function formatYears(years: number | null, unknown = "not stated"): string {
  if (years === null) return unknown;
  return `${years} year${years === 1 ? "" : "s"}`;
}

/** Sentence case for enum values shown as text: "ip-rights" -> "IP rights". */
export function formatCategory(value: string): string {
  const special: Record<string, string> = { "ip-rights": "IP rights", ipo: "IPO" };
  if (special[value]) return special[value];
  const spaced = value.replace(/-/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
