"use client";

import { useSyncExternalStore } from "react";
import { timeAgo } from "@/lib/freshness";

const DAY = 86_400_000;
const never = () => () => {};

/** " (about 2 months ago)" in the browser; nothing on the server or without JavaScript, where the date alone stands. */
export function TimeAgo({ date }: { date: string }) {
  // Today's start: stable between renders, so the store does not loop; null on the server.
  const today = useSyncExternalStore(never, () => Math.floor(Date.now() / DAY) * DAY, () => null);
  if (today === null) return null;
  return <span data-testid="time-ago"> ({timeAgo(date, today)})</span>;
}
