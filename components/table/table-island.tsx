"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import type { TableId } from "@/lib/tables";
import { whenIdle } from "@/components/ui/when-idle";

// The live table, its TanStack and virtualiser code, loads with the first table that goes live.
const RegistryTable = lazy(() => import("./tables").then((module) => ({ default: module.RegistryTable })));

/** Whether the address holds a view of this table (`terms.sort=date`): then it goes live at once. */
function addressHasView(urlKey: string): boolean {
  return [...new URLSearchParams(window.location.search).keys()].some((key) => key.startsWith(`${urlKey}.`));
}

/**
 * The server's static table (children) until the table goes live: at once when the address
 * holds a view of it, when a reader first touches it, or else when the browser is idle. Then
 * the live table fetches its rows and takes the static one's place, which shows meanwhile.
 * `data-live` marks the live table's arrival, for whatever waits for it.
 */
export function TableIsland({ id, urlKey, children }: { id: TableId; urlKey: string; children: ReactNode }) {
  const [live, setLive] = useState(false);
  const [arrived, setArrived] = useState(false);

  useEffect(() => {
    const wake = () => setLive(true);
    if (!addressHasView(urlKey)) return whenIdle(wake);
    const timer = setTimeout(wake, 0);
    return () => clearTimeout(timer);
  }, [urlKey]);

  const wake = live ? undefined : () => setLive(true);
  return (
    <div data-table-island={id} data-live={arrived ? "" : undefined} onPointerDownCapture={wake} onFocusCapture={wake}>
      {live ? (
        <Suspense fallback={children}>
          <RegistryTable id={id} />
          <Arrived onArrive={setArrived} />
        </Suspense>
      ) : (
        children
      )}
    </div>
  );
}

/** Commits with the live table, once its rows are here. */
function Arrived({ onArrive }: { onArrive: (arrived: true) => void }) {
  useEffect(() => onArrive(true), [onArrive]);
  return null;
}
