"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";
import { flushSync } from "react-dom";

/**
 * Whether a box's live contents are needed yet: once the box comes within `margin` of the
 * viewport, once `need()` is called (a reader touched it, the address asks for it), or when the
 * page is printed. Paper has no scrolling, so printing needs everything at once, whether the
 * browser says so with `beforeprint` (its print command) or only by switching to print media;
 * the browser lays the page out for print right after, so that render is synchronous, and what
 * it draws must already be here (fetched when the page was idle). Once needed, always needed.
 */
export function useNeeded(ref: RefObject<Element | null>, { eager = false, margin = "300px 0px" }: { eager?: boolean; margin?: string } = {}): [needed: boolean, need: () => void] {
  const [needed, setNeeded] = useState(false);
  const need = useCallback(() => setNeeded(true), []);

  useEffect(() => {
    if (needed) return;
    const element = ref.current;
    if (eager || !element || typeof IntersectionObserver === "undefined") {
      setNeeded(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNeeded(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    const draw = () => flushSync(() => setNeeded(true));
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
  }, [needed, eager, margin, ref]);

  return [needed, need];
}
