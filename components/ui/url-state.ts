"use client";

import { useSyncExternalStore } from "react";
import { notifyUrlChange, subscribeUrlChange } from "./url-change";

/**
 * The page's view (the charts' scenario, each table's search, filters, sort and columns) in
 * its address, read with useSyncExternalStore: the prerendered HTML (the default view, since
 * the server has no address) hydrates as it is, and the browser re-renders with the
 * address's view right after. A change shows at once and reaches the address after `delayMs`
 * (the history entry is replaced, never added): typing does not write the URL on every key.
 */

/** The parameters as the page shows them: the address plus changes not yet written to it. */
let current: URLSearchParams | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let waiting: (() => void)[] = [];
const listeners = new Set<() => void>();

function params(): URLSearchParams {
  current ??= new URLSearchParams(window.location.search);
  return current;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Back and forward (and another control's write) change the address under us: read it again.
  const unsubscribe = subscribeUrlChange(() => {
    if (timer === undefined) current = null;
    onChange();
  });
  return () => {
    listeners.delete(onChange);
    unsubscribe();
  };
}

function write(): void {
  timer = undefined;
  const url = new URL(window.location.href);
  url.search = params().toString();
  window.history.replaceState(window.history.state, "", url);
  const done = waiting;
  waiting = [];
  for (const resolve of done) resolve();
  notifyUrlChange();
}

/**
 * Sets (a string) or removes (null) parameters, shown at once; resolves once the address holds
 * them. A later change within `delayMs` replaces the pending write (so a pause in typing
 * writes once), and a change with delay 0 writes every pending one at once.
 */
export function setUrlParams(changes: Record<string, string | null>, delayMs = 0): Promise<void> {
  const next = new URLSearchParams(params());
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  current = next;
  for (const listener of listeners) listener();
  clearTimeout(timer);
  const written = new Promise<void>((resolve) => waiting.push(resolve));
  timer = setTimeout(write, delayMs);
  return written;
}

/** The page's parameters as one string, "" on the server and while hydrating the prerender. */
export function useUrlSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => params().toString(),
    () => "",
  );
}
