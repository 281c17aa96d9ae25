import type { z } from "zod";
import { gradeProblems } from "./grades";
import { textProblems } from "./raw-text";
import { dataFiles, labTables, type Dataset, type LabTable } from "./schema";
import { strictSchema } from "./strict-schema";

/**
 * Validation of the raw JSON from `data/`, kept apart from the file system so that every
 * kind of broken input can be unit-tested. Messages name the file, the row and the field,
 * e.g. `data/commitments.json: row 3 (amzn-2026-conditional): amountUsd: expected number or null`.
 */

export type RawFiles = Partial<Record<keyof typeof dataFiles, unknown>>;

/** The most problems the message lists; `problems` holds them all. */
const LISTED_PROBLEMS = 100;

export class DataError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    const listed = problems.slice(0, LISTED_PROBLEMS);
    const more = problems.length - listed.length;
    super(
      `Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${listed.join("\n  ")}${more > 0 ? `\n  … and ${more} more` : ""}`,
    );
    this.name = "DataError";
    this.problems = problems;
  }
}

function rowLabel(fileLabel: string, index: number, row: unknown): string {
  const id = typeof row === "object" && row !== null && "id" in row ? (row as { id: unknown }).id : undefined;
  return `${fileLabel}: row ${index + 1}${typeof id === "string" && id !== "" ? ` (${id})` : ""}`;
}

/** `where: field: message`; an empty field path is the row itself. */
const problemAt = (where: string, field: string, message: string) => `${where}: ${field === "" ? "" : `${field}: `}${message}`;

/** Appends one by one: `push(...list)` overflows the call stack on a list of some 100,000. */
function pushAll(target: string[], items: string[]): void {
  for (const item of items) target.push(item);
}

function describeIssues(where: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    // The field path, e.g. `amountUsd` or `quotes.0.sourceId`.
    const field = issue.path.map(String).join(".");
    // A field the schema does not declare: most often a typo, which must not vanish.
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => problemAt(where, field === "" ? key : `${field}.${key}`, "unknown field"));
    return [problemAt(where, field, issue.message)];
  });
}

/** Text that would break a page or a download (see raw-text.ts), wherever it is in the value. */
function describeText(where: string, value: unknown): string[] {
  return textProblems(value).map((problem) => problemAt(where, problem.path, problem.message));
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
    const problems = [...describeText(fileLabel, raw), ...(result.success ? [] : describeIssues(fileLabel, result.error.issues))];
    return { value: result.success ? result.data : undefined, indices: [], problems };
  }
  if (!Array.isArray(raw)) return { value: undefined, indices: [], problems: [`${fileLabel}: expected a JSON array of rows`] };

  const rows: T[] = [];
  const indices: number[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  raw.forEach((row, index) => {
    const where = rowLabel(fileLabel, index, row);
    const result = schema.safeParse(row);
    const textFaults = describeText(where, row);
    pushAll(problems, textFaults);
    if (!result.success) {
      pushAll(problems, describeIssues(where, result.error.issues));
      return;
    }
    if (textFaults.length > 0) return;
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

/** One investor's money in one lab: a tranche is part of a total of the same pair only. */
const investorKey = (row: { lab?: unknown; investor?: unknown }) => JSON.stringify([row.lab, row.investor]);

/** The ids of each investor's rows in each lab, and of its `total` rows, in the raw file, valid rows or not. */
function commitmentIdsByInvestor(raw: unknown): { all: Map<string, Set<string>>; totals: Map<string, Set<string>> } {
  const ids = { all: new Map<string, Set<string>>(), totals: new Map<string, Set<string>>() };
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(id);
  };
  if (!Array.isArray(raw)) return ids;
  for (const row of raw) {
    if (typeof row !== "object" || row === null || typeof row.id !== "string") continue;
    add(ids.all, investorKey(row), row.id);
    if (row.tranche === "total") add(ids.totals, investorKey(row), row.id);
  }
  return ids;
}

/**
 * Rows whose `partOf` chain comes back to them: a total inside itself, or two totals inside
 * each other. Such rows are never counted (a row inside a total is left to the total), so
 * a cycle turns an investor's headline into $0. Each row is visited once.
 */
export function partOfCycles(rows: { id: string; partOf: string | null }[]): { index: number; cycle: string[] }[] {
  const indexById = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!indexById.has(row.id)) indexById.set(row.id, index);
  });
  const state = new Array<"new" | "walking" | "done">(rows.length).fill("new");
  const inCycle: { index: number; cycle: string[] }[] = [];
  for (let start = 0; start < rows.length; start++) {
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === "new") {
      state[at] = "walking";
      path.push(at);
      const next: string | null = rows[at].partOf;
      at = next === null ? undefined : indexById.get(next);
    }
    if (at !== undefined && state[at] === "walking") {
      const cycle = path.slice(path.indexOf(at));
      const ids = cycle.map((member) => rows[member].id);
      // Each row's cycle starts at that row: `a → b → a` for a, `b → a → b` for b.
      cycle.forEach((index, k) => inCycle.push({ index, cycle: [...ids.slice(k), ...ids.slice(0, k)] }));
    }
    for (const index of path) state[index] = "done";
  }
  return inCycle.sort((a, b) => a.index - b.index);
}

type LinkedKey = "commitments" | "cloudCommitments" | "dealTerms" | "channels" | "events" | "marketShare";
const LINKED: LinkedKey[] = ["commitments", "cloudCommitments", "dealTerms", "channels", "events", "marketShare"];

/** A field that must spell the row's lab as labs.json names it. */
const LAB_NAME_FIELDS: Partial<Record<LabTable, "recipient" | "buyer">> = { commitments: "recipient", cloudCommitments: "buyer" };

/**
 * Each lab row's `lab` must be an id in labs.json, and a commitment's recipient or a cloud
 * commitment's buyer that lab's name; one lab, and only one, is the home page's (path "/").
 */
function labProblems(raw: RawFiles, dataset: Dataset, indices: Record<string, number[]>, dirLabel: string): string[] {
  // Without a list of labs there is nothing to check against ("file is missing" says why).
  if (!Array.isArray(raw.labs)) return [];
  const problems: string[] = [];
  const labsLabel = `${dirLabel}/${dataFiles.labs.file}`;
  // Ids of invalid lab rows count as known: the row is reported, not every row naming it.
  const labIds = rawIds(raw.labs);
  const names = new Map((dataset.labs ?? []).map((lab) => [lab.id, lab.name]));
  for (const key of labTables) {
    const rows = dataset[key];
    if (!rows) continue;
    const fileLabel = `${dirLabel}/${dataFiles[key].file}`;
    const nameField = LAB_NAME_FIELDS[key];
    rows.forEach((row, i) => {
      const where = rowLabel(fileLabel, indices[key][i], row);
      if (!labIds.has(row.lab)) {
        problems.push(`${where}: lab: unknown lab id "${row.lab}"`);
        return;
      }
      const name = names.get(row.lab);
      if (nameField === undefined || name === undefined) return;
      const value = (row as Partial<Record<typeof nameField, string>>)[nameField];
      if (value !== name) problems.push(`${where}: ${nameField}: "${value}" is not the name of lab "${row.lab}" (${name})`);
    });
  }
  if (dataset.labs) {
    const seen = { name: new Map<string, number>(), path: new Map<string, number>() };
    dataset.labs.forEach((lab, i) => {
      for (const field of ["name", "path"] as const) {
        const value = lab[field];
        if (value === null) continue;
        const first = seen[field].get(value);
        if (first !== undefined) problems.push(`${rowLabel(labsLabel, indices.labs[i], lab)}: ${field}: duplicate of row ${first + 1}`);
        else seen[field].set(value, indices.labs[i]);
      }
      // Another lab's page and files live under its id: /anthropic, /api/anthropic/...
      if (lab.path !== null && lab.path !== "/" && lab.path !== `/${lab.id}`) {
        problems.push(`${rowLabel(labsLabel, indices.labs[i], lab)}: path: expected "/${lab.id}" (a lab's page is named by its id) or null`);
      }
      // Its page's path must not take a route the site already has.
      if (lab.path === "/api" || lab.path === "/embed") problems.push(`${rowLabel(labsLabel, indices.labs[i], lab)}: path: "${lab.path}" is taken by the site's own routes`);
    });
    // Checked only when every lab row is valid: an invalid one may be the home page's.
    if (raw.labs.length === dataset.labs.length && !dataset.labs.some((lab) => lab.path === "/")) {
      problems.push(`${labsLabel}: no lab has the path "/" (the home page)`);
    }
  }
  return problems;
}

/**
 * Validates every file and the links between them (each source id a row cites must exist,
 * and each lab id; a tranche's `partOf` must name a `total` row of the same investor in the
 * same lab, a `funded` row's any row of that investor there), and every grade against the rules in `grades.ts`: no row or
 * figure may claim more than its sources allow. Throws one `DataError` listing every problem.
 */
export function validateDataset(raw: RawFiles, dirLabel = "data"): Dataset {
  const { dataset, problems } = checkDataset(raw, dirLabel);
  if (problems.length > 0) throw new DataError(problems);
  return dataset;
}

/**
 * The checks of `validateDataset`, returning every problem instead of throwing, with the rows
 * that parsed and, per file, each parsed row's index in the raw file: for a caller that keeps
 * the valid rows (a file a reader opens on `/open`).
 */
export function checkDataset(raw: RawFiles, dirLabel = "data"): { dataset: Dataset; problems: string[]; indices: Record<string, number[]> } {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  const indices: Record<string, number[]> = {};
  for (const [key, spec] of Object.entries(dataFiles)) {
    const result = parseFile(`${dirLabel}/${spec.file}`, raw[key as keyof RawFiles], strictSchema(spec.schema as z.ZodType<unknown>), spec.list);
    pushAll(problems, result.problems);
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

  pushAll(problems, labProblems(raw, dataset, indices, dirLabel));

  if (dataset.commitments) {
    const fileLabel = `${dirLabel}/${dataFiles.commitments.file}`;
    // Once, not per row: a file of 20,000 rows must not take 20,000² steps.
    const ids = commitmentIdsByInvestor(raw.commitments);
    dataset.commitments.forEach((row, i) => {
      if (row.partOf === null) return;
      // Money paid in is part of whatever it pays; any other part belongs to a total. A row
      // naming itself is reported below, with the cycles.
      const funded = row.tranche === "funded";
      const candidates = (funded ? ids.all : ids.totals).get(investorKey(row));
      if (row.partOf !== row.id && !candidates?.has(row.partOf)) {
        problems.push(
          `${rowLabel(fileLabel, indices.commitments[i], row)}: partOf: "${row.partOf}" is not the id of ${funded ? "another row" : "a total row"} of ${row.investor}`,
        );
      }
    });
    for (const { index, cycle } of partOfCycles(dataset.commitments)) {
      const row = dataset.commitments[index];
      const message =
        cycle.length === 1 ? `partOf: "${row.partOf}" is this row itself` : `partOf: "${row.partOf}" leads back to this row (${[...cycle, cycle[0]].join(" → ")})`;
      problems.push(`${rowLabel(fileLabel, indices.commitments[index], row)}: ${message}`);
    }
  }

  return { dataset, problems, indices };
}
