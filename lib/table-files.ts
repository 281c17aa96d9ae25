import type { Source } from "./schema";
import { withSources, type WithSources } from "./sources";
import { TABLES, type TableId } from "./tables";

/**
 * A table's rows as a static file, `/data/<lab>/<slug>.json`, which the page's live table
 * fetches after first paint instead of the page inlining them. Each row keeps its source
 * ids and the file lists the sources it cites once, so that 100,000 rows do not repeat the
 * same few sources 100,000 times.
 */
export interface TableFile<Row extends { sourceIds: string[] }> {
  rows: Row[];
  sources: Source[];
}

export const TABLE_FILES_BASE = "/data";

/** The file name of a table: `deal-terms.json`. */
export function tableJsonName(id: TableId): string {
  return `${TABLES[id].slug}.json`;
}

/** Where a lab's table file is served: `/data/openai/deal-terms.json`. */
export function tableJsonPath(labId: string, id: TableId): string {
  return `${TABLE_FILES_BASE}/${encodeURIComponent(labId)}/${tableJsonName(id)}`;
}

/** The page's long lists, fetched after first paint like the tables: beside them under `/data/<lab>/`. */
export const LIST_FILES = { sources: "sources.json", disputes: "disputes.json" } as const;

export type ListKind = keyof typeof LIST_FILES;

/** Where a lab's list is served: `/data/openai/sources.json`. */
export function listJsonPath(labId: string, kind: ListKind): string {
  return `${TABLE_FILES_BASE}/${encodeURIComponent(labId)}/${LIST_FILES[kind]}`;
}

/**
 * A chart's numbers as a static file, `/data/<lab>/charts/<slug>.json`: what its plot draws and
 * its table (the "Show as table" view and its CSV), fetched when the chart is drawn or asked for
 * instead of inlined into the page.
 */
export function chartJsonPath(labId: string, slug: string): string {
  return `${TABLE_FILES_BASE}/${encodeURIComponent(labId)}/charts/${encodeURIComponent(slug)}.json`;
}

/** The page that draws a lab's disputes and sources as plain HTML: `/sources`, `/anthropic/sources`. */
export function sourcesPagePath(labId: string, home: boolean): string {
  return `${home ? "" : `/${encodeURIComponent(labId)}`}/sources`;
}

/** A table's own page, every row as plain HTML: `/tables/deal-terms`, `/anthropic/tables/deal-terms`. */
export function tablePagePath(labId: string, home: boolean, id: TableId): string {
  return `${home ? "" : `/${encodeURIComponent(labId)}`}/tables/${TABLES[id].slug}`;
}

/** The table a page's slug names, among those a lab's page has. */
export function tableOfSlug(slug: string, ids: TableId[]): TableId | undefined {
  return ids.find((id) => TABLES[id].slug === slug);
}

/** The file for some rows: only the sources they cite, in the order they first cite them. */
export function toTableFile<Row extends { sourceIds: string[] }>(rows: Row[], sources: Source[]): TableFile<Row> {
  const cited = new Set(rows.flatMap((row) => row.sourceIds));
  return { rows, sources: sources.filter((source) => cited.has(source.id)) };
}

/**
 * The rows of a fetched table file, sources resolved. The file is the site's own, but a
 * broken deploy or a proxy's error page must read as such, not as a crash deep in a cell.
 */
export function fromTableFile<Row extends { sourceIds: string[] }>(file: unknown, where: string): WithSources<Row>[] {
  const candidate = file as Partial<TableFile<Row>> | null;
  if (!candidate || !Array.isArray(candidate.rows) || !Array.isArray(candidate.sources)) {
    throw new Error(`${where}: not a table file (expected an object with "rows" and "sources" lists)`);
  }
  for (const [index, row] of candidate.rows.entries()) {
    if (!row || !Array.isArray(row.sourceIds)) throw new Error(`${where}: row ${index + 1} has no "sourceIds" list`);
  }
  try {
    return withSources(candidate.rows, candidate.sources);
  } catch (cause) {
    throw new Error(`${where}: ${(cause as Error).message}`);
  }
}
