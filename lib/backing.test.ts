import path from "node:path";
import { describe, expect, it } from "vitest";
import { backingRows } from "./backing";
import { loadDataset } from "./load-data";
import { syntheticCommitment, syntheticDataset } from "./test/builders";

const all = loadDataset(path.resolve("data"));

describe("backingRows on the real data", () => {
  const rows = backingRows(all, ["Microsoft", "Amazon"]);
  const row = (investor: string, lab: string) => rows.find((candidate) => candidate.investor === investor && candidate.lab === lab);

  it("sums each backer per lab as the headline does: a total once, the conditional money apart", () => {
    expect(row("Microsoft", "openai")).toMatchObject({ firmUsd: 13e9, conditionalUsd: 0, upToUsd: 13e9, undisclosed: 1, confidence: "confirmed" });
    expect(row("Amazon", "openai")).toMatchObject({ firmUsd: 15e9, conditionalUsd: 35e9, upToUsd: 50e9, undisclosed: 0, confidence: "confirmed" });
    expect(row("Amazon", "anthropic")?.upToUsd).toBe(33e9);
    expect(row("Microsoft", "anthropic")).toMatchObject({ upToUsd: 5e9, confidence: "unconfirmed" });
  });

  it("keeps an undisclosed amount unknown, never $0, graded as the amount is", () => {
    expect(row("Microsoft", "mistral")).toMatchObject({ firmUsd: null, conditionalUsd: null, upToUsd: null, undisclosed: 1, confidence: "unconfirmed" });
  });

  it("names only the backers asked for, and no context-only investor", () => {
    expect(new Set(rows.map((candidate) => candidate.investor))).toEqual(new Set(["Microsoft", "Amazon"]));
    expect(backingRows(all).map((candidate) => candidate.investor)).not.toContain("Nvidia");
  });

  it("cites the sources of the rows it sums, the tranches inside a total included", () => {
    const amazon = row("Amazon", "anthropic")!;
    const cited = all.commitments.filter((candidate) => candidate.lab === "anthropic" && candidate.investor === "Amazon").flatMap((candidate) => candidate.sourceIds);
    expect(new Set(amazon.sourceIds)).toEqual(new Set(cited));
  });
});

describe("backingRows on synthetic data", () => {
  it("gives one row per backer and lab, with a floor noted where an amount is undisclosed", () => {
    const data = syntheticDataset({
      commitments: [
        syntheticCommitment({ id: "a", investor: "Acme", amountUsd: 2e9, tranche: "total" }),
        syntheticCommitment({ id: "b", investor: "Acme", amountUsd: null, tranche: "undisclosed" }),
      ],
    });
    expect(backingRows(data)).toEqual([
      expect.objectContaining({ id: "acme-openai", investor: "Acme", labName: "OpenAI", firmUsd: 2e9, undisclosed: 1, confidenceNote: "a floor: some amounts undisclosed" }),
    ]);
  });
});
