/**
 * A chart's data points as the keyboard walks them: one list per chart, built by its module in
 * `lib/charts/` from the same plot (and scenario) its marks are drawn from, so what a reader
 * hears is what the chart shows, in the chart's own words.
 */
export interface ChartPoint {
  /** The mark that draws it: the plot compares it with each mark's own key to ring the focused one. */
  key: string;
  /** The series it belongs to: Up and Down move between series. */
  series: string;
  /** Its place along the chart's x axis (a date, an index), so Up and Down keep it. */
  x: number;
  /** What it says beyond its series: "Jan 2023", "$10B", "confirmed". Empty words are dropped. */
  words: (string | null)[];
}

/** "Microsoft · Jan 2023 · $10B · confirmed; 3 of 12" */
export function announcePoint(points: ChartPoint[], index: number): string {
  const point = points[index];
  if (!point) return "";
  return `${[point.series, ...point.words].filter((word) => word).join(" · ")}; ${index + 1} of ${points.length}`;
}

/** The keys that move between points; anything else is left to the browser. */
const KEYS = new Set(["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "Home", "End", "Escape"]);

/**
 * Where a key press moves the focused point: Right and Left step through every point of every
 * series in order, Home and End go to the first and last, Down and Up go to the next or the
 * previous series at the nearest place on the x axis, Escape leaves the points (null). Entering
 * the chart, any arrow starts at the first point. `undefined`: the key is not one of these.
 */
export function movePoint(points: ChartPoint[], index: number | null, key: string): number | null | undefined {
  if (!KEYS.has(key)) return undefined;
  if (key === "Escape" || points.length === 0) return null;
  const last = points.length - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  if (index === null) return 0;
  const at = Math.min(Math.max(index, 0), last);
  if (key === "ArrowRight") return Math.min(at + 1, last);
  if (key === "ArrowLeft") return Math.max(at - 1, 0);
  const order = [...new Set(points.map((point) => point.series))];
  const target = order[order.indexOf(points[at].series) + (key === "ArrowDown" ? 1 : -1)];
  if (target === undefined) return at;
  // The nearest on the x axis; of two as near, the earlier.
  let best = -1;
  points.forEach((point, candidate) => {
    if (point.series !== target) return;
    if (best < 0 || Math.abs(point.x - points[at].x) < Math.abs(points[best].x - points[at].x)) best = candidate;
  });
  return best;
}
