import { describe, expect, it } from "vitest";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { announcePoint, type ChartPoint } from "../chart-points";
import { capitalPoints, type CapitalPlot } from "./capital-by-tranche";

readRealDataDir();

describe("capital by tranche", () => {
  it("draws one bar per backer: Microsoft's $13B as one total, Amazon's upfront and conditional stacked", () => {
    const model = chartModel<CapitalPlot>("capital-by-tranche");
    expect(model.title).toBe("Capital committed to OpenAI, by backer and tranche");
    expect(model.plot!.bars.map((bar) => [bar.investor, bar.segments.map((segment) => segment.amountUsd), bar.undisclosedCount])).toEqual([
      ["Microsoft", [13e9], 1],
      ["Amazon", [15e9, 35e9], 0],
    ]);
    expect(model.conditional).toEqual({ investor: "Amazon", amountUsd: 35e9 });
    expect(model.section).toBe("money");
  });

  it("has a table of the same segments, conditional said in words, and a hatched legend swatch for it", () => {
    expect(chartCsvOf("capital-by-tranche")).toEqual({
      header: ["backer", "tranche", "amount_usd", "conditional", "confidence"],
      rows: [
        ["Microsoft", "Total", 13e9, "no", "confirmed"],
        ["Amazon", "Upfront", 15e9, "no", "confirmed"],
        ["Amazon", "Conditional", 35e9, "yes", "confirmed"],
      ],
    });
    const legend = chartModel("capital-by-tranche").legend;
    expect(legend.filter((item) => item.swatch === "hatched").map((item) => item.label)).toEqual(["Amazon: Conditional"]);
  });

  it("rests on the sources of the rows the figures count, and on another lab's page on that lab's", () => {
    const home = chartModel("capital-by-tranche");
    expect(home.sources.length).toBeGreaterThan(0);
    const anthropic = chartModel<CapitalPlot>("capital-by-tranche", "anthropic");
    expect(anthropic.title).toBe("Capital committed to Anthropic, by backer and tranche");
    expect(anthropic.plot!.bars.map((bar) => bar.investor)).toEqual(["Amazon", "Google", "Microsoft"]);
    expect(anthropic.sources.map((source) => source.id)).not.toEqual(home.sources.map((source) => source.id));
  });
});

const said = (points: ChartPoint[]) => points.map((_, index) => announcePoint(points, index));

describe("capital by tranche, point by point", () => {
  const { plot } = chartModel<CapitalPlot>("capital-by-tranche");
  it("says each drawn tranche, bar by bar, keyed by its segment", () => {
    const points = capitalPoints(plot!, { mode: "include" });
    expect(said(points)).toEqual(["Microsoft · Total · $13B · confirmed; 1 of 3", "Amazon · Upfront · $15B · confirmed; 2 of 3", "Amazon · Conditional · $35B · confirmed; 3 of 3"]);
    expect(points.map((point) => point.key)).toEqual(plot!.bars.flatMap((bar) => bar.segments.map((segment) => segment.key)));
  });
  it("follows the scenario: the conditional tranche left out, or weighted and said so", () => {
    expect(said(capitalPoints(plot!, { mode: "exclude" }))).toEqual(["Microsoft · Total · $13B · confirmed; 1 of 2", "Amazon · Upfront · $15B · confirmed; 2 of 2"]);
    expect(said(capitalPoints(plot!, { mode: "weighted", probability: 0.5 })).at(-1)).toBe("Amazon · Conditional × 50% (expected value) · $17.5B · confirmed; 3 of 3");
  });
});
