import { describe, expect, it } from "vitest";
import type { Channel, CloudCommitment, Commitment, DealTerm, Source } from "./schema";
import { withSources } from "./sources";
import {
  channelColumns,
  cloudCommitmentColumns,
  commitmentColumns,
  dealTermColumns,
  tableCsvRows,
  type ColumnSpec,
  type CommitmentRow,
} from "./table-columns";

const PRIMARY = { tier: "primary", sameTextAs: null, mirror: false, notReRead: false } as const;

const sources: Source[] = [
  { id: "s-openai", publisher: "OpenAI", title: "Microsoft invests in OpenAI", url: "https://openai.com/x", date: "2019-07-22", note: null, ...PRIMARY },
  { id: "s-geekwire", publisher: "GeekWire", title: null, url: null, date: "2023-01-23", note: "no address", ...PRIMARY },
  { id: "s-aggregator", publisher: "type0.ai", title: null, url: null, date: null, note: null, ...PRIMARY },
  { id: "s-10q", publisher: "Microsoft", title: "Form 10-Q", url: "https://www.sec.gov/y", date: "2025-10", note: null, ...PRIMARY },
];

const base = { lab: "openai", confidenceNote: null, quotes: [], grades: {} };
const commitmentBase = { ...base, conditionDetails: null, dateKind: "announced" as const };

const commitments: Commitment[] = [
  {
    ...commitmentBase,
    id: "c-2019",
    confidence: "confirmed",
    sourceIds: ["s-openai", "s-10q"],
    investor: "Microsoft",
    recipient: "OpenAI",
    announced: "2019-07-22",
    announcedNote: null,
    amountUsd: 1e9,
    kind: "investment",
    tranche: "initial",
    partOf: null,
    status: "funded",
    conditions: null,
    contextOnly: false,
    description: "First.",
  },
  {
    ...commitmentBase,
    id: "c-2021",
    confidence: "reported",
    sourceIds: ["s-geekwire"],
    investor: "Microsoft",
    recipient: "OpenAI",
    announced: "2021",
    announcedNote: null,
    amountUsd: null,
    kind: "investment",
    tranche: "follow-on",
    partOf: null,
    status: "funded",
    conditions: null,
    contextOnly: false,
    description: "Second.",
  },
  {
    ...commitmentBase,
    id: "c-cond",
    confidence: "unconfirmed",
    sourceIds: ["s-aggregator", "s-10q", "s-openai"],
    investor: "Amazon",
    recipient: "OpenAI",
    announced: "2026-02",
    announcedNote: null,
    amountUsd: 35e9,
    kind: "investment",
    tranche: "conditional",
    partOf: null,
    status: "conditional",
    conditions: "=IPO, or a milestone",
    contextOnly: false,
    description: "Third.",
  },
];

const rows: CommitmentRow[] = withSources(commitments, sources);

describe("tableCsvRows", () => {
  it("writes the column specs' CSV headers, then sources and source_urls", () => {
    const { header } = tableCsvRows(commitmentColumns, rows);
    expect(header).toEqual([...commitmentColumns.map((column) => column.csvHeader), "figure_grades", "sources", "source_urls"]);
    expect(header).toEqual([
      "investor",
      "recipient",
      "announced",
      "amount_usd",
      "tranche",
      "role",
      "part_of",
      "kind",
      "status",
      "conditions",
      "confidence",
      "figure_grades",
      "sources",
      "source_urls",
    ]);
  });

  it("writes raw values: numbers and nulls as such, dates as ISO strings, in row order", () => {
    expect(tableCsvRows(commitmentColumns, rows).rows).toEqual([
      [
        "Microsoft",
        "OpenAI",
        "2019-07-22",
        1000000000,
        "initial",
        "counted",
        null,
        "investment",
        "funded",
        null,
        "confirmed",
        null,
        "OpenAI, Microsoft invests in OpenAI, 2019-07-22; Microsoft, Form 10-Q, 2025-10",
        "https://openai.com/x https://www.sec.gov/y",
      ],
      ["Microsoft", "OpenAI", "2021", null, "follow-on", "counted", null, "investment", "funded", null, "reported", null, "GeekWire, 2023-01-23", ""],
      [
        "Amazon",
        "OpenAI",
        "2026-02",
        35000000000,
        "conditional",
        "counted",
        null,
        "investment",
        "conditional",
        // Raw here: toCsv neutralises formulas when it writes the file.
        "=IPO, or a milestone",
        "unconfirmed",
        null,
        "type0.ai; Microsoft, Form 10-Q, 2025-10; OpenAI, Microsoft invests in OpenAI, 2019-07-22",
        "https://www.sec.gov/y https://openai.com/x",
      ],
    ]);
  });

  it("lists only the URLs that exist, space-separated, in citation order", () => {
    const urls = tableCsvRows(commitmentColumns, rows).rows.map((row) => row[row.length - 1]);
    expect(urls).toEqual(["https://openai.com/x https://www.sec.gov/y", "", "https://www.sec.gov/y https://openai.com/x"]);
  });

  it("keeps the rows in the order given (a sorted or filtered view)", () => {
    const reversed = [...rows].reverse();
    expect(tableCsvRows(commitmentColumns, reversed).rows.map((row) => row[2])).toEqual(["2026-02", "2021", "2019-07-22"]);
    expect(tableCsvRows(commitmentColumns, [rows[1]]).rows).toHaveLength(1);
    expect(tableCsvRows(commitmentColumns, []).rows).toEqual([]);
  });

  it("writes only the given columns, in the given order", () => {
    const byId = (id: string): ColumnSpec<CommitmentRow> => {
      const column = commitmentColumns.find((candidate) => candidate.id === id);
      if (!column) throw new Error(`no column ${id}`);
      return column;
    };
    const { header, rows: body } = tableCsvRows([byId("amount"), byId("investor")], rows);
    // The row's grade is added back when the view hides the Confidence column.
    expect(header).toEqual(["amount_usd", "investor", "confidence", "figure_grades", "sources", "source_urls"]);
    expect(body.map((row) => row.slice(0, 3))).toEqual([
      [1e9, "Microsoft", "confirmed"],
      [null, "Microsoft", "reported"],
      [35e9, "Amazon", "unconfirmed"],
    ]);
    expect(body.every((row) => row.length === 6)).toBe(true);
  });

  it("writes deal-term categories as they read on the page", () => {
    const term: DealTerm = {
      ...base,
      id: "t",
      confidence: "confirmed",
      sourceIds: ["s-10q"],
      date: "2025-10-28",
      party: "Microsoft",
      counterparty: "OpenAI",
      category: "ip-rights",
      text: "IP rights through 2032.",
    };
    const { header, rows: body } = tableCsvRows(dealTermColumns, withSources([term], sources));
    expect(header).toEqual(["date", "party", "category", "term", "confidence", "figure_grades", "sources", "source_urls"]);
    expect(body).toEqual([["2025-10-28", "Microsoft", "IP rights", "IP rights through 2032.", "confirmed", null, "Microsoft, Form 10-Q, 2025-10", "https://www.sec.gov/y"]]);
    const graded = { ...term, grades: { date: { confidence: "confirmed" as const, sourceIds: ["s-10q"], hedged: [], dispute: null }, term: { confidence: "reported" as const, sourceIds: ["s-10q"], hedged: [], dispute: null } } };
    expect(tableCsvRows(dealTermColumns, withSources([graded], sources)).rows[0][5]).toBe("date: confirmed; term: reported");
  });

  it("writes cloud commitments with the term as a number or null", () => {
    const cloud: CloudCommitment[] = [
      { ...base, id: "k1", confidence: "confirmed", sourceIds: ["s-10q"], buyer: "OpenAI", seller: "Amazon", cloud: "AWS", announced: "2025-11-03", amountUsd: 38e9, basis: "new", termYears: 7, description: "AWS deal." },
      { ...base, id: "k2", confidence: "confirmed", sourceIds: ["s-10q"], buyer: "OpenAI", seller: "Microsoft", cloud: "Microsoft Azure", announced: null, amountUsd: null, basis: "incremental", termYears: null, description: "Azure deal." },
    ];
    const { header, rows: body } = tableCsvRows(cloudCommitmentColumns, withSources(cloud, sources));
    expect(header).toEqual(["buyer", "cloud", "seller", "announced", "amount_usd", "basis", "term_years", "description", "confidence", "figure_grades", "sources", "source_urls"]);
    expect(body.map((row) => row.slice(0, 9))).toEqual([
      ["OpenAI", "AWS", "Amazon", "2025-11-03", 38e9, "new", 7, "AWS deal.", "confirmed"],
      ["OpenAI", "Microsoft Azure", "Microsoft", null, null, "incremental", null, "Azure deal.", "confirmed"],
    ]);
  });

  it("writes channels with an undated start as null", () => {
    const channel: Channel = {
      ...base,
      shortName: "Channel",
      milestones: [],
      exclusiveUntil: null,
      id: "ch",
      confidence: "reported",
      sourceIds: ["s-aggregator"],
      channel: "Amazon Bedrock",
      cloud: "AWS",
      operator: "Amazon",
      models: "gpt-oss-20b",
      since: null,
      sinceNote: null,
      status: "available",
      notes: null,
    };
    const { header, rows: body } = tableCsvRows(channelColumns, withSources([channel], sources));
    expect(header).toEqual(["channel", "cloud", "models", "since", "stage", "notes", "confidence", "figure_grades", "sources", "source_urls"]);
    expect(body).toEqual([["Amazon Bedrock", "AWS", "gpt-oss-20b", null, "available", null, "reported", null, "type0.ai", ""]]);
  });
});

describe("column specs", () => {
  const tables = { commitmentColumns, cloudCommitmentColumns, dealTermColumns, channelColumns };

  it.each(Object.entries(tables))("%s: ids and CSV headers are unique, CSV headers snake_case and not clashing with the source columns", (_name, columns) => {
    const specs = columns as ColumnSpec<never>[];
    const ids = specs.map((column) => column.id);
    const headers = specs.map((column) => column.csvHeader);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(headers).size).toBe(headers.length);
    for (const header of headers) expect(header).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(headers).not.toContain("sources");
    expect(headers).not.toContain("source_urls");
    for (const column of specs) {
      expect(column.label).not.toBe("");
      expect(column.description).not.toBe("");
    }
  });

  it("declares a kind that matches each commitment column's values", () => {
    for (const column of commitmentColumns) {
      for (const row of rows) {
        const value = column.value(row);
        if (value === null) continue;
        if (column.kind === "usd" || column.kind === "number") expect(typeof value).toBe("number");
        else expect(typeof value).toBe("string");
        if (column.kind === "date") expect(value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        if (column.kind === "confidence") expect(["confirmed", "reported", "unconfirmed"]).toContain(value);
      }
    }
  });

  it("uses amount_usd with kind usd for every amount column", () => {
    expect(commitmentColumns.find((column) => column.csvHeader === "amount_usd")?.kind).toBe("usd");
    expect(cloudCommitmentColumns.find((column) => column.csvHeader === "amount_usd")?.kind).toBe("usd");
    expect(cloudCommitmentColumns.find((column) => column.csvHeader === "term_years")?.kind).toBe("number");
  });
});
