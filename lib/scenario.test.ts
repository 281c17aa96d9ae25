import { describe, expect, it } from "vitest";
import commitmentsJson from "@/data/commitments.json";
import { backerSegments, scenarioSegments, scenarioTotal, summariseBacker, type Scenario } from "./headline";
import { DEFAULT_SCENARIO, describeScenario, parseScenario, scenarioEquals, scenarioSentence, serializeScenario } from "./scenario";
import { commitmentSchema } from "./schema";

/** The real commitments, parsed as the app parses them. */
const real = commitmentSchema.array().parse(commitmentsJson);
const weighted = (probability: number): Scenario => ({ mode: "weighted", probability });

describe("parseScenario", () => {
  it("reads include and exclude", () => {
    expect(parseScenario("include")).toEqual({ mode: "include" });
    expect(parseScenario("exclude")).toEqual({ mode: "exclude" });
  });

  it("reads p and a whole percentage from 0 to 100 as a probability", () => {
    expect(parseScenario("p0")).toEqual({ mode: "weighted", probability: 0 });
    expect(parseScenario("p50")).toEqual({ mode: "weighted", probability: 0.5 });
    expect(parseScenario("p100")).toEqual({ mode: "weighted", probability: 1 });
    expect(parseScenario("p7")).toEqual({ mode: "weighted", probability: 0.07 });
    expect(parseScenario("p29")).toEqual({ mode: "weighted", probability: 0.29 });
  });

  it.each([
    ["p101"],
    ["p999"],
    ["p1000"],
    ["p-1"],
    ["p5.5"],
    ["p50%"],
    ["P50"],
    ["p"],
    ["50"],
    ["p 50"],
    ["p50 "],
    [""],
    ["include "],
    [" include"],
    ["Include"],
    ["INCLUDE"],
    ["exclude\n"],
    ["weighted"],
    ["p１０"],
    ["p٥٠"],
  ])("rejects %j", (value) => {
    expect(parseScenario(value)).toBeNull();
  });

  it("rejects null, undefined and non-strings", () => {
    expect(parseScenario(null)).toBeNull();
    expect(parseScenario(undefined)).toBeNull();
    // A caller that is not type-checked (a URL library) may pass anything.
    expect(parseScenario(50 as unknown as string)).toBeNull();
    expect(parseScenario(["include"] as unknown as string)).toBeNull();
  });

  it("rejects 100,000 characters of garbage quickly", () => {
    const garbage = "p".repeat(50_000) + "1".repeat(50_000);
    expect(garbage.length).toBe(100_000);
    const started = performance.now();
    expect(parseScenario(garbage)).toBeNull();
    expect(parseScenario(`p${"9".repeat(99_999)}`)).toBeNull();
    expect(parseScenario("include".repeat(14_286))).toBeNull();
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe("serializeScenario", () => {
  it("writes each mode as its URL value", () => {
    expect(serializeScenario({ mode: "include" })).toBe("include");
    expect(serializeScenario({ mode: "exclude" })).toBe("exclude");
    expect(serializeScenario(weighted(0))).toBe("p0");
    expect(serializeScenario(weighted(0.5))).toBe("p50");
    expect(serializeScenario(weighted(1))).toBe("p100");
  });

  it("rounds a probability to a whole percentage, floating-point noise included", () => {
    expect(serializeScenario(weighted(0.29))).toBe("p29");
    expect(serializeScenario(weighted(0.57))).toBe("p57");
    expect(serializeScenario(weighted(1 / 3))).toBe("p33");
    expect(serializeScenario(weighted(0.666))).toBe("p67");
  });

  it("round-trips every percentage from 0 to 100, and include and exclude", () => {
    for (let percent = 0; percent <= 100; percent++) {
      const value = `p${percent}`;
      const scenario = parseScenario(value);
      expect(scenario).toEqual({ mode: "weighted", probability: percent / 100 });
      expect(serializeScenario(scenario!)).toBe(value);
    }
    for (const value of ["include", "exclude"]) expect(serializeScenario(parseScenario(value)!)).toBe(value);
  });

  it("defaults to counting conditional money in full", () => {
    expect(DEFAULT_SCENARIO).toEqual({ mode: "include" });
    expect(serializeScenario(DEFAULT_SCENARIO)).toBe("include");
  });
});

describe("scenarioEquals", () => {
  it("compares by mode, and by whole percentage when weighted", () => {
    expect(scenarioEquals({ mode: "include" }, { mode: "include" })).toBe(true);
    expect(scenarioEquals({ mode: "exclude" }, { mode: "exclude" })).toBe(true);
    expect(scenarioEquals({ mode: "include" }, { mode: "exclude" })).toBe(false);
    expect(scenarioEquals(weighted(0.5), weighted(0.5))).toBe(true);
    expect(scenarioEquals(weighted(0.5), weighted(0.51))).toBe(false);
    expect(scenarioEquals(weighted(0.29), weighted(0.29000000000000004))).toBe(true);
    expect(scenarioEquals(weighted(1), { mode: "include" })).toBe(false);
    expect(scenarioEquals(weighted(0), { mode: "exclude" })).toBe(false);
  });
});

describe("describeScenario", () => {
  it("describes each mode in words", () => {
    expect(describeScenario({ mode: "include" })).toBe("conditional money counted in full");
    expect(describeScenario({ mode: "exclude" })).toBe("conditional money left out");
    expect(describeScenario(weighted(0.5))).toBe("conditional money weighted at 50% (expected value)");
    expect(describeScenario(weighted(0))).toBe("conditional money weighted at 0% (expected value)");
    expect(describeScenario(weighted(1))).toBe("conditional money weighted at 100% (expected value)");
    expect(describeScenario(weighted(0.29))).toBe("conditional money weighted at 29% (expected value)");
  });
});

describe("scenarioTotal with the real Amazon and Microsoft summaries", () => {
  const amzn = summariseBacker(real, "Amazon", "OpenAI");
  const msft = summariseBacker(real, "Microsoft", "OpenAI");

  it("counts Amazon's $35B conditional money out, in full, or weighted", () => {
    expect(scenarioTotal(amzn, { mode: "exclude" })).toBe(15e9);
    expect(scenarioTotal(amzn, { mode: "include" })).toBe(50e9);
    expect(scenarioTotal(amzn, weighted(0))).toBe(15e9);
    expect(scenarioTotal(amzn, weighted(0.5))).toBe(32.5e9);
    expect(scenarioTotal(amzn, weighted(1))).toBe(50e9);
    expect(scenarioTotal(amzn, parseScenario("p20")!)).toBe(22e9);
  });

  it("clamps the probability below 0 and above 1", () => {
    expect(scenarioTotal(amzn, weighted(-1))).toBe(15e9);
    expect(scenarioTotal(amzn, weighted(-0.01))).toBe(15e9);
    expect(scenarioTotal(amzn, weighted(1.01))).toBe(50e9);
    expect(scenarioTotal(amzn, weighted(100))).toBe(50e9);
  });

  it("leaves Microsoft, with no conditional money, at $13B in every scenario", () => {
    for (const scenario of [{ mode: "include" }, { mode: "exclude" }, weighted(0), weighted(0.5), weighted(1)] as Scenario[]) {
      expect(scenarioTotal(msft, scenario)).toBe(13e9);
    }
  });
});

describe("scenarioSegments with the real segments", () => {
  const amzn = backerSegments(real, "Amazon", "OpenAI");
  const msft = backerSegments(real, "Microsoft", "OpenAI");
  const sum = (segments: { amountUsd: number }[]) => segments.reduce((total, segment) => total + segment.amountUsd, 0);

  it("returns the same segments when conditional money is counted in full", () => {
    expect(scenarioSegments(amzn, { mode: "include" })).toEqual(amzn);
    expect(scenarioSegments(amzn, { mode: "include" }).map((segment) => [segment.key, segment.amountUsd])).toEqual([
      ["amzn-2026-upfront", 15e9],
      ["amzn-2026-conditional", 35e9],
    ]);
  });

  it("drops the conditional segment when it is left out", () => {
    expect(scenarioSegments(amzn, { mode: "exclude" })).toEqual([
      { key: "amzn-2026-upfront", investor: "Amazon", label: "Upfront", amountUsd: 15e9, conditional: false, confidence: "confirmed", commitmentId: "amzn-2026-upfront" },
    ]);
  });

  it("scales the conditional segment by the probability and labels it an expected value", () => {
    expect(scenarioSegments(amzn, weighted(0.5))).toEqual([
      { key: "amzn-2026-upfront", investor: "Amazon", label: "Upfront", amountUsd: 15e9, conditional: false, confidence: "confirmed", commitmentId: "amzn-2026-upfront" },
      {
        key: "amzn-2026-conditional",
        investor: "Amazon",
        label: "Conditional × 50% (expected value)",
        amountUsd: 17.5e9,
        conditional: true,
        confidence: "confirmed",
        commitmentId: "amzn-2026-conditional",
      },
    ]);
  });

  it("clamps the probability, as the total does", () => {
    expect(scenarioSegments(amzn, weighted(2))[1]).toMatchObject({ amountUsd: 35e9, label: "Conditional × 100% (expected value)" });
    expect(scenarioSegments(amzn, weighted(-1))[1]).toMatchObject({ amountUsd: 0, label: "Conditional × 0% (expected value)" });
  });

  it("does not change the segments it is given", () => {
    scenarioSegments(amzn, weighted(0.25));
    scenarioSegments(amzn, { mode: "exclude" });
    expect(amzn.map((segment) => [segment.label, segment.amountUsd])).toEqual([
      ["Upfront", 15e9],
      ["Conditional", 35e9],
    ]);
  });

  it("adds up to the scenario total", () => {
    const summary = summariseBacker(real, "Amazon", "OpenAI");
    for (const scenario of [{ mode: "include" }, { mode: "exclude" }, weighted(0), weighted(0.2), weighted(0.5), weighted(1), weighted(3)] as Scenario[]) {
      expect(sum(scenarioSegments(amzn, scenario))).toBe(scenarioTotal(summary, scenario));
    }
  });

  it("leaves Microsoft's segments untouched in every scenario", () => {
    for (const scenario of [{ mode: "include" }, { mode: "exclude" }, weighted(0), weighted(0.5), weighted(1)] as Scenario[]) {
      expect(scenarioSegments(msft, scenario)).toEqual(msft);
    }
    expect(msft.map((segment) => segment.key)).toEqual(["msft-total"]);
  });
});

describe("scenarioSentence", () => {
  const money = { investor: "Amazon", amountUsd: 35e9 };
  it("names the money and the scenario in words", () => {
    expect(scenarioSentence({ mode: "weighted", probability: 0.35 }, money)).toBe("Counting Amazon's conditional $35B at 35% (an expected value, not a commitment).");
    expect(scenarioSentence({ mode: "exclude" }, money)).toBe("Leaving out Amazon's conditional $35B: only money committed without conditions is shown.");
    expect(scenarioSentence({ mode: "include" }, money)).toBe("Counting Amazon's conditional $35B in full: it is paid only if conditions are met.");
  });
});
