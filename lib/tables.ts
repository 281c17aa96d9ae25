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

/** The rows of the page's four tables, sources resolved: what the page hands the browser once. */
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
  title: string;
  columns: ColumnSpec<Row>[];
}

export const TABLES: { [Id in TableId]: TableInfo<TableRows[Id][number]> } = {
  commitments: { key: "capital", slug: "commitments", title: "Capital committed", columns: commitmentColumns },
  cloudCommitments: { key: "cloud", slug: "cloud-commitments", title: "Cloud spending committed back", columns: cloudCommitmentColumns },
  dealTerms: { key: "terms", slug: "deal-terms", title: "Deal terms", columns: dealTermColumns },
  channels: { key: "channels", slug: "channels", title: "Distribution channels", columns: channelColumns },
};

/** In page order. */
export const TABLE_IDS: TableId[] = ["commitments", "cloudCommitments", "dealTerms", "channels"];
