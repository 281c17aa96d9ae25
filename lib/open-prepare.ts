import { parseCsvText, type CsvTable } from "./open-csv";
import { autoMapping, detectTable, isOpenTable, missingFields, tableOfZipEntry, type Mapping, type OpenTableId } from "./open-columns";
import { sniffFile } from "./open-file";
import { readZip } from "./open-zip";
import { TABLES } from "./tables";

/**
 * The first step of opening a file: what it is, its CSV tables with the table each fills and
 * the columns matched by name, and from the site's zip its metadata (the sources with their
 * tiers, which let grades be checked). Pure and free of zod: the worker runs it, then the
 * mapping step, then `open-rows.ts` checks every row.
 */

export interface OpenPart extends CsvTable {
  /** The file, or the zip and its entry: `stakes.zip: openai-stakes-deal-terms-2026-12-01.csv`. */
  name: string;
  /** The table it fills, as its name or its headers say; null where neither does. */
  table: OpenTableId | null;
  mapping: Mapping;
}

/** What the site's zip says of its sources in `metadata.json`: each source, and the rows of each table citing it, in order. */
export interface ZipContext {
  asOf: string | null;
  sources: Record<string, unknown>[];
}

export type Prepared = { parts: OpenPart[]; context: ZipContext | null; notes: string[] } | { refused: string };

/** A part is ready when it names its table and every required field has a column. */
export function partReady(part: OpenPart): boolean {
  return part.table !== null && missingFields(part.table, part.mapping).length === 0;
}

function csvPart(name: string, text: string, table: OpenTableId | null, onProgress?: (done: number, total: number) => void): OpenPart {
  const parsed = parseCsvText(text, onProgress);
  const detected = table ?? detectTable(parsed.headers);
  return { name, ...parsed, table: detected, mapping: detected ? autoMapping(detected, parsed.headers) : {} };
}

function zipContext(bytes: Uint8Array | undefined): ZipContext | null {
  if (!bytes) return null;
  try {
    const metadata = JSON.parse(new TextDecoder("utf-8").decode(bytes)) as { asOf?: unknown; sources?: unknown };
    if (!Array.isArray(metadata.sources)) return null;
    const sources = metadata.sources.filter((source): source is Record<string, unknown> => typeof source === "object" && source !== null);
    return { asOf: typeof metadata.asOf === "string" ? metadata.asOf : null, sources };
  } catch {
    return null;
  }
}

export function prepareFile(name: string, bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Prepared {
  const sniffed = sniffFile(name, bytes);
  if (sniffed.kind === "refused") return { refused: sniffed.message };
  if (sniffed.kind === "text") {
    const part = csvPart(name, sniffed.text, null, onProgress);
    return { parts: [part], context: null, notes: sniffed.encoding === "utf-8" ? [] : [`${name} was read as ${sniffed.encoding.toUpperCase()} text.`] };
  }
  const zip = readZip(name, bytes);
  if ("problem" in zip) return { refused: zip.problem };
  const notes: string[] = [];
  const parts: OpenPart[] = [];
  const seen = new Set<OpenTableId>();
  const entries = Object.entries(zip.files).filter(([entry]) => entry.toLowerCase().endsWith(".csv"));
  for (const [index, [entry, content]] of entries.entries()) {
    const label = `${name}: ${entry}`;
    const named = tableOfZipEntry(entry);
    if (named !== null && !isOpenTable(named)) {
      notes.push(`${label}: ${TABLES[named].title} is worked out from the other tables across labs; it is not opened.`);
      continue;
    }
    const sniffedEntry = sniffFile(label, content);
    if (sniffedEntry.kind !== "text") {
      notes.push(sniffedEntry.kind === "refused" ? sniffedEntry.message : `${label} is a zip inside the zip; it is not opened.`);
      continue;
    }
    const part = csvPart(label, sniffedEntry.text, named, (done, total) => onProgress?.(index + done / total, entries.length));
    if (part.table !== null && seen.has(part.table)) {
      notes.push(`${label}: a second file of ${TABLES[part.table].title}; only the first is opened.`);
      continue;
    }
    if (part.table !== null) seen.add(part.table);
    parts.push(part);
  }
  if (parts.length === 0) return { refused: `${name} holds no CSV file of a table (${entries.length === 0 ? "no .csv file at all" : "none of its CSV files could be read"}).${notes.length > 0 ? ` ${notes.join(" ")}` : ""}` };
  return { parts, context: zipContext(zip.files["metadata.json"]), notes };
}
