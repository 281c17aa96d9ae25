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
import { TABLES } from "@/lib/tables";
import { ConfidenceCell, DateCell, TextCell, UsdCell } from "./cells";
import { toColumnDefs } from "./table-features";
import { useTableData } from "./table-data";
import { UrlTable } from "./url-table";

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

export function CommitmentsTable() {
  return <UrlTable info={TABLES.commitments} rows={useTableData().tables.commitments} columns={commitmentDefs} />;
}

export function CloudCommitmentsTable() {
  return <UrlTable info={TABLES.cloudCommitments} rows={useTableData().tables.cloudCommitments} columns={cloudDefs} />;
}

export function DealTermsTable() {
  return <UrlTable info={TABLES.dealTerms} rows={useTableData().tables.dealTerms} columns={dealTermDefs} />;
}

export function ChannelsTable() {
  return <UrlTable info={TABLES.channels} rows={useTableData().tables.channels} columns={channelDefs} />;
}
