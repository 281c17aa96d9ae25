/**
 * Display formatting. Pure and locale-fixed (en, UTC) so that the server and the browser
 * render the same text and hydration never differs.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

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
        return `${sign}$${(Math.round((abs / larger) * 10) / 10).toLocaleString("en-US")}${largerSuffix}`;
      }
      return `${sign}$${value.toLocaleString("en-US")}${suffix}`;
    }
  }
  return `${sign}$${abs.toLocaleString("en-US")}`;
}

/** The full figure for screen readers and tooltips: "$13,000,000,000". */
export function formatUsdFull(amount: number | null, unknown = "undisclosed"): string {
  if (amount === null || !Number.isFinite(amount)) return unknown;
  return `${amount < 0 ? "-" : ""}$${Math.abs(amount).toLocaleString("en-US")}`;
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
  const name = new Date(Date.UTC(year, month - 1, day)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return `${day} ${name} ${year}`;
}

/** "8 years", "1 year"; null is a term the source does not state. */
export function formatYears(years: number | null, unknown = "not stated"): string {
  if (years === null) return unknown;
  return `${years} year${years === 1 ? "" : "s"}`;
}

/** Sentence case for enum values shown as text: "ip-rights" -> "IP rights". */
export function formatCategory(value: string): string {
  const special: Record<string, string> = { "ip-rights": "IP rights" };
  if (special[value]) return special[value];
  const spaced = value.replace(/-/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
