/**
 * Placing marks so they stay legible at any width, without moving them off their dates: marks
 * too close along the axis are stacked in levels, and on a narrow plot the earlier years are
 * drawn at a smaller scale than the recent ones, a break in the axis that the axis says.
 */

/**
 * A level for each mark so that no two on one level are closer than `gap` (in the units of
 * `xs`, given in ascending order): each takes the lowest level free at its place. With
 * `levels` set and none free, the level whose last mark is farthest behind.
 */
export function stackLevels(xs: number[], gap: number, levels = Infinity): number[] {
  const last: number[] = [];
  return xs.map((x) => {
    let level = last.findIndex((previous) => x - previous >= gap);
    if (level < 0) level = last.length < levels ? last.length : last.indexOf(Math.min(...last));
    last[level] = x;
    return level;
  });
}

/** Level 0, 1, 2, 3, 4 as offsets either side of a line: 0, -1, +1, -2, +2. */
export function sideOf(level: number): number {
  return level === 0 ? 0 : level % 2 === 1 ? -(level + 1) / 2 : level / 2;
}

export interface TimeScale {
  /** Where an instant sits, from 0 (the start) to 1 (the end). */
  at: (t: number) => number;
  /** The instant the scale changes at, or null when it is one scale throughout. */
  pivot: number | null;
}

/**
 * A time axis from `from` to `to`: linear, or, with `recentShare` set, the time from `pivot` on
 * given that share of the width and the years before it the rest. A pivot outside the range
 * leaves it linear.
 */
export function timeScale(from: number, to: number, pivot: number, recentShare: number | null): TimeScale {
  const span = Math.max(to - from, 1);
  if (recentShare === null || pivot <= from || pivot >= to) return { at: (t) => (t - from) / span, pivot: null };
  const early = 1 - recentShare;
  return {
    at: (t) => (t < pivot ? ((t - from) / (pivot - from)) * early : early + ((t - pivot) / (to - pivot)) * recentShare),
    pivot,
  };
}

/** 1 January (UTC) of the year before the one `t` falls in: where a narrow plot's recent years begin. */
export function lastTwoYears(t: number): number {
  return Date.UTC(new Date(t).getUTCFullYear() - 1, 0, 1);
}

/** Year ticks (1 January, UTC) between two instants. */
export function yearTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let year = new Date(from).getUTCFullYear(); Date.UTC(year, 0, 1) <= to; year++) {
    if (Date.UTC(year, 0, 1) >= from) ticks.push(Date.UTC(year, 0, 1));
  }
  return ticks;
}

export interface TimeAxis extends TimeScale {
  /** The year ticks, placed on the scale; on a broken axis, the first year and the recent ones only. */
  ticks: { at: number; label: string }[];
}

/**
 * A time axis of years from `from` to `to`. `narrow`: the last two calendar years take most of
 * the width and the years before them are drawn smaller, where a plot is too narrow to tell
 * recent months apart at one scale.
 */
export function timeAxis(from: number, to: number, narrow: boolean): TimeAxis {
  const scale = timeScale(from, to, lastTwoYears(to), narrow ? 0.72 : null);
  const years = yearTicks(from, to);
  const shown = scale.pivot === null ? years : years.filter((t, index) => index === 0 || t >= scale.pivot!);
  return { ...scale, ticks: shown.map((t) => ({ at: scale.at(t), label: String(new Date(t).getUTCFullYear()) })) };
}
