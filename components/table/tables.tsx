"use client";

import { formatYears } from "@/lib/format";
import { distinctFigureGrade } from "@/lib/grades";
import { commitmentRole } from "@/lib/headline";
import {
  channelColumns,
  cloudCommitmentColumns,
  commitmentColumns,
  dealTermColumns,
  type ChannelRow,
  type CloudCommitmentRow,
  type CommitmentRow,
  type DealTermRow,
  sellerColumns,
  type SellerRow,
  backingColumns,
  type BackingTableRow,
} from "@/lib/table-columns";
import { TABLES, type TableId, type TableInfo, type TableRows } from "@/lib/tables";
import { ConfidenceCell, DateCell, RoleCell, TextCell, UsdCell } from "./cells";
import type { ColumnDef } from "@tanstack/react-table";
import { toColumnDefs, type Features } from "./table-features";
import { useTableData } from "./table-data";
import { UrlTable } from "./url-table";

// Columns are built once, at module scope: new column objects each render rebuild the table.
const commitmentDefs = toColumnDefs<CommitmentRow>(commitmentColumns, {
  announced: (row) => <DateCell date={row.announced} note={row.announcedNote} grade={distinctFigureGrade(row.grades, "date")} />,
  amount: (row) => <UsdCell amount={row.amountUsd} grade={distinctFigureGrade(row.grades, "amount")} conditional={row.tranche === "conditional"} />,
  role: (row) => <RoleCell role={commitmentRole(row)} partOf={row.partOf} />,
  partOf: (row) => <TextCell text={row.partOf} unknown="none" />,
  status: (row) => <TextCell text={row.status} />,
  conditions: (row) => <TextCell text={row.conditions} unknown="none stated" wide={row.conditions !== null} />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

const cloudDefs = toColumnDefs<CloudCommitmentRow>(cloudCommitmentColumns, {
  announced: (row) => <DateCell date={row.announced} grade={distinctFigureGrade(row.grades, "date")} />,
  amount: (row) => <UsdCell amount={row.amountUsd} grade={distinctFigureGrade(row.grades, "amount")} />,
  term: (row) => <TextCell text={row.termYears === null ? null : formatYears(row.termYears)} unknown="not stated" grade={distinctFigureGrade(row.grades, "term")} />,
  description: (row) => <TextCell text={row.description} wide />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

const dealTermDefs = toColumnDefs<DealTermRow>(dealTermColumns, {
  date: (row) => <DateCell date={row.date} grade={distinctFigureGrade(row.grades, "date")} />,
  text: (row) => <TextCell text={row.text} wide grade={distinctFigureGrade(row.grades, "term")} />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

// A channel's cells, the same in its lab's table and in the table across labs.
const channelCells = {
  since: (row: ChannelRow) => <DateCell date={row.since} note={row.sinceNote} grade={distinctFigureGrade(row.grades, "date")} />,
  models: (row: ChannelRow) => <TextCell text={row.models} grade={distinctFigureGrade(row.grades, "models")} />,
  confidence: (row: ChannelRow) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
};

const channelDefs = toColumnDefs<ChannelRow>(channelColumns, { ...channelCells, notes: (row) => <TextCell text={row.notes} wide /> });

const sellerDefs = toColumnDefs<SellerRow>(sellerColumns, channelCells);

const backingDefs = toColumnDefs<BackingTableRow>(backingColumns, {
  firm: (row) => <UsdCell amount={row.firmUsd} />,
  conditional: (row) => <UsdCell amount={row.conditionalUsd} conditional={row.conditionalUsd !== null && row.conditionalUsd > 0} />,
  upTo: (row) => <UsdCell amount={row.upToUsd} />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
});

/** Each table's columns, by table: a cell drawn otherwise than as its column's plain text is named here. */
const COLUMN_DEFS: { [Id in TableId]: ColumnDef<Features, TableRows[Id][number], unknown>[] } = {
  commitments: commitmentDefs,
  cloudCommitments: cloudDefs,
  dealTerms: dealTermDefs,
  channels: channelDefs,
  sellers: sellerDefs,
  backing: backingDefs,
};

/** A table of the registry, with its rows from the page's one copy of them. */
export function RegistryTable<Id extends TableId>({ id }: { id: Id }) {
  const info: TableInfo<TableRows[Id][number]> = TABLES[id];
  const rows: TableRows[Id][number][] = useTableData().tables[id];
  return <UrlTable info={info} rows={rows} columns={COLUMN_DEFS[id]} />;
}
