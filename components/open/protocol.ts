import type { Mapping, OpenTableId } from "@/lib/open-columns";
import type { OpenPart } from "@/lib/open-prepare";
import type { OpenResult } from "@/lib/open-rows";

/** What the page and the open worker say to each other. The file goes one way only: into the worker. */
export type ToWorker = { type: "open"; file: File } | { type: "map"; choices: { table: OpenTableId | null; mapping: Mapping }[] };

export type Stage = "reading" | "parsing" | "checking";

/** A part of the file for the mapping step: its headers and a few rows, never all of them. */
export type PartSummary = Pick<OpenPart, "name" | "headers" | "table" | "mapping"> & { rows: number; sample: string[][] };

export type FromWorker =
  | { type: "progress"; stage: Stage; done: number; total: number }
  | { type: "columns"; parts: PartSummary[]; notes: string[] }
  | { type: "result"; result: OpenResult; notes: string[] }
  | { type: "refused"; message: string };
