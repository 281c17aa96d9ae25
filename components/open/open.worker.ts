/// <reference lib="webworker" />
import { localIsoDay } from "@/lib/citation";
import { sizeProblem } from "@/lib/open-file";
import { partReady, prepareFile, type OpenPart, type ZipContext } from "@/lib/open-prepare";
import { checkOpened } from "@/lib/open-rows";
import type { FromWorker, Stage, ToWorker } from "./protocol";

/**
 * Opens a file off the main thread: reads it (4 MB at a time, for the progress bar), works
 * out what it is, parses it and checks every row by the data's own rules (zod stays here,
 * out of the page's bundle). It makes no request: the file never leaves the machine.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const progress = (stage: Stage, done: number, total: number) => post({ type: "progress", stage, done, total });

const CHUNK = 4 * 1024 * 1024;

let opened: { parts: OpenPart[]; context: ZipContext | null; notes: string[] } | null = null;

async function readAll(file: File): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    bytes.set(new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer()), offset);
    progress("reading", Math.min(offset + CHUNK, file.size), file.size);
  }
  return bytes;
}

function check(parts: OpenPart[], context: ZipContext | null, notes: string[]) {
  progress("checking", 0, 1);
  const result = checkOpened(parts, context, localIsoDay(new Date()));
  post({ type: "result", result, notes });
}

async function open(file: File) {
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) return post({ type: "refused", message: tooBig });
  const bytes = await readAll(file);
  const prepared = prepareFile(file.name, bytes, (done, total) => progress("parsing", done, total));
  if ("refused" in prepared) return post({ type: "refused", message: prepared.refused });
  opened = prepared;
  if (prepared.parts.every(partReady)) return check(prepared.parts, prepared.context, prepared.notes);
  post({
    type: "columns",
    parts: prepared.parts.map(({ name, headers, table, mapping, records }) => ({ name, headers, table, mapping, rows: records.length, sample: records.slice(0, 3) })),
    notes: prepared.notes,
  });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = async () => {
    if (message.type === "open") return open(message.file);
    if (!opened) return;
    const parts = opened.parts.map((part, i) => ({ ...part, ...message.choices[i] }));
    check(parts, opened.context, opened.notes);
  };
  run().catch((error: unknown) => post({ type: "refused", message: `The file could not be opened: ${(error as Error).message}` }));
};
