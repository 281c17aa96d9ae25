import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataFiles } from "../schema";

export type FileKey = keyof typeof dataFiles;

const FIXTURE = fileURLToPath(new URL("./fixtures/valid/", import.meta.url));

/** A fresh copy of the valid fixture, every file present, ready to break. */
export function validRaw(): Record<FileKey, unknown> {
  const raw = {} as Record<FileKey, unknown>;
  for (const [key, spec] of Object.entries(dataFiles)) raw[key as FileKey] = JSON.parse(readFileSync(`${FIXTURE}${spec.file}`, "utf8"));
  return raw;
}
