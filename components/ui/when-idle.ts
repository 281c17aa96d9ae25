/** Runs `task` once the browser is idle (within `timeoutMs` at the latest); returns a cancel. */
export function whenIdle(task: () => void, timeoutMs = 4000): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a moment after the page's own work is near enough.
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

const INPUT_EVENTS = ["pointerdown", "keydown", "wheel", "touchstart", "scroll"] as const;

/**
 * Runs `task` when the browser is idle once the reader has started using the page (the first
 * scroll, touch, click or key) or `afterMs` after the call, whichever is first: for work a page
 * needs only later, such as code that must be here before the page is printed, kept out of the
 * seconds in which the page loads. Returns a cancel.
 */
export function whenIdleLater(task: () => void, afterMs = 5000): () => void {
  let cancelIdle: (() => void) | null = null;
  const start = () => {
    if (cancelIdle) return;
    stopWaiting();
    cancelIdle = whenIdle(task);
  };
  const timer = setTimeout(start, afterMs);
  const options = { capture: true, passive: true } as const;
  for (const type of INPUT_EVENTS) window.addEventListener(type, start, options);
  function stopWaiting() {
    clearTimeout(timer);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, start, options);
  }
  return () => {
    stopWaiting();
    cancelIdle?.();
  };
}

/**
 * Runs `step` in the browser's idle periods, one slice each, until it returns true (done):
 * `step` gets `hasTime`, which says whether the slice has time left. Long work split so that no
 * slice is a long task. Returns a cancel.
 */
export function inIdleSlices(step: (hasTime: () => boolean) => boolean): () => void {
  let cancel = () => {};
  const slice = (hasTime: () => boolean) => {
    if (!step(hasTime)) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback((deadline) => slice(() => deadline.timeRemaining() > 1));
      cancel = () => cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(() => {
        const until = performance.now() + 8;
        slice(() => performance.now() < until);
      }, 50);
      cancel = () => clearTimeout(timer);
    }
  };
  schedule();
  return () => cancel();
}
