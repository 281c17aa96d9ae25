"use client";

import { formatYears } from "@/lib/format";
import {
  channelColumns,
  cloudCommitmentColumns,
  commitmentColumns,
  dealTermColumns,
  type ChannelRow,
  type CloudCommitmentRow,
  type CommitmentRow,
  type DealTermRow,
} from "@/lib/table-columns";
import { ConfidenceCell, DateCell, TextCell, UsdCell } from "./cells";
import { DataTable } from "./data-table";
import { toColumnDefs } from "./table-features";

// Columns are built once, at module scope: new column objects each render rebuild the table.
const commitmentDefs = toColumnDefs<CommitmentRow>(commitmentColumns, {
  announced: (row) => <DateCell date={row.announced} note={row.announcedNote} />,
  amount: (row) => <UsdCell amount={row.amountUsd} />,
  status: (row) => <TextCell text={row.status} />,
  conditions: (row) => <TextCell text={row.conditions} unknown="none stated" wide={row.conditions !== null} />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

const cloudDefs = toColumnDefs<CloudCommitmentRow>(cloudCommitmentColumns, {
  announced: (row) => <DateCell date={row.announced} />,
  amount: (row) => <UsdCell amount={row.amountUsd} />,
  term: (row) => <TextCell text={row.termYears === null ? null : formatYears(row.termYears)} unknown="not stated" />,
  description: (row) => <TextCell text={row.description} wide />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

const dealTermDefs = toColumnDefs<DealTermRow>(dealTermColumns, {
  date: (row) => <DateCell date={row.date} />,
  text: (row) => <TextCell text={row.text} wide />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

const channelDefs = toColumnDefs<ChannelRow>(channelColumns, {
  since: (row) => <DateCell date={row.since} note={row.sinceNote} />,
  notes: (row) => <TextCell text={row.notes} wide />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

interface TableProps<Row> {
  rows: Row[];
  asOf: string;
}

export function CommitmentsTable({ rows, asOf }: TableProps<CommitmentRow>) {
  return <DataTable slug="commitments" title="Capital committed" rows={rows} columns={commitmentDefs} specs={commitmentColumns} asOf={asOf} />;
}

export function CloudCommitmentsTable({ rows, asOf }: TableProps<CloudCommitmentRow>) {
  return <DataTable slug="cloud-commitments" title="Cloud spending committed back" rows={rows} columns={cloudDefs} specs={cloudCommitmentColumns} asOf={asOf} />;
}

export function DealTermsTable({ rows, asOf }: TableProps<DealTermRow>) {
  return <DataTable slug="deal-terms" title="Deal terms" rows={rows} columns={dealTermDefs} specs={dealTermColumns} asOf={asOf} />;
}

export function ChannelsTable({ rows, asOf }: TableProps<ChannelRow>) {
  return <DataTable slug="channels" title="Distribution channels" rows={rows} columns={channelDefs} specs={channelColumns} asOf={asOf} />;
}
