import type { ViewSummary } from "../export-bundle";
import type { Commitment, DealTerm, Source } from "../schema";
import type { TableRows } from "../tables";
import { withSources } from "../sources";
import type { CommitmentRow, DealTermRow } from "../table-columns";

/** Small hand-made tables for the filter, view and export tests: every edge a reader meets. */

export const PRIMARY = { tier: "primary", sameTextAs: null, mirror: false, notReRead: false } as const;

const sources: Source[] = [
  { id: "s-openai", publisher: "OpenAI", title: "Microsoft invests in OpenAI", url: "https://openai.com/x", date: "2019-07-22", note: null, ...PRIMARY },
  { id: "s-geekwire", publisher: "GeekWire", title: null, url: null, date: "2023-01-23", note: "no address", ...PRIMARY },
  { id: "s-reuters", publisher: "Reuters", title: "Amazon to invest", url: "https://reuters.com/z", date: "2026-02-27", note: null, ...PRIMARY },
];

const base = { confidenceNote: null, quotes: [], grades: {} };

function commitment(fields: Partial<Commitment> & Pick<Commitment, "id" | "investor" | "amountUsd" | "announced" | "tranche">): Commitment {
  return {
    ...base,
    confidence: "confirmed",
    sourceIds: ["s-openai"],
    lab: "openai",
    recipient: "OpenAI",
    announcedNote: null,
    dateKind: "announced",
    kind: "investment",
    partOf: null,
    status: "funded",
    conditions: null,
    conditionDetails: null,
    contextOnly: false,
    description: "A commitment.",
    ...fields,
  };
}

export const commitmentRows: CommitmentRow[] = withSources(
  [
    commitment({ id: "m-2019", investor: "Microsoft", amountUsd: 1e9, announced: "2019-07-22", tranche: "initial" }),
    commitment({
      id: "m-2021",
      investor: "Microsoft",
      amountUsd: null,
      announced: "2021",
      tranche: "follow-on",
      confidence: "reported",
      sourceIds: ["s-geekwire"],
      announcedNote: "disclosed 2023-01-23",
    }),
    commitment({ id: "m-2023", investor: "Microsoft", amountUsd: 10e9, announced: "2023-01-23", tranche: "follow-on", confidence: "reported" }),
    commitment({ id: "a-up", investor: "Amazon", amountUsd: 15e9, announced: "2026-02-27", tranche: "upfront", sourceIds: ["s-reuters"] }),
    commitment({
      id: "a-cond",
      investor: "Amazon",
      amountUsd: 35e9,
      announced: "2026-02",
      tranche: "conditional",
      confidence: "unconfirmed",
      confidenceNote: "Triggers reported only",
      sourceIds: ["s-reuters", "s-openai"],
      conditions: "=IPO, or a milestone",
    }),
    commitment({ id: "x-undated", investor: "Zürich Fund", amountUsd: 8.2e9, announced: null, tranche: "round" }),
  ],
  sources,
);

function term(id: string, date: string, party: string, category: DealTerm["category"], text: string, confidence: DealTerm["confidence"] = "confirmed"): DealTerm {
  return { ...base, id, lab: "openai", date, party, counterparty: "OpenAI", category, text, confidence, sourceIds: ["s-openai"] };
}

export const dealTermRows: DealTermRow[] = withSources(
  [
    term("t1", "2019-07-22", "Microsoft", "exclusivity", "Azure is the exclusive cloud."),
    term("t2", "2025-01", "Microsoft", "compute", "Right of first refusal on new capacity.", "reported"),
    term("t3", "2025-10-28", "Microsoft", "ip-rights", "IP rights through 2032."),
    term("t4", "2026-02-27", "Amazon", "investment", "$15B upfront, $35B on conditions."),
    term("t5", "2026", "Amazon", "legal", "Settles the question of a lawsuit.", "unconfirmed"),
  ],
  sources,
);

/** The page's tables for the download tests: capital and deal terms filled, the rest empty. */
export const exportTables: TableRows = { commitments: commitmentRows, cloudCommitments: [], dealTerms: dealTermRows, channels: [], sellers: [], backing: [] };

/** The dataset the download tests describe. */
export const exportMeta = { lab: "openai", home: true, title: "Who has money in OpenAI", subject: "OpenAI", asOf: "2026-06-23", note: "Checked up to 2026-06-23." };

/** A view summary for the export tests: a filtered, sorted view of a table, whatever a test sets. */
export function exportView(fields: Partial<ViewSummary> & Pick<ViewSummary, "table" | "url">): ViewSummary {
  return { filters: [], sort: [], hiddenColumns: [], parameters: {}, rowsShown: 2, rowsTotal: 5, ...fields };
}
