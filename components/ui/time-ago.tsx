"use client";

import { useSyncExternalStore } from "react";
import { timeAgo } from "@/lib/freshness";

const DAY = 86_400_000;
const never = () => () => {};

/**
 * "About 2 months ago" on a line of its own under a date, in the browser. The line is there
 * from the first paint, empty until the script knows today's date, so that nothing below it
 * moves when the words come; without JavaScript it is not there, and the date alone stands.
 */
export function TimeAgo({ date }: { date: string }) {
  // Today's start: stable between renders, so the store does not loop; null on the server.
  const today = useSyncExternalStore(never, () => Math.floor(Date.now() / DAY) * DAY, () => null);
  const words = today === null ? "" : timeAgo(date, today);
  return (
    <span data-testid="time-ago" className="nojs-hide block min-h-[1lh] text-xs whitespace-nowrap text-muted">
      {words ? words.charAt(0).toUpperCase() + words.slice(1) : null}
    </span>
  );
}
