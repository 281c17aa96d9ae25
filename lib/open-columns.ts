import type { ColumnSpec } from "./table-columns";
import { TABLES, type TableId } from "./tables";

/**
 * How the columns of a file a reader opens map to a table of the site: each table's fields
 * are its registry columns (`lib/tables.ts`), known by their CSV header, their label and
 * the data field they come from, plus the row's id, figure grades and sources that every
 * download carries. Matching ignores case, spaces and punctuation ("Amount (USD)" is
 * `amount_usd`). Pure, and free of zod: the page's mapping step uses it.
 */

/** The tables a file can fill: those whose rows are a data file. The tables across labs are worked out from these. */
export type OpenTableId = "commitments" | "cloudCommitments" | "dealTerms" | "channels";
export const OPEN_TABLE_IDS: OpenTableId[] = ["commitments", "cloudCommitments", "dealTerms", "channels"];

/** How a cell becomes a field of the data: as text, a number, a category's words, a commitment's role, grades, sources. */
export type Convert = "text" | "number" | "category" | "role" | "grades" | "sources" | "urls" | "id";

export interface ImportField {
  /** The site's own CSV header: what the mapping is keyed by. */
  header: string;
  label: string;
  /** The field of the data it fills (`amountUsd`); empty for the sources' URLs, which go with the sources. */
  field: string;
  convert: Convert;
  /** A row cannot be checked without it: the schema requires it and there is no empty value. */
  required: boolean;
}

/** Per table, each column's data field where it is not the column's id, and whether the schema requires it. */
const FIELDS: Record<OpenTableId, Record<string, { field?: string; required?: boolean; convert?: Convert }>> = {
  commitments: {
    investor: { required: true },
    recipient: { required: true },
    announced: {},
    amount: { field: "amountUsd" },
    tranche: { required: true },
    role: { field: "contextOnly", convert: "role" },
    partOf: {},
    kind: { required: true },
    status: {},
    conditions: {},
    confidence: { required: true },
  },
  cloudCommitments: {
    buyer: { required: true },
    cloud: { required: true },
    seller: {},
    announced: {},
    amount: { field: "amountUsd" },
    basis: {},
    term: { field: "termYears" },
    description: { required: true },
    confidence: { required: true },
  },
  dealTerms: {
    date: { required: true },
    party: { required: true },
    category: { required: true, convert: "category" },
    text: { required: true },
    confidence: { required: true },
  },
  channels: {
    channel: { required: true },
    cloud: { required: true },
    models: { required: true },
    since: {},
    status: { required: true },
    notes: {},
    confidence: { required: true },
  },
};

/**
 * Fields the data requires that a file may leave empty or not have (no column of the table
 * shows them, or an older file lacks the column), filled from the column that comes closest,
 * so the row can be checked by the data's own schema. A value the file gives is kept. Those no
 * column shows are never shown or exported: every table and download reads its columns only.
 */
export const FILLED_FROM: Record<OpenTableId, Record<string, string>> = {
  commitments: { description: "kind" },
  cloudCommitments: { seller: "cloud" },
  dealTerms: { counterparty: "party" },
  channels: { shortName: "channel", operator: "cloud" },
};

/** What every download adds after the table's columns, read back in the same way. */
const EXTRA_FIELDS: ImportField[] = [
  { header: "id", label: "Row id", field: "id", convert: "id", required: false },
  { header: "figure_grades", label: "Grade of each figure", field: "grades", convert: "grades", required: false },
  { header: "sources", label: "Sources", field: "sourceIds", convert: "sources", required: true },
  { header: "source_urls", label: "Source URLs", field: "", convert: "urls", required: false },
];

export function importFields(id: OpenTableId): ImportField[] {
  const specs = TABLES[id].columns as ColumnSpec<object>[];
  const columns = specs.map((spec): ImportField => {
    const own = FIELDS[id][spec.id] ?? {};
    const convert = own.convert ?? (spec.kind === "usd" || spec.kind === "number" ? "number" : "text");
    return { header: spec.csvHeader, label: spec.label, field: own.field ?? spec.id, convert, required: own.required ?? false };
  });
  return [...columns, ...EXTRA_FIELDS];
}

/** "Amount (USD)" -> "amountusd": case, spaces and punctuation do not count. */
export function normaliseHeader(header: string): string {
  return header.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The names a column of the file may go by for this field: its CSV header, its label, its data field. */
function namesOf(field: ImportField): Set<string> {
  return new Set([field.header, field.label, field.field].filter(Boolean).map(normaliseHeader));
}

/** For each field's CSV header, the index of the file's column that fills it, or null. */
export type Mapping = Record<string, number | null>;

/** The columns of the file matched by name; each column fills one field at most. */
export function autoMapping(id: OpenTableId, headers: string[]): Mapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: Mapping = {};
  for (const field of importFields(id)) {
    const names = namesOf(field);
    const index = normalised.findIndex((header, i) => !taken.has(i) && names.has(header));
    mapping[field.header] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

/** Required fields no column fills: the mapping step asks for these. */
export function missingFields(id: OpenTableId, mapping: Mapping): ImportField[] {
  return importFields(id).filter((field) => field.required && (mapping[field.header] ?? null) === null);
}

/**
 * The table whose fields the headers match best (most required fields, then most fields), or
 * null where no table has two of its fields among them.
 */
export function detectTable(headers: string[]): OpenTableId | null {
  let best: { id: OpenTableId; required: number; all: number } | null = null;
  for (const id of OPEN_TABLE_IDS) {
    const mapping = autoMapping(id, headers);
    const fields = importFields(id).filter((field) => mapping[field.header] !== null);
    const score = { id, required: fields.filter((field) => field.required).length, all: fields.length };
    if (!best || score.required > best.required || (score.required === best.required && score.all > best.all)) best = score;
  }
  return best && best.all >= 2 ? best.id : null;
}

/** The table a file of the site's zip holds, by its name: `openai-stakes-deal-terms-2026-12-01.csv`. */
export function tableOfZipEntry(name: string): TableId | null {
  const base = name.split("/").pop() ?? name;
  const match = /-stakes-(.+)-\d{4}-\d{2}-\d{2}\.csv$/.exec(base);
  if (!match) return null;
  return (Object.keys(TABLES) as TableId[]).find((id) => TABLES[id].slug === match[1]) ?? null;
}

export function isOpenTable(id: TableId | null): id is OpenTableId {
  return id !== null && (OPEN_TABLE_IDS as TableId[]).includes(id);
}
