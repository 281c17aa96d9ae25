import type { Commitment, Dataset } from "../schema";

/** A synthetic commitment for unit tests: defaults for every field a test does not set. */
export function syntheticCommitment(fields: Partial<Commitment> & Pick<Commitment, "id" | "investor" | "tranche" | "amountUsd">): Commitment {
  return {
    confidence: "confirmed",
    confidenceNote: null,
    sourceIds: ["some-source"],
    quotes: [],
    grades: {},
    lab: "openai",
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
