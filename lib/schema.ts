import { z } from "zod";
import { isIsoDay } from "./view-params";

/**
 * The one source of types for the dashboard's data. Every file in `data/` is parsed with
 * one of these schemas at load time (see `load-data.ts`); components import the inferred
 * types with `import type`, so zod itself never reaches a client bundle.
 */

/**
 * A message for a wrong type only: zod applies a schema-wide `error` to its later checks
 * too, which would call a negative number "not a number".
 */
const typeError = (message: string) => ({
  error: (issue: { code?: string }) => (issue.code === "invalid_type" ? message : undefined),
});

/** A date known to the day, the month or only the year: "2019-07-22", "2025-01", "2021". */
export const partialDateSchema = z
  .string(typeError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD"))
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    abort: true,
  })
  // 2026-02-30 has the shape of a day but is none.
  .refine((date) => date.length < 10 || isIsoDay(date), { error: "expected a real calendar date" });
export type PartialDate = z.infer<typeof partialDateSchema>;

export const isoDaySchema = z.iso.date({ error: "expected a date as YYYY-MM-DD" });

const nullableDate = partialDateSchema.nullable();

export const confidenceSchema = z.enum(["confirmed", "reported", "unconfirmed"], {
  error: "expected one of confirmed, reported, unconfirmed",
});
export type Confidence = z.infer<typeof confidenceSchema>;

const idSchema = z
  .string(typeError("expected an id (lowercase letters, digits and dashes)"))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "expected an id (lowercase letters, digits and dashes)" });

const text = z.string(typeError("expected text")).trim().min(1, { error: "expected non-empty text" });
const optionalText = text.nullable().optional().transform((value) => value ?? null);

/** Non-negative US dollars, or null when the amount was never disclosed (never 0 for "unknown"). */
const amountUsd = z
  .number(typeError("expected number or null"))
  .nonnegative({ error: "expected a non-negative number or null" })
  .nullable();

const sourceIds = z.array(idSchema, typeError("expected a list of source ids")).min(1, {
  error: "expected at least one source id",
});

/** A short quotation from a source, always attributed. */
export const quoteSchema = z.object({
  text,
  sourceId: idSchema,
});
export type Quote = z.infer<typeof quoteSchema>;

/**
 * The grade of one figure of a row (its amount, date, term...): the grade claimed, the
 * sources that state the figure (possibly none), those of them that state it only with a
 * hedge ("reportedly"), and the dispute it is subject to. The validator checks the claim
 * against the grading rules in `grades.ts`.
 */
export const figureGradeSchema = z.object({
  confidence: confidenceSchema,
  sourceIds: z.array(idSchema, typeError("expected a list of source ids")),
  hedged: z.array(idSchema).optional().default([]),
  dispute: idSchema.nullable().optional().transform((value) => value ?? null),
});
export type FigureGrade = z.infer<typeof figureGradeSchema>;

/**
 * A lab the dashboard follows. `name` is spelt as the rows name it (a commitment's
 * `recipient`, a cloud commitment's `buyer`); `path` is the lab's page, null until it has one.
 */
export const labSchema = z.object({
  id: idSchema,
  name: text,
  path: z
    .string(typeError("expected a page path or null"))
    .regex(/^\/([a-z0-9]+(-[a-z0-9]+)*)?$/, { error: "expected a page path such as / or /anthropic, or null" })
    .nullable(),
  /** The page's heading, where it is not the data set's own title. */
  title: optionalText,
});
export type Lab = z.infer<typeof labSchema>;

const rowBase = {
  id: idSchema,
  /** The row's grade: the weakest of its figures' grades where it has several. */
  confidence: confidenceSchema,
  /** Per-figure grades, keyed by figure ("amount", "date"...); a row without them is graded as one figure. */
  grades: z.record(idSchema, figureGradeSchema).optional().default({}),
  /** Where one row mixes levels ("confirmed amount; reported date"), the detail. */
  confidenceNote: optionalText,
  sourceIds,
  quotes: z.array(quoteSchema).optional().default([]),
};

export const metaSchema = z.object({
  title: text,
  subject: text,
  asOf: isoDaySchema,
  currency: z.literal("USD", { error: "expected USD" }),
  note: optionalText,
});
export type Meta = z.infer<typeof metaSchema>;

/** How much a source can carry on its own (the fact sheet's tiers): see `grades.ts`. */
export const sourceTierSchema = z.enum(["primary", "major", "trade", "secondary"], {
  error: "expected one of primary, major, trade, secondary",
});
export type SourceTier = z.infer<typeof sourceTierSchema>;

export const sourceSchema = z.object({
  id: idSchema,
  publisher: text,
  tier: sourceTierSchema,
  /** Another source whose text this one republishes: the two count once. */
  sameTextAs: idSchema.nullable().optional().transform((value) => value ?? null),
  /** Company text read on a mirror host: still primary, but flagged. */
  mirror: z.boolean().optional().default(false),
  /** Not read in a stored copy: it may attribute a disputed value, never support a grade. */
  notReRead: z.boolean().optional().default(false),
  /** Null where the fact sheet names the publication but not its headline. */
  title: optionalText,
  /** Null where the fact sheet gives no address: never guessed. */
  url: z
    .url({ protocol: /^https?$/, error: "expected an http(s) URL or null" })
    .nullable(),
  date: nullableDate,
  note: optionalText,
});
export type Source = z.infer<typeof sourceSchema>;

/** `funded`: money paid in so far, a status of the row it is part of, never added to a sum. */
export const trancheSchema = z.enum(["initial", "follow-on", "upfront", "conditional", "total", "round", "funded", "undisclosed"], {
  error: "expected one of initial, follow-on, upfront, conditional, total, round, funded, undisclosed",
});
export type Tranche = z.infer<typeof trancheSchema>;

/** What a commitment's date is: only `announced`, `invested` and `closed` dates are when money was committed. */
export const dateKindSchema = z.enum(["announced", "invested", "disclosed", "closed", "funded"], {
  error: "expected one of announced, invested, disclosed, closed, funded",
});
export type DateKind = z.infer<typeof dateKindSchema>;

/** The terms of a conditional tranche, kept apart so they can be shown beside the scenario control. */
export const conditionDetailsSchema = z.object({
  triggers: text,
  notice: optionalText,
  expires: partialDateSchema.nullable(),
  funding: text,
});

/** The fields of a row that belongs to one lab: every table but market share, which is market context. */
const labRowBase = {
  ...rowBase,
  /** The id of the lab in `labs.json` the row is about. */
  lab: idSchema,
};

export const commitmentSchema = z.object({
  ...labRowBase,
  investor: text,
  recipient: text,
  announced: nullableDate,
  dateKind: dateKindSchema.optional().default("announced"),
  /** When an announcement came later than the deal itself, or only a filing date is known. */
  announcedNote: optionalText,
  amountUsd,
  kind: text,
  tranche: trancheSchema,
  /** The id of a row already counting this amount (a `total`, or for a `funded` row the row it pays in); never added twice. */
  partOf: idSchema.nullable().optional().transform((value) => value ?? null),
  /** Null where the fact sheet states none (its other labs' money has no status column). */
  status: text.nullable(),
  conditions: optionalText,
  conditionDetails: conditionDetailsSchema.nullable().optional().transform((value) => value ?? null),
  /** Shown for context only (another investor in the same round), left out of the headline. */
  contextOnly: z.boolean().optional().default(false),
  description: text,
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const cloudCommitmentSchema = z.object({
  ...labRowBase,
  buyer: text,
  seller: text,
  cloud: text,
  announced: nullableDate,
  amountUsd,
  /** Whether the amount adds to earlier commitments ("incremental", "expansion"); null where the sources do not say. */
  basis: z.enum(["new", "incremental", "expansion"], { error: "expected one of new, incremental, expansion or null" }).nullable(),
  termYears: z.number(typeError("expected number or null")).positive({ error: "expected a positive number of years or null" }).nullable(),
  description: text,
});
export type CloudCommitment = z.infer<typeof cloudCommitmentSchema>;

export const termCategorySchema = z.enum(
  ["stake", "exclusivity", "ip-rights", "revenue-share", "conditions", "legal", "investment", "compute", "distribution", "governance", "product", "valuation", "channels", "ipo"],
  {
    error:
      "expected one of stake, exclusivity, ip-rights, revenue-share, conditions, legal, investment, compute, distribution, governance, product, valuation, channels, ipo",
  },
);
export type TermCategory = z.infer<typeof termCategorySchema>;

export const dealTermSchema = z.object({
  ...labRowBase,
  date: partialDateSchema,
  party: text,
  counterparty: text,
  category: termCategorySchema,
  /** The term in the project's own words. */
  text,
});
export type DealTerm = z.infer<typeof dealTermSchema>;

/**
 * A channel's stage: `launch` is a model card's date, `listed` an undated docs page,
 * `catalog entry` OpenAI's Codex client listing a model (not an availability notice).
 */
export const channelStageSchema = z.enum(
  ["generally available", "launch", "available", "limited preview", "preview", "listed", "catalog entry", "announced", "sample-app support"],
  { error: "expected one of generally available, launch, available, limited preview, preview, listed, catalog entry, announced, sample-app support" },
);
export type ChannelStage = z.infer<typeof channelStageSchema>;

export const milestoneSchema = z.object({
  date: partialDateSchema,
  stage: channelStageSchema,
  label: text,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const channelSchema = z.object({
  ...labRowBase,
  channel: text,
  /** A few words for chart lanes on a phone: "Bedrock: gpt-oss". */
  shortName: text,
  cloud: text,
  /** The company that runs the cloud, for colour and grouping ("Microsoft", "Amazon", ...). */
  operator: text,
  models: text,
  since: nullableDate,
  sinceNote: optionalText,
  status: channelStageSchema,
  notes: optionalText,
  /** Dated steps in the channel's availability, oldest first, for the channels timeline. */
  milestones: z.array(milestoneSchema).optional().default([]),
  /** The end of a period in which this channel was the only cloud for OpenAI's API models. */
  exclusiveUntil: partialDateSchema.nullable().optional().transform((value) => value ?? null),
});
export type Channel = z.infer<typeof channelSchema>;

export const eventSchema = z.object({
  ...labRowBase,
  date: partialDateSchema,
  /** What the date is ("announced", "disclosed", "launch"...), as the fact sheet's timeline says. */
  dateKind: optionalText,
  parties: z.array(text).min(1, { error: "expected at least one party" }),
  title: text,
});
export type DealEvent = z.infer<typeof eventSchema>;

export const marketShareSchema = z.object({
  ...rowBase,
  quarter: z.string().regex(/^\d{4} Q[1-4]$/, { error: "expected a quarter as YYYY Qn" }),
  shares: z.record(text, z.number().min(0).max(100)),
  marketSizeUsd: amountUsd,
  note: optionalText,
});
export type MarketShare = z.infer<typeof marketShareSchema>;

/** A figure on which sources disagree, with both values and what the data uses. */
export const disputeSchema = z.object({
  id: idSchema,
  figure: text,
  values: z
    // A value may have no source: the fact sheet attributes some only to pages it does not name.
    .array(z.object({ value: text, sourceIds: z.array(idSchema) }))
    .min(2, { error: "expected at least two values" }),
  /** What the data uses, in words. */
  resolution: text,
  /** A primary source that settles the dispute, letting a figure subject to it be confirmed. */
  settledBy: idSchema.nullable().optional().transform((value) => value ?? null),
});
export type Dispute = z.infer<typeof disputeSchema>;

/** Each data file, the schema of one row, and whether the file is a list of rows. */
export const dataFiles = {
  meta: { file: "meta.json", schema: metaSchema, list: false },
  labs: { file: "labs.json", schema: labSchema, list: true },
  sources: { file: "sources.json", schema: sourceSchema, list: true },
  commitments: { file: "commitments.json", schema: commitmentSchema, list: true },
  cloudCommitments: { file: "cloud-commitments.json", schema: cloudCommitmentSchema, list: true },
  dealTerms: { file: "deal-terms.json", schema: dealTermSchema, list: true },
  channels: { file: "channels.json", schema: channelSchema, list: true },
  events: { file: "events.json", schema: eventSchema, list: true },
  marketShare: { file: "market-share.json", schema: marketShareSchema, list: true },
  disputes: { file: "disputes.json", schema: disputeSchema, list: true },
} as const;

/** The files whose rows each belong to one lab (their `lab` field); market share is market context. */
export const labTables = ["commitments", "cloudCommitments", "dealTerms", "channels", "events"] as const;
export type LabTable = (typeof labTables)[number];

export type Dataset = {
  meta: Meta;
  labs: Lab[];
  sources: Source[];
  commitments: Commitment[];
  cloudCommitments: CloudCommitment[];
  dealTerms: DealTerm[];
  channels: Channel[];
  events: DealEvent[];
  marketShare: MarketShare[];
  disputes: Dispute[];
};
