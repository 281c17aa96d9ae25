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
