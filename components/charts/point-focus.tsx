"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { announcePoint, movePoint, type ChartPoint } from "@/lib/chart-points";

/**
 * The keyboard's way through a chart's data points. The chart's SVG is its one Tab stop; on it,
 * the arrow keys, Home and End move through `points` (see `movePoint`), Escape leaves them.
 * Each step is said in a polite live region and shown twice: the plot rings the mark whose key
 * it is given, and the same words are shown under the plot while the point is focused.
 */
export function PointFocus({ points, children }: { points: ChartPoint[]; children: (focused: string | null, size: BoxSize) => ReactNode }) {
  const [index, setIndex] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  // A scenario can take points away: the index stays within what is drawn now.
  const at = index === null || points.length === 0 ? null : Math.min(index, points.length - 1);
  const words = at === null ? "" : announcePoint(points, at);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof SVGSVGElement)) return;
    const next = movePoint(points, at, event.key);
    if (next === undefined) return;
    // The arrows would otherwise scroll the page under the chart.
    event.preventDefault();
    setIndex(next);
  };

  return (
    <div ref={box} className="relative h-full w-full" onKeyDown={onKeyDown} onBlur={() => setIndex(null)} data-testid="point-focus">
      {children(at === null ? null : points[at].key, size)}
      <p className="sr-only" aria-live="polite" data-testid="point-announcement">
        {words}
      </p>
      {words ? (
        <p aria-hidden="true" className="point-readout pointer-events-none absolute inset-x-0 top-full z-10 mt-1 rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink shadow-sm">
          {words}
        </p>
      ) : null}
    </div>
  );
}

/** The plot box's size in CSS pixels (0 by 0 until measured), for plots that place marks by the room they have. */
export interface BoxSize {
  width: number;
  height: number;
}

function useBoxSize(ref: RefObject<HTMLDivElement | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
