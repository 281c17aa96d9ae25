import { describe, expect, it } from "vitest";
import commitmentsJson from "@/data/commitments.json";
import {
  backerSegments,
  headlineInvestors,
  headlineRows,
  headlineTotal,
  niceTicks,
  scenarioTotal,
  summariseBacker,
  trancheLabel,
  type BackerSummary,
} from "./headline";
import { commitmentSchema, type Commitment } from "./schema";
import { syntheticCommitment } from "./test/builders";

/** The real commitments, parsed as the app parses them. */
const real = commitmentSchema.array().parse(commitmentsJson);
const ids = (rows: Commitment[]) => rows.map((row) => row.id);

/** A synthetic commitment: only the fields a test sets differ from the defaults. */
function commitment(fields: Partial<Commitment> & Pick<Commitment, "id" | "investor" | "tranche" | "amountUsd">): Commitment {
  return syntheticCommitment(fields);
}

describe("headline on the real data", () => {
  it("lists the backers in order of first appearance, without context-only rows", () => {
    expect(headlineInvestors(real, "OpenAI")).toEqual(["Microsoft", "Amazon"]);
    const rows = headlineRows(real, "OpenAI");
    expect(ids(rows)).not.toContain("nvda-2026");
    expect(ids(rows)).not.toContain("sftb-2026");
    expect(ids(rows)).not.toContain("openai-round-2026-02");
    expect(ids(rows)).toEqual([
      "msft-2019",
      "msft-2021",
      "msft-2023",
      "msft-total",
      "msft-funded-2025-09",
      "msft-funded-2026-03",
      "msft-2026-round",
      "amzn-2026-total",
      "amzn-2026-upfront",
      "amzn-2026-conditional",
      "amzn-2026-conditional-funded",
    ]);
  });

  it("has nobody in the headline of a recipient the data does not cover", () => {
    expect(headlineInvestors(real, "Example Lab")).toEqual([]);
  });

  it("summarises Microsoft as $13B firm, a floor because of one undisclosed row", () => {
    const msft = summariseBacker(real, "Microsoft", "OpenAI");
    expect(msft.investor).toBe("Microsoft");
    expect(msft.firmUsd).toBe(13e9);
    expect(msft.conditionalUsd).toBe(0);
    expect(msft.upToUsd).toBe(13e9);
    expect(ids(msft.undisclosed)).toEqual(["msft-2026-round"]);
    // The 2019, 2021 and 2023 tranches are inside msft-total and never added twice.
    expect(ids(msft.counted)).toEqual(["msft-total", "msft-2026-round"]);
    // Money paid in so far is a status of the total, never added to it.
    expect(ids(msft.funded)).toEqual(["msft-funded-2025-09", "msft-funded-2026-03"]);
    expect(msft.confidence).toBe("confirmed");
  });

  it("summarises Amazon as $15B firm plus $35B conditional, up to $50B", () => {
    const amzn = summariseBacker(real, "Amazon", "OpenAI");
    expect(amzn.firmUsd).toBe(15e9);
    expect(amzn.conditionalUsd).toBe(35e9);
    expect(amzn.upToUsd).toBe(50e9);
    expect(amzn.undisclosed).toEqual([]);
    // The $50B total counts; its tranches are inside it, and its conditional part stays conditional.
    expect(ids(amzn.counted)).toEqual(["amzn-2026-total"]);
    expect(ids(amzn.funded)).toEqual(["amzn-2026-conditional-funded"]);
    // The amount is confirmed although the row, with its reported date, is not.
    expect(amzn.confidence).toBe("confirmed");
  });

  it("leaves context-only investors out of the summary", () => {
    const nvda = summariseBacker(real, "Nvidia", "OpenAI");
    expect(nvda.firmUsd).toBe(0);
    expect(nvda.counted).toEqual([]);
  });

  it("writes the headline totals", () => {
    expect(headlineTotal(summariseBacker(real, "Microsoft", "OpenAI"))).toBe("$13B+");
    expect(headlineTotal(summariseBacker(real, "Amazon", "OpenAI"))).toBe("up to $50B");
  });

  it("draws Microsoft's bar as the $13B total alone: its tranches do not itemise it, and no remainder is derived", () => {
    expect(backerSegments(real, "Microsoft", "OpenAI")).toEqual([
      { key: "msft-total", investor: "Microsoft", label: "Total", amountUsd: 13e9, conditional: false, confidence: "confirmed", commitmentId: "msft-total" },
    ]);
  });

  it("draws nothing for the undisclosed 2021 tranche or the undisclosed 2026 round", () => {
    const keys = backerSegments(real, "Microsoft", "OpenAI").map((segment) => segment.key);
    expect(keys).not.toContain("msft-2021");
    expect(keys).not.toContain("msft-2026-round");
  });

  it("makes Microsoft's bar add up to its firm total", () => {
    const total = backerSegments(real, "Microsoft", "OpenAI").reduce((sum, segment) => sum + segment.amountUsd, 0);
    expect(total).toBe(13e9);
  });

  it("draws Amazon's bar as $15B upfront and $35B conditional", () => {
    expect(backerSegments(real, "Amazon", "OpenAI")).toEqual([
      { key: "amzn-2026-upfront", investor: "Amazon", label: "Upfront", amountUsd: 15e9, conditional: false, confidence: "confirmed", commitmentId: "amzn-2026-upfront" },
      { key: "amzn-2026-conditional", investor: "Amazon", label: "Conditional", amountUsd: 35e9, conditional: true, confidence: "confirmed", commitmentId: "amzn-2026-conditional" },
    ]);
  });

  it("draws no bar for a context-only investor", () => {
    expect(backerSegments(real, "SoftBank", "OpenAI")).toEqual([]);
  });
});

describe("scenarioTotal", () => {
  const amzn = summariseBacker(real, "Amazon", "OpenAI");
  const msft = summariseBacker(real, "Microsoft", "OpenAI");

  it("counts Amazon's conditional money out, in, or weighted", () => {
    expect(scenarioTotal(amzn, { mode: "exclude" })).toBe(15e9);
    expect(scenarioTotal(amzn, { mode: "include" })).toBe(50e9);
    expect(scenarioTotal(amzn, { mode: "weighted", probability: 0 })).toBe(15e9);
    expect(scenarioTotal(amzn, { mode: "weighted", probability: 0.5 })).toBe(32.5e9);
    expect(scenarioTotal(amzn, { mode: "weighted", probability: 1 })).toBe(50e9);
  });

  it("clamps the probability to 0..1", () => {
    expect(scenarioTotal(amzn, { mode: "weighted", probability: -0.5 })).toBe(15e9);
    expect(scenarioTotal(amzn, { mode: "weighted", probability: 2 })).toBe(50e9);
  });

  it("does not move a backer with no conditional money", () => {
    expect(scenarioTotal(msft, { mode: "exclude" })).toBe(13e9);
    expect(scenarioTotal(msft, { mode: "include" })).toBe(13e9);
    expect(scenarioTotal(msft, { mode: "weighted", probability: 0.3 })).toBe(13e9);
  });
});

describe("headlineTotal", () => {
  const summary = (fields: Partial<BackerSummary>): BackerSummary => ({
    investor: "X",
    firmUsd: 0,
    conditionalUsd: 0,
    upToUsd: 0,
    undisclosed: [],
    counted: [],
    funded: [],
    confidence: "confirmed",
    ...fields,
  });
  const undisclosedRow = commitment({ id: "x-round", investor: "X", tranche: "round", amountUsd: null });

  it("shows the firm amount when there is no conditional money", () => {
    expect(headlineTotal(summary({ firmUsd: 15e9, upToUsd: 15e9 }))).toBe("$15B");
  });

  it("adds + when an undisclosed amount sits on top", () => {
    expect(headlineTotal(summary({ firmUsd: 11.6e9, upToUsd: 11.6e9, undisclosed: [undisclosedRow] }))).toBe("$11.6B+");
  });

  it("says up to, with +, when both apply", () => {
    expect(headlineTotal(summary({ firmUsd: 15e9, conditionalUsd: 35e9, upToUsd: 50e9, undisclosed: [undisclosedRow] }))).toBe("up to $50B+");
  });

  it("shows only undisclosed money as $0+, a floor", () => {
    expect(headlineTotal(summary({ undisclosed: [undisclosedRow] }))).toBe("$0+");
  });
});

describe("synthetic commitments", () => {
  it("draws the total as one segment when its tranches add up to more than it", () => {
    const rows = [
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 10e9, announced: "2025" }),
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 6e9, partOf: "x-total", announced: "2020" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: 6e9, partOf: "x-total", announced: "2022" }),
    ];
    expect(backerSegments(rows, "X", "OpenAI").map((segment) => [segment.key, segment.amountUsd])).toEqual([["x-total", 10e9]]);
    expect(summariseBacker(rows, "X", "OpenAI").firmUsd).toBe(10e9);
  });

  it("draws the tranches when they add up to exactly the total", () => {
    const rows = [
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 10e9 }),
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 10e9, partOf: "x-total", announced: "2020-01-01" }),
    ];
    expect(backerSegments(rows, "X", "OpenAI").map((segment) => segment.key)).toEqual(["x-a"]);
  });

  it("draws a total with tranches that leave part of it unaccounted as one segment, deriving no remainder", () => {
    const rows = [
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 4e9 }),
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, partOf: "x-total", announced: "2020" }),
    ];
    expect(backerSegments(rows, "X", "OpenAI")).toEqual([
      { key: "x-total", investor: "X", label: "Total", amountUsd: 4e9, conditional: false, confidence: "confirmed", commitmentId: "x-total" },
    ]);
  });

  it("counts a total's conditional tranche as conditional, and leaves funded rows out of the sum", () => {
    const rows = [
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: 50e9 }),
      commitment({ id: "x-up", investor: "X", tranche: "upfront", amountUsd: 15e9, partOf: "x-total" }),
      commitment({ id: "x-cond", investor: "X", tranche: "conditional", amountUsd: 35e9, partOf: "x-total" }),
      commitment({ id: "x-paid", investor: "X", tranche: "funded", amountUsd: 35e9, partOf: "x-cond" }),
    ];
    const summary = summariseBacker(rows, "X", "OpenAI");
    expect([summary.firmUsd, summary.conditionalUsd, summary.upToUsd]).toEqual([15e9, 35e9, 50e9]);
    expect(ids(summary.funded)).toEqual(["x-paid"]);
    expect(backerSegments(rows, "X", "OpenAI").map((segment) => [segment.key, segment.conditional])).toEqual([
      ["x-up", false],
      ["x-cond", true],
    ]);
  });

  it("draws nothing for an undisclosed total", () => {
    const rows = [
      commitment({ id: "x-total", investor: "X", tranche: "total", amountUsd: null }),
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 2e9, partOf: "x-total", announced: "2020" }),
    ];
    expect(backerSegments(rows, "X", "OpenAI")).toEqual([]);
    const summary = summariseBacker(rows, "X", "OpenAI");
    expect(summary.firmUsd).toBe(0);
    expect(ids(summary.undisclosed)).toEqual(["x-total"]);
    expect(headlineTotal(summary)).toBe("$0+");
  });

  it("works for a new investor and recipient pair from the data alone", () => {
    const rows = [
      ...real,
      commitment({ id: "ex-2023", investor: "Example Capital", recipient: "Example Lab", tranche: "initial", amountUsd: 2e9, announced: "2023-10", confidence: "reported" }),
      commitment({ id: "ex-2025", investor: "Example Capital", recipient: "Example Lab", tranche: "conditional", amountUsd: 1e9, announced: "2025-01" }),
    ];
    expect(headlineInvestors(rows, "Example Lab")).toEqual(["Example Capital"]);
    expect(headlineInvestors(rows, "OpenAI")).toEqual(["Microsoft", "Amazon"]);
    const google = summariseBacker(rows, "Example Capital", "Example Lab");
    expect(google.firmUsd).toBe(2e9);
    expect(google.conditionalUsd).toBe(1e9);
    expect(google.upToUsd).toBe(3e9);
    expect(google.confidence).toBe("reported");
    expect(headlineTotal(google)).toBe("up to $3B");
    expect(backerSegments(rows, "Example Capital", "Example Lab").map((segment) => [segment.key, segment.label, segment.amountUsd, segment.conditional])).toEqual([
      ["ex-2023", "2023 investment", 2e9, false],
      ["ex-2025", "Conditional", 1e9, true],
    ]);
    // The same investor's money in another recipient is not mixed in.
    expect(summariseBacker(rows, "Example Capital", "OpenAI").counted).toEqual([]);
  });

  it("takes the weakest confidence among counted known amounts only", () => {
    const rows = [
      commitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: 1e9, confidence: "confirmed" }),
      commitment({ id: "x-b", investor: "X", tranche: "follow-on", amountUsd: 1e9, confidence: "reported" }),
      // Undisclosed: its confidence says nothing about the figure.
      commitment({ id: "x-c", investor: "X", tranche: "round", amountUsd: null, confidence: "unconfirmed" }),
    ];
    expect(summariseBacker(rows, "X", "OpenAI").confidence).toBe("reported");
    rows.push(commitment({ id: "x-d", investor: "X", tranche: "round", amountUsd: 1, confidence: "unconfirmed" }));
    expect(summariseBacker(rows, "X", "OpenAI").confidence).toBe("unconfirmed");
  });
});

describe("trancheLabel", () => {
  it.each<[Commitment["tranche"], string | null, string]>([
    ["initial", "2019-07-22", "2019 investment"],
    ["follow-on", "2021", "2021 investment"],
    ["follow-on", "2023-01", "2023 investment"],
    ["round", "2026-02-27", "2026 round"],
    ["round", null, "Undated round"],
    ["initial", null, "Undated investment"],
    ["upfront", "2026-02-27", "Upfront"],
    ["conditional", "2026-02-27", "Conditional"],
    ["total", "2025-10-29", "Total"],
  ])("labels a %s tranche announced %s as %s", (tranche, announced, expected) => {
    expect(trancheLabel(commitment({ id: "x", investor: "X", tranche, amountUsd: 1, announced }))).toBe(expected);
  });
});

describe("niceTicks", () => {
  it("steps $50B in tens of billions", () => {
    expect(niceTicks(50e9)).toEqual([0, 1e10, 2e10, 3e10, 4e10, 5e10]);
  });

  it("reaches past $13B in round steps", () => {
    const ticks = niceTicks(13e9);
    expect(ticks).toEqual([0, 2.5e9, 5e9, 7.5e9, 10e9, 12.5e9, 15e9]);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(13e9);
  });

  it("handles the real chart's largest bar and a custom count", () => {
    expect(niceTicks(119.1e9)).toEqual([0, 2e10, 4e10, 6e10, 8e10, 1e11, 1.2e11]);
    expect(niceTicks(3e8, 4)).toEqual([0, 1e8, 2e8, 3e8]);
  });

  it("gives [0] when there is nothing to draw", () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(-5)).toEqual([0]);
    expect(niceTicks(Number.NaN)).toEqual([0]);
  });

  it("always starts at 0, ends at or above max, and steps evenly by 1, 2, 2.5 or 5 times a power of ten", () => {
    for (const max of [1e6, 7.5e8, 1e9, 2.2e9, 13e9, 15e9, 35e9, 50e9, 99e9, 250e9, 1e12]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
      const step = ticks[1];
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toPrecision(6)));
      ticks.forEach((tick, index) => expect(tick).toBeCloseTo(index * step, 0));
      // No wasted step: the tick before the last is still below max.
      expect(ticks[ticks.length - 2]).toBeLessThan(max);
    }
  });
});

describe("backerSegments with two tranches of one kind", () => {
  it("tells them apart by their dates", () => {
    const rows = [
      syntheticCommitment({ id: "a-1", investor: "Acme", amountUsd: 1e9, announced: "2023-09", tranche: "upfront" }),
      syntheticCommitment({ id: "a-2", investor: "Acme", amountUsd: 2e9, announced: "2026-04-20", tranche: "upfront" }),
    ];
    expect(backerSegments(rows, "Acme", "OpenAI").map((part) => part.label)).toEqual(["Upfront, 2023-09", "Upfront, 2026-04-20"]);
  });
});
