import type { z } from "zod";
import { gradeProblems } from "./grades";
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

interface Parsed<T> {
  value: T | T[] | undefined;
  /** For a list, each kept row's index in the raw file, so later checks cite the right row. */
  indices: number[];
  problems: string[];
}

/** Parses one file, returning rows that passed and a message for each problem. */
function parseFile<T>(fileLabel: string, raw: unknown, schema: z.ZodType<T>, list: boolean): Parsed<T> {
  if (raw === undefined) return { value: undefined, indices: [], problems: [`${fileLabel}: file is missing`] };
  if (!list) {
    const result = schema.safeParse(raw);
    return result.success
      ? { value: result.data, indices: [], problems: [] }
      : { value: undefined, indices: [], problems: describeIssues(fileLabel, result.error.issues) };
  }
  if (!Array.isArray(raw)) return { value: undefined, indices: [], problems: [`${fileLabel}: expected a JSON array of rows`] };

  const rows: T[] = [];
  const indices: number[] = [];
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
    indices.push(index);
  });
  return { value: rows, indices, problems };
}

/** Ids present in a raw file, valid rows or not: a row citing an invalid one is not at fault too. */
function rawIds(raw: unknown, keep: (row: Record<string, unknown>) => boolean = () => true): Set<string> {
  if (!Array.isArray(raw)) return new Set();
  return new Set(
    raw.flatMap((row) => (typeof row === "object" && row !== null && typeof row.id === "string" && keep(row) ? [row.id] : [])),
  );
}

type LinkedKey = "commitments" | "cloudCommitments" | "dealTerms" | "channels" | "events" | "marketShare";
const LINKED: LinkedKey[] = ["commitments", "cloudCommitments", "dealTerms", "channels", "events", "marketShare"];

/**
 * Validates every file and the links between them (each source id a row cites must exist;
 * a tranche's `partOf` must name a `total` row of the same investor, a `funded` row's any
 * row of that investor), and every grade against the rules in `grades.ts`: no row or
 * figure may claim more than its sources allow. Throws one `DataError` listing every problem.
 */
export function validateDataset(raw: RawFiles, dirLabel = "data"): Dataset {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  const indices: Record<string, number[]> = {};
  for (const [key, spec] of Object.entries(dataFiles)) {
    const result = parseFile(`${dirLabel}/${spec.file}`, raw[key as keyof RawFiles], spec.schema as z.ZodType<unknown>, spec.list);
    problems.push(...result.problems);
    parsed[key] = result.value;
    indices[key] = result.indices;
  }
  const dataset = parsed as Dataset;

  if (Array.isArray(raw.sources)) {
    const sourceIds = rawIds(raw.sources);
    for (const key of LINKED) {
      const rows = dataset[key];
      if (!rows) continue;
      const fileLabel = `${dirLabel}/${dataFiles[key].file}`;
      rows.forEach((row, i) => {
        const where = rowLabel(fileLabel, indices[key][i], row);
        row.sourceIds.forEach((id, j) => {
          if (!sourceIds.has(id)) problems.push(`${where}: sourceIds.${j}: unknown source id "${id}"`);
        });
        row.quotes.forEach((quote, j) => {
          if (!sourceIds.has(quote.sourceId)) problems.push(`${where}: quotes.${j}.sourceId: unknown source id "${quote.sourceId}"`);
        });
      });
    }
    if (dataset.disputes) {
      const fileLabel = `${dirLabel}/${dataFiles.disputes.file}`;
      dataset.disputes.forEach((dispute, i) => {
        const where = rowLabel(fileLabel, indices.disputes[i], dispute);
        dispute.values.forEach((value, j) =>
          value.sourceIds.forEach((id, k) => {
            if (!sourceIds.has(id)) problems.push(`${where}: values.${j}.sourceIds.${k}: unknown source id "${id}"`);
          }),
        );
        if (dispute.settledBy !== null && !sourceIds.has(dispute.settledBy)) problems.push(`${where}: settledBy: unknown source id "${dispute.settledBy}"`);
      });
    }
  }

  // Grades are checked only once sources and disputes parsed: a broken source is reported as such, not as every grade citing it.
  if (dataset.sources && dataset.disputes) {
    const sources = new Map(dataset.sources.map((source) => [source.id, source]));
    const disputes = new Map(dataset.disputes.map((dispute) => [dispute.id, dispute]));
    for (const key of LINKED) {
      const rows = dataset[key];
      if (!rows) continue;
      const fileLabel = `${dirLabel}/${dataFiles[key].file}`;
      rows.forEach((row, i) => {
        // A row citing a source that is unknown or failed to parse is reported for that already.
        if (!row.sourceIds.every((id) => sources.has(id))) return;
        const where = rowLabel(fileLabel, indices[key][i], row);
        for (const problem of gradeProblems(row, sources, disputes)) problems.push(`${where}: ${problem}`);
      });
    }
  }

  if (dataset.commitments) {
    const fileLabel = `${dirLabel}/${dataFiles.commitments.file}`;
    dataset.commitments.forEach((row, i) => {
      if (row.partOf === null) return;
      // Money paid in is part of whatever it pays; any other part belongs to a total.
      const funded = row.tranche === "funded";
      const totals = rawIds(raw.commitments, (candidate) => (funded || candidate.tranche === "total") && candidate.investor === row.investor && candidate.id !== row.id);
      if (!totals.has(row.partOf)) {
        problems.push(
          `${rowLabel(fileLabel, indices.commitments[i], row)}: partOf: "${row.partOf}" is not the id of ${funded ? "another row" : "a total row"} of ${row.investor}`,
        );
      }
    });
  }

  if (problems.length > 0) throw new DataError(problems);
  return dataset;
}
