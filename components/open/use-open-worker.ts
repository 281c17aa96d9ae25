"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Mapping, OpenTableId } from "@/lib/open-columns";
import type { OpenResult } from "@/lib/open-rows";
import type { FromWorker, PartSummary, Stage, ToWorker } from "./protocol";

export type OpenState =
  | { step: "idle" }
  | { step: "working"; file: string; stage: Stage; done: number; total: number }
  | { step: "mapping"; file: string; parts: PartSummary[]; notes: string[] }
  | { step: "done"; file: string; result: OpenResult; notes: string[] }
  | { step: "refused"; file: string; message: string }
  | { step: "cancelled"; file: string };

/**
 * One worker per file opened: Cancel ends it (terminate stops a parse mid-way, which no
 * message could), and a new file starts a fresh one.
 */
export function useOpenWorker() {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<OpenState>({ step: "idle" });

  const stop = useCallback(() => {
    const current = worker.current;
    worker.current = null;
    if (!current) return;
    // A worker ended mid-load may still report that its scripts failed: nothing it says counts any more.
    current.onmessage = null;
    current.onerror = null;
    current.terminate();
  }, []);
  useEffect(() => stop, [stop]);

  const send = (message: ToWorker) => worker.current?.postMessage(message);

  const open = useCallback(
    (file: File) => {
      stop();
      const next = new Worker(new URL("./open.worker.ts", import.meta.url), { type: "module" });
      worker.current = next;
      setState({ step: "working", file: file.name, stage: "reading", done: 0, total: file.size });
      next.onmessage = (event: MessageEvent<FromWorker>) => {
        if (worker.current !== next) return;
        const message = event.data;
        if (message.type === "progress") setState({ step: "working", file: file.name, ...message });
        else if (message.type === "columns") setState({ step: "mapping", file: file.name, parts: message.parts, notes: message.notes });
        else if (message.type === "result") setState({ step: "done", file: file.name, result: message.result, notes: message.notes });
        else setState({ step: "refused", file: file.name, message: message.message });
      };
      next.onerror = (event) => worker.current === next && setState({ step: "refused", file: file.name, message: `The file could not be opened: ${event.message || "the worker stopped"}` });
      send({ type: "open", file });
    },
    [stop],
  );

  const map = (file: string, choices: { table: OpenTableId | null; mapping: Mapping }[]) => {
    setState({ step: "working", file, stage: "checking", done: 0, total: 1 });
    send({ type: "map", choices });
  };

  const cancel = () => {
    stop();
    setState((current) => ({ step: "cancelled", file: "file" in current ? current.file : "" }));
  };

  return { state, open, map, cancel };
}
