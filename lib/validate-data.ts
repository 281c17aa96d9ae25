import type { z } from "zod";
import { dataFiles, type Dataset } from "./schema";

/**
 * Validation of the raw JSON from `data/`, kept apart from the file system so that every
 * kind of broken input can be unit-tested. Messages name the file, the row and the field,
 * e.g. `data/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected number or null`.
 */

export type RawFiles = Partial<Record<keyof typeof dataFiles, unknown>>;

export class DataError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "DataError";
    this.problems = problems;
  }
}

function rowLabel(fileLabel: string, index: number, row: unknown): string {
  const id = typeof row === "object" && row !== null && "id" in row ? (row as { id: unknown }).id : undefined;
  return `${fileLabel}: row ${index + 1}${typeof id === "string" && id !== "" ? ` (${id})` : ""}`;
}

function describeIssues(where: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    // The field path, e.g. `amountUsd` or `quotes.0.sourceId`; an empty path is the row itself.
    const field = issue.path.map(String).join(".");
    return `${where}: ${field === "" ? "" : `${field}: `}${issue.message}`;
  });
}

/** Parses one file's content, returning rows that passed and a message for each problem. */
function parseFile<T>(
  fileLabel: string,
  raw: unknown,
  schema: z.ZodType<T>,
  list: boolean,
): { value: T | T[] | undefined; problems: string[] } {
  if (raw === undefined) return { value: undefined, problems: [`${fileLabel}: file is missing`] };
  if (!list) {
    const result = schema.safeParse(raw);
    return result.success
      ? { value: result.data, problems: [] }
      : { value: undefined, problems: describeIssues(fileLabel, result.error.issues) };
  }
  if (!Array.isArray(raw)) return { value: undefined, problems: [`${fileLabel}: expected a JSON array of rows`] };

  const rows: T[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  raw.forEach((row, index) => {
    const where = rowLabel(fileLabel, index, row);
    const result = schema.safeParse(row);
    if (!result.success) {
      problems.push(...describeIssues(where, result.error.issues));
      return;
    }
    const id = (result.data as { id?: string }).id;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) problems.push(`${where}: id: duplicate of row ${first + 1}`);
      else seen.set(id, index);
    }
    rows.push(result.data);
  });
  return { value: rows, problems };
}

/**
 * Validates every file and the links between them (each source id a row cites must exist;
 * a tranche's `partOf` must name a `total` row). Throws one `DataError` listing every problem.
 */
export function validateDataset(raw: RawFiles, dirLabel = "data"): Dataset {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(dataFiles)) {
    const fileLabel = `${dirLabel}/${spec.file}`;
    const result = parseFile(fileLabel, raw[key as keyof RawFiles], spec.schema as z.ZodType<unknown>, spec.list);
    problems.push(...result.problems);
    parsed[key] = result.value;
  }

  const dataset = parsed as Dataset;
  const sourceIds = new Set((dataset.sources ?? []).map((source) => source.id));
  const linked = {
    commitments: dataset.commitments,
    cloudCommitments: dataset.cloudCommitments,
    dealTerms: dataset.dealTerms,
    channels: dataset.channels,
    events: dataset.events,
    marketShare: dataset.marketShare,
  } as const;
  if (dataset.sources) {
    for (const [key, rows] of Object.entries(linked)) {
      if (!rows) continue;
      const fileLabel = `${dirLabel}/${dataFiles[key as keyof typeof linked].file}`;
      // Index in the raw file, so the row number matches what the editor shows.
      const rawRows = raw[key as keyof RawFiles] as { id?: unknown }[];
      for (const row of rows) {
        const index = rawRows.findIndex((candidate) => candidate?.id === row.id);
        const where = rowLabel(fileLabel, index, row);
        row.sourceIds.forEach((id, i) => {
          if (!sourceIds.has(id)) problems.push(`${where}: sourceIds.${i}: unknown source id "${id}"`);
        });
        row.quotes.forEach((quote, i) => {
          if (!sourceIds.has(quote.sourceId))
            problems.push(`${where}: quotes.${i}.sourceId: unknown source id "${quote.sourceId}"`);
        });
      }
    }
  }

  if (dataset.commitments) {
    const totals = new Set(dataset.commitments.filter((row) => row.tranche === "total").map((row) => row.id));
    const rawRows = raw.commitments as { id?: unknown }[];
    for (const row of dataset.commitments) {
      if (row.partOf !== null && !totals.has(row.partOf)) {
        const index = rawRows.findIndex((candidate) => candidate?.id === row.id);
        problems.push(
          `${rowLabel(`${dirLabel}/${dataFiles.commitments.file}`, index, row)}: partOf: "${row.partOf}" is not the id of a total row`,
        );
      }
    }
  }

  if (problems.length > 0) throw new DataError(problems);
  return dataset;
}
