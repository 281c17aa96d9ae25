import { formatCategory } from "./format";
import { SHOWN_PROBLEMS, type OpenProblem } from "./open-problems";
import { FILLED_FROM, importFields, type ImportField, type OpenTableId } from "./open-columns";
import type { OpenPart, ZipContext } from "./open-prepare";
import { dataFiles, termCategorySchema, type Lab, type Source } from "./schema";
import { slugify } from "./slug";
import { SOURCE_SEPARATOR, sourceLabel } from "./table-columns";
import { TABLES, type TableRows } from "./tables";
import { checkDataset, type RawFiles } from "./validate-data";

/**
 * The second step of opening a file: each record becomes a row of the data, with the
 * columns the mapping gives, and the rows are checked by `checkDataset`, the very checks
 * `data/` passes (schema, text, links, grades against the sources' tiers where the file
 * carries them). Rows with a problem are listed by row and field and left out; the rest are
 * kept. Runs in the worker: it pulls in zod.
 */

/** The kept rows of a table, their sources not yet resolved: the page attaches them (`withSources`), which saves copying a list of sources per row out of the worker. */
export type OpenRows = { [Id in OpenTableId]?: Omit<TableRows[Id][number], "sources">[] };

export interface OpenResult {
  tables: OpenRows;
  /** Every valid source the kept rows cite. */
  sources: Source[];
  /** The labs the rows name (their ids are made up here), and the reader's own for rows that name none. */
  labs: Lab[];
  problems: OpenProblem[];
  problemCount: number;
  /** Rows read and rows kept, per table. */
  counts: Partial<Record<OpenTableId, { read: number; kept: number }>>;
  /** Whether the file carried its sources' tiers, so that every grade was checked. */
  gradesChecked: boolean;
  asOf: string;
}

const DIR = "open";
/** The lab of rows that do not name one (deal terms, channels): the reader's own file. */
const OWN_LAB = { id: "opened", name: "Your file", path: "/" };

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** The CSV writes a category in words ("IP rights"); either the words or the data's value will do. */
const CATEGORY_BY_WORDS = new Map(termCategorySchema.options.flatMap((value) => [[value, value] as const, [formatCategory(value).toLowerCase(), value] as const]));

/** A cell as the data's field: empty is null; text that is no number stays text, for the schema to name. */
function convertCell(field: ImportField, cell: string | undefined): unknown {
  const text = cell?.trim() ?? "";
  switch (field.convert) {
    case "number":
      return text === "" ? null : NUMBER.test(text) ? Number(text) : text;
    case "category":
      return text === "" ? null : (CATEGORY_BY_WORDS.get(text.toLowerCase()) ?? text);
    case "role":
      return text === "context";
    default:
      return cell === undefined || text === "" ? null : cell;
  }
}

/** "date: reported; amount: confirmed" as figure grades resting on the row's sources, or the text where it is not that shape. */
function parseGrades(text: string, sourceIds: string[]): Record<string, unknown> | string {
  if (text === "") return {};
  const grades: Record<string, unknown> = {};
  for (const part of text.split(";")) {
    const match = /^\s*([^:]+?)\s*:\s*(\S+)\s*$/.exec(part);
    if (!match) return text;
    // The download names each figure's grade, not which of the row's sources states it: each is checked against them all.
    grades[match[1]] = { confidence: match[2], sourceIds, hedged: [], dispute: null };
  }
  return grades;
}

/** The sources a row names, looked up by their names where the file carries a list of them. */
class SourceBook {
  private readonly byLabel = new Map<string, string[]>();
  private readonly cited = new Map<string, string[]>();
  private readonly byCell = new Map<string, string[]>();
  readonly sources: Record<string, unknown>[] = [];

  constructor(private readonly context: ZipContext | null) {
    for (const source of context?.sources ?? []) {
      const { confidence: _confidence, citedBy, ...own } = source;
      void _confidence;
      this.sources.push(own);
      const label = sourceLabel(own as Pick<Source, "publisher" | "title" | "date">);
      this.byLabel.set(label, [...(this.byLabel.get(label) ?? []), String(own.id)]);
      if (Array.isArray(citedBy)) {
        for (const entry of citedBy as { table?: unknown; row?: unknown }[]) {
          const key = `${String(own.id)}\u0000${String(entry.table)}`;
          this.cited.set(key, [...(this.cited.get(key) ?? []), String(entry.row)]);
        }
      }
    }
  }

  /**
   * The ids of the sources a cell names. A source's name may itself hold "; ", so the longest
   * run of pieces that is a known name wins; a name the file does not list becomes a source of
   * its own (a lone CSV) or an unknown id for the checks to report (the site's zip).
   */
  idsOf(cell: string, urls: string[]): string[] {
    // Rows of one file cite the same few sources over and over: each distinct cell is looked up once.
    const key = urls.length === 0 ? cell : `${cell}\u0000${urls.join(" ")}`;
    const known = this.byCell.get(key);
    if (known) return known;
    const ids = this.lookUp(cell, urls);
    this.byCell.set(key, ids);
    return ids;
  }

  private lookUp(cell: string, urls: string[]): string[] {
    const pieces = cell.split(SOURCE_SEPARATOR).map((piece) => piece.trim());
    const ids: string[] = [];
    const labels: string[] = [];
    for (let i = 0; i < pieces.length; i++) {
      let j = pieces.length;
      while (j > i + 1 && !this.byLabel.has(pieces.slice(i, j).join(SOURCE_SEPARATOR))) j--;
      labels.push(pieces.slice(i, j).join(SOURCE_SEPARATOR));
      i = j - 1;
    }
    for (const [k, label] of labels.filter(Boolean).entries()) {
      const known = this.byLabel.get(label);
      if (known) ids.push(known[0]);
      else if (this.context) ids.push(slugify(label));
      else ids.push(this.addNamed(label, urls.length === labels.length ? urls[k] : null));
    }
    return ids;
  }

  /**
   * The id of the next row of `table` citing these sources: the site's zip lists the rows
   * citing each source in row order, so the first row not yet taken that cites the first of
   * them is this one. It is then taken from every source's list.
   */
  nextCitingRow(sourceIds: string[], table: string): string | undefined {
    if (this.cited.size === 0) return undefined;
    const id = sourceIds.length === 0 ? undefined : this.cited.get(`${sourceIds[0]}\u0000${table}`)?.[0];
    if (id === undefined) return undefined;
    for (const sourceId of sourceIds) {
      const rows = this.cited.get(`${sourceId}\u0000${table}`);
      const at = rows?.indexOf(id) ?? -1;
      if (at >= 0) rows!.splice(at, 1);
    }
    return id;
  }

  /** A source known only by its name: no tier is known, so no grade is checked against it. */
  private addNamed(label: string, url: string | null): string {
    const known = this.byLabel.get(label);
    if (known) return known[0];
    let id = slugify(label).slice(0, 80).replace(/-+$/, "") || "source";
    if (this.sources.some((source) => source.id === id)) id = `${id}-${this.sources.length + 1}`;
    this.byLabel.set(label, [id]);
    this.sources.push({ id, publisher: label, tier: "secondary", title: null, url, date: null, note: "Named by the opened file; its tier is not known." });
    return id;
  }
}

interface Built {
  raw: Record<string, unknown>[];
  /** Row numbers (0-based) refused before the checks: a row of the wrong length. */
  refused: Set<number>;
}

/** `title`: the table's, by which the zip's metadata names the rows citing each source. */
function buildRows(part: OpenPart & { table: OpenTableId }, title: string, book: SourceBook, labs: Map<string, string>): Built {
  const fields = importFields(part.table);
  const cellOf = (record: string[], header: string) => {
    const index = part.mapping[header];
    return index === null || index === undefined ? undefined : record[index];
  };
  // Each filled field and the data field of the column it is filled from, worked out once, not per row.
  const fills = Object.entries(FILLED_FROM[part.table]).map(([field, from]) => [field, fields.find((f) => f.header === from)?.field ?? from] as const);
  const raw = part.records.map((record, i) => {
    const urls = (cellOf(record, "source_urls") ?? "").split(/\s+/).filter(Boolean);
    const sourceIds = book.idsOf(cellOf(record, "sources") ?? "", urls);
    const row: Record<string, unknown> = {};
    for (const field of fields) {
      if (field.convert === "urls" || field.convert === "id" || field.convert === "sources") continue;
      const cell = cellOf(record, field.header);
      row[field.field] = field.convert === "grades" ? parseGrades(cell?.trim() ?? "", sourceIds) : convertCell(field, cell);
    }
    for (const [field, from] of fills) if (row[field] === undefined || row[field] === null) row[field] = row[from];
    const ownId = cellOf(record, "id")?.trim();
    row.id = ownId || book.nextCitingRow(sourceIds, title) || `row-${i + 1}`;
    row.sourceIds = sourceIds;
    const labName = typeof row.recipient === "string" ? row.recipient : typeof row.buyer === "string" ? row.buyer : null;
    row.lab = labName === null ? OWN_LAB.id : labIdFor(labs, labName.trim());
    return row;
  });
  return { raw, refused: new Set(part.problems.map((problem) => problem.row - 1).filter((row) => row >= 0)) };
}

/** Each lab a row names by its recipient or buyer gets a lab of its own, so the rule "the recipient is the lab's name" holds. */
function labIdFor(labs: Map<string, string>, name: string): string {
  const known = labs.get(name);
  if (known) return known;
  const id = `lab-${slugify(name)}-${labs.size + 1}`;
  labs.set(name, id);
  return id;
}

/** The file's column a data field comes from: `amountUsd` -> `amount_usd`, a filled field -> the column it is filled from. */
function columnOf(table: OpenTableId, path: string): string | null {
  const field = path.split(".")[0];
  if (field === "") return null;
  if (field === "quotes") return "sources";
  if (field === "lab") return table === "cloudCommitments" ? "buyer" : "recipient";
  const fields = importFields(table);
  // A field with a column of its own is that column's, even where an empty cell was filled from another.
  const own = fields.find((f) => f.field === field);
  if (own) return own.header || null;
  const filled = FILLED_FROM[table][field];
  return (fields.find((f) => f.field === (filled ? (fields.find((g) => g.header === filled)?.field ?? filled) : field))?.header ?? field) || null;
}

/** Splits a problem of `checkDataset` into its row and field: `open/deal-terms.json: row 3 (row-3): date: expected …`. */
function splitProblem(problem: string, ids: Map<string, unknown[]>): { file: string; row: number | null; field: string; message: string } | null {
  const match = /^open\/([a-z-]+\.json): (?:row (\d+)(?: \(|: ))?/.exec(problem);
  if (!match) return null;
  const file = match[1];
  const row = match[2] === undefined ? null : Number(match[2]);
  let rest = problem.slice(`${DIR}/${file}: `.length);
  if (row !== null) {
    const id = ids.get(file)?.[row - 1];
    const label = `row ${row}${typeof id === "string" && id !== "" ? ` (${id})` : ""}: `;
    rest = rest.startsWith(label) ? rest.slice(label.length) : rest.replace(/^row \d+: /, "");
  }
  const field = /^([A-Za-z0-9_.$-]+): ([\s\S]*)$/.exec(rest);
  return { file, row, field: field ? field[1] : "", message: field ? field[2] : rest };
}

export function checkOpened(parts: OpenPart[], context: ZipContext | null, today: string): OpenResult {
  const book = new SourceBook(context);
  const labs = new Map<string, string>();
  const built = new Map<OpenTableId, { part: OpenPart & { table: OpenTableId }; rows: Built }>();
  const problems: OpenProblem[] = [];
  for (const part of parts) {
    if (part.table === null || built.has(part.table)) continue;
    const ready = part as OpenPart & { table: OpenTableId };
    built.set(part.table, { part: ready, rows: buildRows(ready, TABLES[part.table].title, book, labs) });
    for (const problem of part.problems) problems.push({ file: part.name, row: problem.row === 0 ? null : problem.row, column: null, message: problem.message });
  }
  const asOf = context?.asOf ?? today;
  const raw: RawFiles = {
    meta: { title: "Your file", subject: "Your file", asOf, currency: "USD", note: null },
    labs: [OWN_LAB, ...[...labs].map(([name, id]) => ({ id, name, path: null }))],
    sources: book.sources,
    events: [],
    marketShare: [],
    // Without the sources' tiers (a lone CSV) no grade can be checked: no disputes file leaves the grade checks out.
    ...(context ? { disputes: [] } : {}),
  };
  for (const [table, { rows }] of built) raw[table] = rows.raw;
  const checked = checkDataset(raw, DIR);

  const bad = new Map<OpenTableId, Set<number>>([...built.keys()].map((table) => [table, new Set(built.get(table)!.rows.refused)]));
  const ids = new Map<string, unknown[]>([...built].map(([table, { rows }]) => [dataFiles[table].file, rows.raw.map((row) => row.id)]));
  const sourceProblems = new Map<string, string>();
  const reported = new Set<string>();
  for (const text of checked.problems) {
    const split = splitProblem(text, ids);
    if (!split) continue;
    const table = [...built.keys()].find((key) => dataFiles[key].file === split.file);
    if (split.file === dataFiles.sources.file && split.row !== null) {
      const id = book.sources[split.row - 1]?.id;
      if (typeof id === "string" && !sourceProblems.has(id)) sourceProblems.set(id, `${split.field ? `${split.field}: ` : ""}${split.message}`);
      continue;
    }
    // Problems of the files made up around the rows (meta, labs) are not the reader's to fix.
    if (table === undefined || split.row === null) continue;
    const rowIndex = split.row - 1;
    // A row already refused for its shape is reported once, for that.
    if (built.get(table)!.rows.refused.has(rowIndex)) continue;
    bad.get(table)!.add(rowIndex);
    const problem = { file: built.get(table)!.part.name, row: split.row, column: columnOf(table, split.field), message: split.message };
    // A field filled from a column (a deal term's counterparty from its party) would repeat that column's problem.
    const key = JSON.stringify(problem);
    if (!reported.has(key)) problems.push(problem);
    reported.add(key);
  }

  const validSources = new Set((checked.dataset.sources ?? []).map((source) => source.id));
  const tables: OpenResult["tables"] = {};
  const counts: OpenResult["counts"] = {};
  for (const [table, { part, rows }] of built) {
    const parsed = (checked.dataset[table] ?? []) as { id: string; sourceIds: string[] }[];
    const indices = checked.indices[table] ?? [];
    const kept: typeof parsed = [];
    parsed.forEach((row, k) => {
      const index = indices[k];
      if (bad.get(table)!.has(index)) return;
      const invalid = row.sourceIds.find((id) => !validSources.has(id));
      if (invalid !== undefined) {
        problems.push({ file: part.name, row: index + 1, column: "sources", message: `source "${invalid}" is not valid: ${sourceProblems.get(invalid) ?? "unknown source"}` });
        return;
      }
      kept.push(row);
    });
    (tables as Record<string, unknown>)[table] = kept;
    counts[table] = { read: rows.raw.length, kept: kept.length };
  }
  problems.sort((a, b) => (a.file === b.file ? (a.row ?? 0) - (b.row ?? 0) : parts.findIndex((p) => p.name === a.file) - parts.findIndex((p) => p.name === b.file)));
  return { tables, sources: checked.dataset.sources ?? [], labs: raw.labs as Lab[], problems: problems.slice(0, SHOWN_PROBLEMS), problemCount: problems.length, counts, gradesChecked: context !== null, asOf };
}
