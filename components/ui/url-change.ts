/**
 * A signal for "the page's address changed": the view hooks write the URL (url-state.ts), and
 * whatever shows the address (Share and cite) listens here, since a history update fires no
 * event of its own.
 */
const EVENT = "stakes:url-change";

export function notifyUrlChange(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** For useSyncExternalStore: address changes from this page's controls and from back/forward. */
export function subscribeUrlChange(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The address without its fragment: a section to scroll to is no part of the view. */
export function currentUrl(): string {
  return window.location.href.replace(/#.*$/, "");
}
