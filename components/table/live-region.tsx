"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A polite live region that speaks once the text has settled for a moment, so typing a search
 * reads out the final count rather than one per key. It stays quiet until the text first
 * changes: nothing is announced on page load.
 */
export function LiveRegion({ text, delay = 400 }: { text: string; delay?: number }) {
  const [spoken, setSpoken] = useState("");
  const initial = useRef<string | null>(text);

  useEffect(() => {
    if (initial.current === text) return;
    initial.current = null;
    const timer = setTimeout(() => setSpoken(text), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);

  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {spoken}
    </p>
  );
}
