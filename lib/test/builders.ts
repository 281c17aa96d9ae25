import type { Channel, Commitment, Dataset, Source } from "../schema";

/** What every synthetic row of a lab has unless a test says otherwise: a confirmed OpenAI row with one source. */
export const ROW_DEFAULTS = {
  confidence: "confirmed",
  confidenceNote: null,
  sourceIds: ["some-source"],
  quotes: [],
  grades: {},
  lab: "openai",
} as const satisfies Partial<Commitment>;

/** A synthetic commitment for unit tests: defaults for every field a test does not set. */
export function syntheticCommitment(fields: Partial<Commitment> & Pick<Commitment, "id" | "investor" | "tranche" | "amountUsd">): Commitment {
  return {
    ...ROW_DEFAULTS,
    recipient: "OpenAI",
    announced: null,
    announcedNote: null,
    dateKind: "announced",
    kind: "investment",
    partOf: null,
    status: "committed",
    conditions: null,
    conditionDetails: null,
    contextOnly: false,
    description: `Synthetic ${fields.id}`,
    ...fields,
  };
}

/** A synthetic data set for unit tests: one home lab, empty tables, and whatever a test sets. */
export function syntheticDataset(fields: Partial<Dataset> = {}): Dataset {
  return {
    meta: { title: "Synthetic", subject: "OpenAI", asOf: "2026-12-01", currency: "USD", note: null },
    labs: [{ id: "openai", name: "OpenAI", path: "/", title: null }],
    sources: [],
    commitments: [],
    cloudCommitments: [],
    dealTerms: [],
    channels: [],
    events: [],
    marketShare: [],
    disputes: [],
    ...fields,
  };
}

/** A synthetic channel for unit tests: defaults for every field a test does not set. */
export function syntheticChannel(fields: Partial<Channel> & Pick<Channel, "id">): Channel {
  return {
    ...ROW_DEFAULTS,
    channel: `Channel ${fields.id}`,
    shortName: `Short ${fields.id}`,
    cloud: "Some Cloud",
    operator: "Someone",
    models: "Some models",
    since: null,
    sinceNote: null,
    status: "available",
    notes: null,
    milestones: [],
    exclusiveUntil: null,
    ...fields,
  };
}

/** A source with only an id (and, unless given, an address) of its own. */
export function syntheticSource(id: string, url: string | null = `https://example.com/${id}`): Source {
  return { id, publisher: `Publisher ${id}`, title: null, url, date: null, note: null, tier: "primary", sameTextAs: null, mirror: false, notReRead: false };
}
