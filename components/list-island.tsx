"use client";

import { useEffect, useRef, useState } from "react";
import type { HomePageData } from "@/lib/page-data";
import type { Source } from "@/lib/schema";
import { DisputesList } from "./disputes-list";
import { SourcesList } from "./sources-list";
import { useNeeded } from "./ui/use-needed";
import { whenIdle } from "./ui/when-idle";

type List = { kind: "sources"; items: Source[] } | { kind: "disputes"; items: HomePageData["disputes"] };

/**
 * A long list (the page's sources, or its disputes) fetched from its static file once the
 * browser is idle, instead of inlined into the page twice (as HTML and again for React), and
 * drawn once it nears the viewport or the page is printed (`useNeeded`). Until then, and without
 * JavaScript, `children` says how many there are and where to read them.
 */
export function ListIsland({ kind, url, children }: { kind: List["kind"]; url: string; children: React.ReactNode }) {
  const [list, setList] = useState<List | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const [needed] = useNeeded(ref, { margin: "600px 0px" });

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch(url)
        .then(async (response) => {
          if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
          const items: unknown = await response.json();
          if (!Array.isArray(items)) throw new Error(`${url}: not a list`);
          if (!cancelled) setList({ kind, items } as List);
        })
        .catch((cause: Error) => !cancelled && setFailed(cause.message));
    const cancel = whenIdle(() => void load());
    return () => {
      cancelled = true;
      cancel();
    };
  }, [kind, url]);

  if (needed && list?.kind === "sources") return <SourcesList sources={list.items} />;
  if (needed && list?.kind === "disputes") return <DisputesList disputes={list.items} />;
  return (
    <div ref={ref} data-list-island={kind}>
      {children}
      {failed ? <p className="mt-2 text-sm text-unconfirmed-ink">Could not load the list: {failed}</p> : null}
    </div>
  );
}
