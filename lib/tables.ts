import type { Dataset } from "./schema";
import { withSources } from "./sources";
import {
  channelColumns,
  cloudCommitmentColumns,
  commitmentColumns,
  dealTermColumns,
  type ChannelRow,
  type CloudCommitmentRow,
  type ColumnSpec,
  type CommitmentRow,
  type DealTermRow,
} from "./table-columns";

/**
 * The page's tables, each defined once: the page, its navigation, the downloads, the zip and
 * its metadata, `/api/<slug>.csv` and the end-to-end counts all loop over `TABLES`.
 */

/** The rows of the page's tables, sources resolved: what the page hands the browser once. */
export interface TableRows {
  commitments: CommitmentRow[];
  cloudCommitments: CloudCommitmentRow[];
  dealTerms: DealTermRow[];
  channels: ChannelRow[];
}

export type TableId = keyof TableRows;

export interface TableInfo<Row> {
  /** Prefix of the table's URL parameters: `terms.sort`, `terms.q`. Short, since links get shared. */
  key: string;
  /** File names and `/api/<slug>.csv`. */
  slug: string;
  /** The id of the table's section: the page's anchor (`/#deal-terms`). */
  anchor: string;
  title: string;
  /** A few words for the page's navigation. */
  navLabel: string;
  /** The section's introduction, for the lab `subject` names. */
  intro: (subject: string) => string;
  columns: ColumnSpec<Row>[];
  /** The table's rows in the data's own order, before their sources are resolved. */
  rows: (data: Dataset) => Omit<Row, "sources">[];
}

export const TABLES: { [Id in TableId]: TableInfo<TableRows[Id][number]> } = {
  commitments: {
    key: "capital",
    slug: "commitments",
    anchor: "commitments",
    title: "Capital committed",
    navLabel: "Capital",
    intro: (subject) => `Each tranche of money committed to ${subject}. Undisclosed amounts stay undisclosed: they sort last and export as empty fields.`,
    columns: commitmentColumns,
    rows: (data) => data.commitments,
  },
  cloudCommitments: {
    key: "cloud",
    slug: "cloud-commitments",
    anchor: "cloud",
    title: "Cloud spending committed back",
    navLabel: "Cloud back",
    intro: (subject) => `Money flows both ways: ${subject} has committed to buy cloud capacity from its backers.`,
    columns: cloudCommitmentColumns,
    rows: (data) => data.cloudCommitments,
  },
  dealTerms: {
    key: "terms",
    slug: "deal-terms",
    anchor: "deal-terms",
    title: "Deal terms",
    navLabel: "Deal terms",
    intro: () => "The terms of each partnership as they changed over time.",
    columns: dealTermColumns,
    rows: (data) => data.dealTerms,
  },
  channels: {
    key: "channels",
    slug: "channels",
    anchor: "channels",
    title: "Distribution channels",
    navLabel: "Channels",
    intro: (subject) => `Where a company can buy ${subject}'s models: each cloud and the other routes on record.`,
    columns: channelColumns,
    rows: (data) => data.channels,
  },
};

/** In page order. */
export const TABLE_IDS: TableId[] = ["commitments", "cloudCommitments", "dealTerms", "channels"];

/** Every table's rows from the data set, sources resolved. */
export function tableRows(data: Dataset): TableRows {
  return Object.fromEntries(TABLE_IDS.map((id) => [id, rowsOf(id, data)])) as unknown as TableRows;
}

function rowsOf<Id extends TableId>(id: Id, data: Dataset): TableRows[Id] {
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  return withSources(info.rows(data), data.sources) as TableRows[Id];
}

/** The file `/api/<file>` serves for a table: `deal-terms.csv`. */
export function tableFileName(id: TableId): string {
  return `${TABLES[id].slug}.csv`;
}

/** The table a `/api/<file>` name stands for, or undefined. */
export function tableOfFile(file: string): TableId | undefined {
  return TABLE_IDS.find((id) => tableFileName(id) === file);
}

/** The whole data set as one file, beside the tables' CSV files under `/api/`. */
export const DATA_FILE = "data.json";

/** Where the home page's lab's files are served: `/api/deal-terms.csv`. */
export const API_BASE = "/api";

/** Where another lab's files are served: `/api/anthropic/deal-terms.csv`. */
export function labApiBase(labId: string): string {
  return `${API_BASE}/${labId}`;
}
