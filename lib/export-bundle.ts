import { strToU8, zipSync } from "fflate";
import { citation } from "./citation";
import { csvFileName, datasetFileName, tableExportName, toCsv, type CsvValue } from "./csv";
import { licenceLine } from "./licence";
import { compareConfidence } from "./sort";
import type { Source } from "./schema";
import type { WithSources } from "./sources";
import { commitmentColumns, FIGURE_GRADES_COLUMN, gradeFields, tableCsvRows, type ColumnSpec } from "./table-columns";
import { TABLES, pageTableIds, type TableRows } from "./tables";

/**
 * Downloads that carry their own metadata: the view as JSON, and "everything" as a zip of
 * every table in full with a metadata.json and a README.txt. Pure (fflate is plain
 * JavaScript), and loaded by the page only when someone asks for a download.
 */

export interface DatasetMeta {
  /** The lab's id: the first word of every file name. */
  lab: string;
  /** Whether this is the home page's lab, whose page also has the tables across labs. */
  home: boolean;
  title: string;
  subject: string;
  asOf: string;
  note: string | null;
}

/** The view the download was made from, as the page describes it. */
export interface ViewSummary {
  table: string;
  url: string;
  filters: string[];
  sort: string[];
  hiddenColumns: string[];
  /** The view's own URL parameters, e.g. `{ "terms.sort": "date.desc" }`. */
  parameters: Record<string, string>;
  rowsShown: number;
  rowsTotal: number;
}

const SOURCE_COLUMNS = [
  { name: "sources", label: "Sources", description: "The row's sources: publisher, title and date of each, separated by semicolons", unit: null },
  { name: "source_urls", label: "Source URLs", description: "The sources' addresses, separated by spaces; sources without one are left out", unit: null },
];

const JSON_SOURCES_COLUMN = { name: "sources", label: "Sources", description: "The row's sources, each with publisher, title, URL and date (null where not on record)", unit: null };

/** What each column of a download means, in the order of its fields. */
export function columnsMeta<Row>(specs: ColumnSpec<Row>[], withSources = true) {
  const confidence = specs.find((spec) => spec.kind === "confidence") ?? commitmentColumns.find((spec) => spec.kind === "confidence")!;
  return [
    ...specs.map((spec) => ({ name: spec.csvHeader, label: spec.label, description: spec.description, unit: spec.unit ?? null })),
    ...gradeFields(specs).header.map((name) =>
      name === FIGURE_GRADES_COLUMN.csvHeader
        ? { name, label: FIGURE_GRADES_COLUMN.label, description: FIGURE_GRADES_COLUMN.description, unit: null }
        : { name, label: confidence.label, description: confidence.description, unit: null },
    ),
    ...(withSources ? SOURCE_COLUMNS : []),
  ];
}

/** JSON is only ever of the view: `openai-stakes-deal-terms-view-2026-06-23.json`. */
export function jsonFileName(lab: string, slug: string, asOf: string): string {
  return tableExportName(lab, slug, asOf, "json", "view");
}

export function bundleFileName(lab: string, asOf: string): string {
  return datasetFileName(lab, asOf, "zip");
}

/** The view's rows as JSON objects keyed like the CSV header, each with its sources, and what every key means. */
export function viewJson<Row extends WithSources<object>>(input: {
  meta: DatasetMeta;
  specs: ColumnSpec<Row>[];
  rows: Row[];
  withSources: boolean;
  view: ViewSummary;
  downloaded: string;
}): string {
  const { meta, specs, rows, withSources, view, downloaded } = input;
  const body = {
    title: `${view.table}: ${meta.title}`,
    asOf: meta.asOf,
    downloaded,
    url: view.url,
    licence: licenceLine(),
    view,
    columns: [...columnsMeta(specs, false), ...(withSources ? [JSON_SOURCES_COLUMN] : [])],
    rows: rows.map((row) => ({
      ...Object.fromEntries(specs.map((spec) => [spec.csvHeader, spec.value(row)])),
      ...Object.fromEntries(gradeFields(specs).header.map((name, i) => [name, gradeFields(specs).values(row)[i]])),
      ...(withSources ? { sources: row.sources.map(({ publisher, title, url, date }) => ({ publisher, title, url, date })) } : {}),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Every source the tables cite, in the order they first cite it, with the rows that cite it and how sure those rows are. */
export function citedSources(tables: TableRows, home: boolean) {
  const cited = new Map<string, Source & { confidence: string[]; citedBy: { table: string; row: string; confidence: string }[] }>();
  for (const id of pageTableIds(home)) {
    for (const row of tables[id] as WithSources<{ id: string; confidence: string }>[]) {
      for (const source of row.sources) {
        const entry = cited.get(source.id) ?? { ...source, confidence: [], citedBy: [] };
        entry.citedBy.push({ table: TABLES[id].title, row: row.id, confidence: row.confidence });
        if (!entry.confidence.includes(row.confidence)) entry.confidence = [...entry.confidence, row.confidence].sort(compareConfidence);
        cited.set(source.id, entry);
      }
    }
  }
  return [...cited.values()];
}

export interface BundleInput {
  meta: DatasetMeta;
  tables: TableRows;
  view: ViewSummary;
  /** ISO 8601 timestamp of the download. */
  downloaded: string;
}

/** A table of the page in full, as the zip and the workbook of everything hold it. */
export interface FullTable {
  title: string;
  slug: string;
  header: string[];
  records: CsvValue[][];
  columns: ReturnType<typeof columnsMeta>;
}

/** Every table of the page in full: all rows, all columns, in the data's order. */
export function fullTables(meta: DatasetMeta, tables: TableRows): FullTable[] {
  return pageTableIds(meta.home).map((id) => {
    const { slug, title, columns } = TABLES[id];
    const specs = columns as ColumnSpec<object>[];
    const { header, rows } = tableCsvRows(specs, tables[id] as WithSources<object>[]);
    return { title, slug, header, records: rows, columns: columnsMeta(specs) };
  });
}

/** The citation of a download, with the view it was made from in its address. */
export function downloadCitation(meta: DatasetMeta, view: ViewSummary, downloaded: string): string {
  return citation({ title: meta.title, asOf: meta.asOf, url: view.url, accessed: downloaded.slice(0, 10) });
}

/** The zip's files by name: every table in full (all rows, all columns, data order), metadata.json and README.txt. */
export function bundleFiles({ meta, tables, view, downloaded }: BundleInput): Record<string, string> {
  const files: Record<string, string> = {};
  const described = fullTables(meta, tables).map(({ title, slug, header, records, columns }) => {
    const name = csvFileName(meta.lab, slug, meta.asOf);
    files[name] = toCsv(header, records);
    return { name, table: title, rows: records.length, columns };
  });
  const cite = downloadCitation(meta, view, downloaded);
  const metadata = { title: meta.title, subject: meta.subject, asOf: meta.asOf, note: meta.note, downloaded, url: view.url, citation: cite, licence: licenceLine(), view, files: described, sources: citedSources(tables, meta.home) };
  files["metadata.json"] = `${JSON.stringify(metadata, null, 2)}\n`;
  files["README.txt"] = [
    meta.title,
    "",
    `Data as of ${meta.asOf}. ${meta.note ?? ""}`.trim(),
    `Downloaded ${downloaded} from ${view.url}`,
    "",
    "Files:",
    ...described.map((file) => `  ${file.name}: ${file.table}, ${file.rows} rows`),
    "  metadata.json: what every column means and its unit, every source with its URL and the confidence of the rows citing it, and the view this was downloaded from",
    "",
    "The CSV files are RFC 4180 (comma-separated, CRLF line ends), UTF-8 with a byte-order mark. Amounts are plain numbers in US dollars,",
    "dates ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), unknown values empty fields. Text a spreadsheet would run as a formula starts with '.",
    "",
    "Cite as:",
    cite,
    "",
    licenceLine(),
    "",
  ].join("\r\n");
  return files;
}

export function buildBundle(input: BundleInput): Uint8Array {
  const files = bundleFiles(input);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
