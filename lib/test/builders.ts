import type { Commitment } from "../schema";

/** A synthetic commitment for unit tests: defaults for every field a test does not set. */
export function syntheticCommitment(fields: Partial<Commitment> & Pick<Commitment, "id" | "investor" | "tranche" | "amountUsd">): Commitment {
  return {
    confidence: "confirmed",
    confidenceNote: null,
    sourceIds: ["some-source"],
    quotes: [],
    grades: {},
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
