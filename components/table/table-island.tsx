"use client";

import { Suspense, use, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { readable } from "@/lib/readable-promise";
import type { TableId } from "@/lib/tables";
import { FailedBoundary } from "@/components/ui/failed-boundary";
import { useNeeded } from "@/components/ui/use-needed";
import { whenIdle } from "@/components/ui/when-idle";
import { usePrefetchRows } from "./table-data";

type TablesModule = { RegistryTable: ComponentType<{ id: TableId }> };

// The live table, its TanStack and virtualiser code, is fetched once, when the page is idle or
// the first table is needed; once here, `use` reads it in the same render (printing needs that).
let tablesCode: Promise<TablesModule> | null = null;
function loadTablesCode(): Promise<TablesModule> {
  if (!tablesCode) {
    tablesCode = readable(import("./tables") as Promise<TablesModule>);
    tablesCode.catch(() => {}); // the table's Suspense boundary sees a failure through `use`
  }
  return tablesCode;
}

/** Whether the address holds a view of this table (`terms.sort=date`): then it goes live at once. */
function addressHasView(urlKey: string): boolean {
  return [...new URLSearchParams(window.location.search).keys()].some((key) => key.startsWith(`${urlKey}.`));
}

/**
 * The server's static table (children) until the table is needed: at once when the address
 * holds a view of it, when a reader first touches it, when it comes near the viewport, or when
 * the page is printed. Its code and rows are fetched once the browser is idle, so that it then
 * draws at once; a table nobody scrolls to costs the page no rendering. `data-live` marks the
 * live table's arrival, for whatever waits for it.
 */
export function TableIsland({ id, urlKey, children }: { id: TableId; urlKey: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [live, wake] = useNeeded(ref, { margin: "600px 0px" });
  const [arrived, setArrived] = useState(false);
  const prefetchRows = usePrefetchRows();

  useEffect(() => {
    if (addressHasView(urlKey)) {
      const timer = setTimeout(wake, 0);
      return () => clearTimeout(timer);
    }
    return whenIdle(() => {
      void loadTablesCode();
      prefetchRows(id);
    });
  }, [urlKey, wake, id, prefetchRows]);

  const touch = live ? undefined : wake;
  return (
    <div ref={ref} data-table-island={id} data-live={arrived ? "" : undefined} onPointerDownCapture={touch} onFocusCapture={touch}>
      {live ? (
        <FailedBoundary what="this table's rows">
          <Suspense fallback={children}>
            <LiveTable id={id} />
            <Arrived onArrive={setArrived} />
          </Suspense>
        </FailedBoundary>
      ) : (
        children
      )}
    </div>
  );
}

function LiveTable({ id }: { id: TableId }) {
  const { RegistryTable } = use(loadTablesCode());
  return <RegistryTable id={id} />;
}

/** Commits with the live table, once its rows are here. */
function Arrived({ onArrive }: { onArrive: (arrived: true) => void }) {
  useEffect(() => onArrive(true), [onArrive]);
  return null;
}
