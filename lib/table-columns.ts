import type { CsvValue } from "./csv";
import { formatCategory } from "./format";
import { GRADE_MEANINGS } from "./grades";
import { commitmentRole } from "./headline";
import type { BackingRow } from "./backing";
import type { Channel, CloudCommitment, Commitment, DealTerm, Source } from "./schema";
import type { WithSources } from "./sources";

/**
 * Each table's columns, declared once and used for the header, the sort, the CSV header and
 * the CSV value, on the page and in the `/api/*.csv` files alike. Pure: no React here.
 */

/** How a column sorts and what its value is: text, a number in USD, a date, or confidence. */
export type ColumnKind = "text" | "usd" | "number" | "date" | "confidence";

export interface ColumnSpec<Row> {
  id: string;
  label: string;
  /** snake_case, unit included where there is one: `amount_usd`. */
  csvHeader: string;
  description: string;
  kind: ColumnKind;
  /** The value to sort by and to write to CSV; null is unknown (sorted last, an empty CSV field). */
  value: (row: Row) => string | number | null;
  /** The value's unit where it has one, for the column pickers and the downloads' metadata. */
  unit?: string;
  /** Few distinct values: the table filters it by choosing among them. */
  choice?: boolean;
  /** How a known text value reads on the page where that differs from the CSV value ("follow-on" reads "Follow on"). */
  display?: (value: string) => string;
  /** A note the cell shows under the value, so that the table's search finds it too. */
  note?: (row: Row) => string | null;
  /** How an empty value reads where "undisclosed" or "n/a" would mislead ("none yet"). */
  unknown?: string;
}

export type CommitmentRow = WithSources<Commitment>;
export type CloudCommitmentRow = WithSources<CloudCommitment>;
export type DealTermRow = WithSources<DealTerm>;
export type ChannelRow = WithSources<Channel>;

const DATE_UNIT = "ISO 8601 date: YYYY-MM-DD, or YYYY-MM or YYYY where the day or month is unknown";

const confidence = <Row extends { confidence: string; confidenceNote: string | null }>(): ColumnSpec<Row> => ({
  id: "confidence",
  label: "Confidence",
  csvHeader: "confidence",
  description: `The row's grade, the weakest of its figures' grades. confirmed: ${GRADE_MEANINGS.confirmed} reported: ${GRADE_MEANINGS.reported} unconfirmed: ${GRADE_MEANINGS.unconfirmed}`,
  kind: "confidence",
  value: (row) => row.confidence,
  choice: true,
  note: (row) => row.confidenceNote,
});

const USD = "USD, nominal";

export const commitmentColumns: ColumnSpec<CommitmentRow>[] = [
  { id: "investor", label: "Investor", csvHeader: "investor", description: "Who commits the money", kind: "text", value: (row) => row.investor, choice: true },
  { id: "recipient", label: "Recipient", csvHeader: "recipient", description: "Who receives it", kind: "text", value: (row) => row.recipient, choice: true },
  {
    id: "announced",
    label: "Announced",
    csvHeader: "announced",
    description: "Date announced or filed (ISO 8601; year or month where the day is unknown)",
    kind: "date",
    value: (row) => row.announced,
    unit: DATE_UNIT,
    note: (row) => row.announcedNote,
  },
  { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "Amount in US dollars, nominal; empty where undisclosed", kind: "usd", value: (row) => row.amountUsd, unit: USD },
  {
    id: "tranche",
    label: "Tranche",
    csvHeader: "tranche",
    description: "upfront, conditional, total (a whole commitment or a sum), funded (paid in so far: a status, never added) or undisclosed",
    kind: "text",
    value: (row) => row.tranche,
    choice: true,
    display: formatCategory,
  },
  {
    id: "role",
    label: "Counted",
    csvHeader: "role",
    description: "counted: part of the backer's sum; part: already inside the row named in part_of, never added again; context: another investor or a whole round, never summed",
    kind: "text",
    value: (row) => commitmentRole(row),
    choice: true,
  },
  { id: "partOf", label: "Part of", csvHeader: "part_of", description: "The id of the row that already counts this amount; empty for a row counted on its own", kind: "text", value: (row) => row.partOf },
  { id: "kind", label: "Kind", csvHeader: "kind", description: "Kind of commitment", kind: "text", value: (row) => row.kind },
  { id: "status", label: "Status", csvHeader: "status", description: "Status as of the data's as-of date", kind: "text", value: (row) => row.status },
  { id: "conditions", label: "Conditions", csvHeader: "conditions", description: "Conditions attached to the money, where any", kind: "text", value: (row) => row.conditions },
  confidence<CommitmentRow>(),
];

export const cloudCommitmentColumns: ColumnSpec<CloudCommitmentRow>[] = [
  { id: "buyer", label: "Buyer", csvHeader: "buyer", description: "Who commits to spend", kind: "text", value: (row) => row.buyer, choice: true },
  { id: "cloud", label: "Cloud", csvHeader: "cloud", description: "Whose cloud the money is committed to", kind: "text", value: (row) => row.cloud, choice: true },
  { id: "seller", label: "Seller", csvHeader: "seller", description: "The company that sells that cloud: the backer the spending goes back to", kind: "text", value: (row) => row.seller, choice: true },
  { id: "announced", label: "Announced", csvHeader: "announced", description: "Date announced (ISO 8601)", kind: "date", value: (row) => row.announced, unit: DATE_UNIT },
  { id: "amount", label: "Amount", csvHeader: "amount_usd", description: "Amount in US dollars, nominal; empty where undisclosed", kind: "usd", value: (row) => row.amountUsd, unit: USD },
  { id: "basis", label: "Basis", csvHeader: "basis", description: "new, incremental to earlier commitments, or an expansion of one", kind: "text", value: (row) => row.basis, choice: true, display: formatCategory },
  { id: "term", label: "Term", csvHeader: "term_years", description: "Term in years; empty where not stated", kind: "number", value: (row) => row.termYears, unit: "years" },
  { id: "description", label: "What", csvHeader: "description", description: "What was committed", kind: "text", value: (row) => row.description },
  confidence<CloudCommitmentRow>(),
];

export const dealTermColumns: ColumnSpec<DealTermRow>[] = [
  {
    id: "date",
    label: "Date",
    csvHeader: "date",
    description: "Date the term was agreed or reported (ISO 8601; month or year where the day is unknown)",
    kind: "date",
    value: (row) => row.date,
    unit: DATE_UNIT,
  },
  { id: "party", label: "Party", csvHeader: "party", description: "The backer the term concerns", kind: "text", value: (row) => row.party, choice: true },
  {
    id: "category",
    label: "Category",
    csvHeader: "category",
    description: "stake, exclusivity, IP rights, revenue share, conditions, legal, investment, compute, distribution or governance",
    kind: "text",
    value: (row) => formatCategory(row.category),
    choice: true,
  },
  { id: "text", label: "Term", csvHeader: "term", description: "The term, summarised", kind: "text", value: (row) => row.text },
  confidence<DealTermRow>(),
];

export const channelColumns: ColumnSpec<ChannelRow>[] = [
  { id: "channel", label: "Channel", csvHeader: "channel", description: "Where a company buys the lab's models", kind: "text", value: (row) => row.channel, choice: true },
  { id: "cloud", label: "Cloud", csvHeader: "cloud", description: "The cloud it runs on", kind: "text", value: (row) => row.cloud, choice: true },
  { id: "models", label: "Models", csvHeader: "models", description: "The lab's models offered there", kind: "text", value: (row) => row.models },
  {
    id: "since",
    label: "Since",
    csvHeader: "since",
    description: "Available since (ISO 8601); empty where undated",
    kind: "date",
    value: (row) => row.since,
    unit: DATE_UNIT,
    note: (row) => row.sinceNote,
  },
  { id: "status", label: "Stage", csvHeader: "stage", description: "generally available, launch (a model card's date), preview, listed (an undated docs page), catalog entry (a model listed in a client app's catalog, not an availability notice), announced or sample-app support", kind: "text", value: (row) => row.status, choice: true, display: formatCategory },
  { id: "notes", label: "Terms and notes", csvHeader: "notes", description: "Terms, regions, prices", kind: "text", value: (row) => row.notes },
  confidence<ChannelRow>(),
];

export type BackingTableRow = WithSources<BackingRow>;

/** Each backer's money per lab, summed as the headline figures are. */
export const backingColumns: ColumnSpec<BackingTableRow>[] = [
  { id: "investor", label: "Backer", csvHeader: "investor", description: "Who commits the money", kind: "text", value: (row) => row.investor, choice: true },
  { id: "lab", label: "Lab", csvHeader: "lab", description: "The lab it backs", kind: "text", value: (row) => row.labName, choice: true },
  { id: "firm", label: "Committed", csvHeader: "committed_usd", description: "Committed without conditions, known amounts only; empty where no amount is disclosed", kind: "usd", value: (row) => row.firmUsd, unit: USD },
  { id: "conditional", label: "Conditional", csvHeader: "conditional_usd", description: "Paid only if conditions are met; not committed money", kind: "usd", value: (row) => row.conditionalUsd, unit: USD },
  { id: "upTo", label: "Up to", csvHeader: "up_to_usd", description: "Committed plus conditional: the most on record", kind: "usd", value: (row) => row.upToUsd, unit: USD },
  { id: "undisclosed", label: "Undisclosed", csvHeader: "undisclosed_count", description: "Commitments counted whose amount was never disclosed: where there are any, the sums are floors", kind: "number", value: (row) => row.undisclosed },
  { ...confidence<BackingTableRow>(), description: "The grade of the sums: the weakest grade of the amounts counted (of the undisclosed amounts where none is known)" },
];

/** A channel row of any lab, named: the home page's "who sells whose models" table. */
export type SellerRow = ChannelRow & { labName: string };

/** Every lab's channels, cloud first: which cloud sells which lab's models, since when. */
export const sellerColumns: ColumnSpec<SellerRow>[] = [
  { id: "cloud", label: "Cloud", csvHeader: "cloud", description: "The cloud that sells the models", kind: "text", value: (row) => row.cloud, choice: true },
  { id: "lab", label: "Lab", csvHeader: "lab", description: "Whose models it sells", kind: "text", value: (row) => row.labName, choice: true },
  ...channelColumns.filter((column) => column.id !== "cloud" && column.id !== "notes"),
];

/** What every export adds after a table's columns: each figure's own grade. */
export const FIGURE_GRADES_COLUMN = {
  csvHeader: "figure_grades",
  label: "Grade of each figure",
  description: "Each graded figure of the row and its grade, e.g. \"date: reported; amount: confirmed\"; the row's grade is the weakest of them",
};

interface Graded {
  confidence?: string;
  grades?: Record<string, { confidence: string }>;
}

/** "date: reported; amount: confirmed", or null for a row graded as a whole. */
export function figureGrades(row: object): string | null {
  const grades = Object.entries((row as Graded).grades ?? {});
  return grades.length === 0 ? null : grades.map(([figure, grade]) => `${figure}: ${grade.confidence}`).join("; ");
}

/** Every export carries the row's grade: where the view hides the Confidence column, it is added back. */
export function gradeFields<Row>(columns: ColumnSpec<Row>[]): { header: string[]; values: (row: Row) => CsvValue[] } {
  const hasConfidence = columns.some((column) => column.kind === "confidence");
  return {
    header: [...(hasConfidence ? [] : ["confidence"]), FIGURE_GRADES_COLUMN.csvHeader],
    values: (row) => [...(hasConfidence ? [] : [(row as Graded).confidence ?? null]), figureGrades(row as object)],
  };
}

/** A source as a download's `sources` field names it: "Reuters, Microsoft invests $10B, 2023-01-23". */
export function sourceLabel(source: Pick<Source, "publisher" | "title" | "date">): string {
  return [source.publisher, source.title, source.date].filter(Boolean).join(", ");
}

/** How a download's `sources` field separates its sources. */
export const SOURCE_SEPARATOR = "; ";

/**
 * CSV for a table: the given columns in the given order, each figure's grade, then the
 * sources, cited by name and URL. A view whose Sources column is hidden passes
 * `withSources: false` to leave them out.
 */
export function tableCsvRows<Row extends WithSources<object>>(
  columns: ColumnSpec<Row>[],
  rows: Row[],
  { withSources = true } = {},
): { header: string[]; rows: CsvValue[][] } {
  const grades = gradeFields(columns);
  const values = columns.map((column) => column.value);
  // Rows cite the same few sources over and over (a table file lists each once): each
  // source's label is worked out once per export, not once per row that cites it.
  const labels = new Map<Source, string>();
  const labelOf = (source: Source) => {
    let label = labels.get(source);
    if (label === undefined) labels.set(source, (label = sourceLabel(source)));
    return label;
  };
  // Plain loops: an export of 100,000 rows builds a million fields, and spreads cost.
  const records = new Array<CsvValue[]>(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const record: CsvValue[] = [];
    for (const value of values) record.push(value(row));
    for (const value of grades.values(row)) record.push(value);
    if (withSources) {
      let names = "";
      let urls = "";
      row.sources.forEach((source, at) => {
        names = at === 0 ? labelOf(source) : `${names}${SOURCE_SEPARATOR}${labelOf(source)}`;
        if (source.url) urls = urls === "" ? source.url : `${urls} ${source.url}`;
      });
      record.push(names, urls);
    }
    records[index] = record;
  }
  return {
    header: [...columns.map((column) => column.csvHeader), ...grades.header, ...(withSources ? ["sources", "source_urls"] : [])],
    rows: records,
  };
}
