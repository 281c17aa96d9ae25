import type { ReactNode } from "react";
import { formatYears } from "@/lib/format";
import { distinctFigureGrade } from "@/lib/grades";
import { commitmentRole } from "@/lib/headline";
import type { WithSources } from "@/lib/sources";
import type { ChannelRow, ColumnSpec } from "@/lib/table-columns";
import type { TableId, TableRows } from "@/lib/tables";
import { SourceLinks } from "@/components/ui/source-links";
import { ConfidenceCell, DateCell, RoleCell, TextCell, UsdCell } from "./cells";

/**
 * Each table's cells, by table: a cell drawn otherwise than as its column's plain text is
 * named here. No directive: the server draws the static table with these, and the live
 * table in the browser draws the same cells, so the one can replace the other unseen.
 */
type CellMap<Row> = Partial<Record<string, (row: Row) => ReactNode>>;

// A channel's cells, the same in its lab's table and in the table across labs.
const channelCells: CellMap<ChannelRow> = {
  since: (row) => <DateCell date={row.since} note={row.sinceNote} grade={distinctFigureGrade(row.grades, "date")} />,
  models: (row) => <TextCell text={row.models} grade={distinctFigureGrade(row.grades, "models")} />,
  confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
};

export const TABLE_CELLS: { [Id in TableId]: CellMap<TableRows[Id][number]> } = {
  commitments: {
    announced: (row) => <DateCell date={row.announced} note={row.announcedNote} grade={distinctFigureGrade(row.grades, "date")} />,
    amount: (row) => <UsdCell amount={row.amountUsd} grade={distinctFigureGrade(row.grades, "amount")} conditional={row.tranche === "conditional"} />,
    role: (row) => <RoleCell role={commitmentRole(row)} partOf={row.partOf} />,
    partOf: (row) => <TextCell text={row.partOf} unknown="none" />,
    status: (row) => <TextCell text={row.status} />,
    conditions: (row) => <TextCell text={row.conditions} unknown="none stated" wide={row.conditions !== null} />,
    confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
  },
  cloudCommitments: {
    announced: (row) => <DateCell date={row.announced} grade={distinctFigureGrade(row.grades, "date")} />,
    amount: (row) => <UsdCell amount={row.amountUsd} grade={distinctFigureGrade(row.grades, "amount")} />,
    term: (row) => <TextCell text={row.termYears === null ? null : formatYears(row.termYears)} unknown="not stated" grade={distinctFigureGrade(row.grades, "term")} />,
    description: (row) => <TextCell text={row.description} wide />,
    confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
  },
  dealTerms: {
    date: (row) => <DateCell date={row.date} grade={distinctFigureGrade(row.grades, "date")} />,
    text: (row) => <TextCell text={row.text} wide grade={distinctFigureGrade(row.grades, "term")} />,
    confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
  },
  channels: { ...channelCells, notes: (row) => <TextCell text={row.notes} wide /> },
  sellers: channelCells,
  backing: {
    firm: (row) => <UsdCell amount={row.firmUsd} />,
    conditional: (row) => <UsdCell amount={row.conditionalUsd} conditional={row.conditionalUsd !== null && row.conditionalUsd > 0} />,
    upTo: (row) => <UsdCell amount={row.upToUsd} />,
    confidence: (row) => <ConfidenceCell level={row.confidence} note={row.confidenceNote} />,
  },
};

/** A cell as drawn: its table's own renderer, else the column's value as text ("n/a" when unknown). */
export function renderCell<Row extends WithSources<object>>(spec: ColumnSpec<Row>, cells: CellMap<Row>, row: Row): ReactNode {
  const render = cells[spec.id];
  if (render) return render(row);
  const value = spec.value(row) ?? undefined;
  if (value === undefined) return <span className="text-muted">n/a</span>;
  return typeof value === "string" && spec.display ? spec.display(value) : String(value);
}

export function SourcesCell({ row }: { row: WithSources<object> }) {
  return <SourceLinks sources={row.sources} />;
}

/** The classes of a body cell, by the kind of its column; the first column sticks to the left. */
export function cellClass(kind: string | undefined, first: boolean): string {
  return `px-3 py-2 ${kind === "usd" || kind === "number" ? "text-right whitespace-nowrap tabular-nums" : ""} ${first ? STICKY_FIRST : ""}`;
}

/** The first column stays in view as a wide table scrolls sideways, edged so that it reads as fixed. */
const STICKY_FIRST = "sticky left-0 z-10 bg-surface shadow-[inset_-1px_0_0_var(--color-line)]";

/** The classes of a header cell: the header row sticks to the top, the first heading also to the left. */
export function headerClass(first: boolean, numeric: boolean, sortable: boolean): string {
  const sticky = `sticky top-0 bg-sunken ${first ? "left-0 z-30 shadow-[inset_-1px_0_0_var(--color-line)]" : "z-20"}`;
  return `${sortable ? "px-1" : "px-3"} py-1 font-semibold whitespace-nowrap ${sticky} ${numeric && sortable ? "text-right" : ""}`;
}
