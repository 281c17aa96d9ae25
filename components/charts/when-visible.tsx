"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";

/**
 * Renders its children once they come near the viewport, so a chart's code loads and runs
 * only when someone scrolls to it, or prints the page: paper has no scrolling, so every chart
 * draws before printing, whether the browser says so with `beforeprint` (its print command) or
 * only by switching to print media. The box keeps its height either way: nothing shifts.
 */
export function WhenVisible({ children, className, eager = false }: { children: ReactNode; className: string; eager?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  // Never on the server: what it holds is drawn in the browser only, eager or not.
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (visible) return;
    const element = ref.current;
    if (eager || !element || typeof IntersectionObserver === "undefined") {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    // At once: the browser lays the page out for print right after the event.
    const draw = () => flushSync(() => setVisible(true));
    const print = window.matchMedia("print");
    const onMedia = (event: MediaQueryListEvent) => {
      if (event.matches) draw();
    };
    window.addEventListener("beforeprint", draw);
    print.addEventListener("change", onMedia);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", draw);
      print.removeEventListener("change", onMedia);
    };
  }, [visible, eager]);

  return (
    <div ref={ref} className={className}>
      {visible ? children : <div className="h-full w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />}
    </div>
  );
}
