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
  sellerColumns,
  type SellerRow,
  backingColumns,
  type BackingTableRow,
} from "./table-columns";
import { backingRows } from "./backing";

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
  sellers: SellerRow[];
  backing: BackingTableRow[];
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
  /**
   * The table's rows in the data's own order, before their sources are resolved: from the
   * page's lab's share of the data (`data`), or, for a table across labs, from all of it.
   */
  rows: (data: Dataset, all: Dataset) => Omit<Row, "sources">[];
  /** The data file its rows are (a key of `dataFiles`), for the tests' expected rows; none for a derived table. */
  source?: "commitments" | "cloudCommitments" | "dealTerms" | "channels";
  /** A table across labs is on the home page only. */
  acrossLabs?: boolean;
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
    source: "commitments",
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
    source: "cloudCommitments",
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
    source: "dealTerms",
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
    source: "channels",
    rows: (data) => data.channels,
  },
  sellers: {
    key: "sellers",
    slug: "sellers",
    anchor: "sellers",
    title: "Who sells whose models",
    navLabel: "Who sells whose",
    intro: (subject) =>
      `${subject} is one lab of several on the same clouds: every channel on record through which a cloud sells a lab's models, with its date where one is known. Sort or filter by cloud to set one cloud beside another.`,
    columns: sellerColumns,
    source: "channels",
    acrossLabs: true,
    rows: (_data, all) => {
      const names = new Map(all.labs.map((lab) => [lab.id, lab.name]));
      return all.channels.map((row) => ({ ...row, labName: names.get(row.lab) ?? row.lab }));
    },
  },
  backing: {
    key: "backers",
    slug: "backers-across-labs",
    anchor: "backers",
    title: "Backers across labs",
    navLabel: "Backers across labs",
    intro: (subject) =>
      `What each of ${subject}'s backers has put into every lab on record, summed as the headline figures are: a total counts once, conditional money stays apart, and an undisclosed amount leaves the sum a floor.`,
    columns: backingColumns,
    acrossLabs: true,
    rows: (_data, all) => {
      // The home page's lab's backers (lib/labs.ts is server-side: it reads the schema).
      const home = all.labs.find((lab) => lab.path === "/")?.id;
      const backers = new Set(all.commitments.filter((row) => row.lab === home && !row.contextOnly).map((row) => row.investor));
      return backingRows(all, [...backers]);
    },
  },
};

/** In page order. */
export const TABLE_IDS: TableId[] = ["commitments", "cloudCommitments", "dealTerms", "channels", "backing", "sellers"];

/** The tables a lab's page shows: all of them on the home page, its own lab's elsewhere. */
export function pageTableIds(home: boolean): TableId[] {
  return TABLE_IDS.filter((id) => home || !TABLES[id].acrossLabs);
}

/**
 * Every table's rows, sources resolved, for a lab's page: `data` is that lab's share of `all`.
 * Tables across labs have rows on the home page only.
 */
export function tableRows(data: Dataset, all: Dataset, home: boolean): TableRows {
  return Object.fromEntries(TABLE_IDS.map((id) => [id, home || !TABLES[id].acrossLabs ? rowsOf(id, data, all) : []])) as unknown as TableRows;
}

function rowsOf<Id extends TableId>(id: Id, data: Dataset, all: Dataset): TableRows[Id] {
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  return withSources(info.rows(data, all), all.sources) as TableRows[Id];
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
