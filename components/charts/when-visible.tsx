"use client";

import { useRef, type ReactNode } from "react";
import { useNeeded } from "@/components/ui/use-needed";

/**
 * Renders its children once they come near the viewport, so a chart's code loads and runs
 * only when someone scrolls to it, or prints the page (`useNeeded`). The box keeps its height
 * either way: nothing shifts.
 */
export function WhenVisible({ children, className, eager = false }: { children: ReactNode; className: string; eager?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  // Never on the server: what it holds is drawn in the browser only, eager or not.
  const [visible] = useNeeded(ref, { eager });
  return (
    <div ref={ref} className={className}>
      {visible ? children : <div className="h-full w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />}
    </div>
  );
}
