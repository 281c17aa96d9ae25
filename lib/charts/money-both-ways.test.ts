import { describe, expect, it } from "vitest";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { announcePoint, type ChartPoint } from "../chart-points";
import { flowBars, flowPartKey, flowPoints, flowRows, type FlowsPlot } from "./money-both-ways";

readRealDataDir();

describe("money both ways", () => {
  it("writes each flow as a row, the undisclosed part as a null amount", () => {
    expect(chartCsvOf("money-both-ways")).toEqual({
      header: ["backer", "direction", "part", "amount_usd", "conditional"],
      rows: [
        ["Microsoft", "into OpenAI", "Total committed", 13e9, "no"],
        ["Microsoft", "into OpenAI", "Further commitment, amount undisclosed", null, "no"],
        ["Microsoft", "back to the backer's cloud", "Microsoft Azure, 2025 (incremental)", 250e9, "no"],
        ["Amazon", "into OpenAI", "Upfront", 15e9, "no"],
        ["Amazon", "into OpenAI", "Conditional", 35e9, "yes"],
        ["Amazon", "back to the backer's cloud", "AWS, 2025", 38e9, "no"],
        ["Amazon", "back to the backer's cloud", "AWS, 2026 (incremental)", 100e9, "no"],
      ],
    });
  });

  it("has no rows for no flows", () => {
    expect(flowRows([], "OpenAI")).toEqual([]);
  });

  it("shows only the page's lab: Anthropic's backers into Anthropic, in its own words", () => {
    const model = chartModel<FlowsPlot>("money-both-ways", "anthropic");
    expect(model.plot!.subject).toBe("Anthropic");
    expect(model.table.rows.every((row) => row[1] === "into Anthropic" || row[1] === "back to the backer's cloud")).toBe(true);
    expect(model.legend.map((item) => item.label)).toContain("Anthropic's cloud commitments back");
  });
});

const said = (points: ChartPoint[]) => points.map((_, index) => announcePoint(points, index));

describe("money both ways, point by point", () => {
  const { plot } = chartModel<FlowsPlot>("money-both-ways");
  it("says each part of each bar, in and back, the floor where more is undisclosed", () => {
    expect(said(flowPoints(plot!, { mode: "include" }))).toEqual([
      "Microsoft: into OpenAI · Total committed · $13B · more undisclosed; 1 of 6",
      "Microsoft: OpenAI's cloud commitment back · Microsoft Azure, 2025 (incremental) · $250B; 2 of 6",
      "Amazon: into OpenAI · Upfront · $15B; 3 of 6",
      "Amazon: into OpenAI · Conditional · $35B; 4 of 6",
      "Amazon: OpenAI's cloud commitment back · AWS, 2025 · $38B; 5 of 6",
      "Amazon: OpenAI's cloud commitment back · AWS, 2026 (incremental) · $100B; 6 of 6",
    ]);
  });
  it("keys each point as the plot keys its part, and follows the scenario", () => {
    const bars = flowBars(plot!.flows, plot!.subject);
    expect(flowPoints(plot!, { mode: "include" }).map((point) => point.key)).toEqual(bars.flatMap((bar) => bar.parts.map((_, index) => flowPartKey(bar, index))));
    expect(flowPoints(plot!, { mode: "exclude" })).toHaveLength(5);
  });
  it("makes two bars per backer, in then back", () => {
    expect(flowBars(plot!.flows, "OpenAI").map((bar) => [bar.short, bar.direction, bar.parts.length])).toEqual([
      ["Microsoft → OpenAI", "in", 1],
      ["Microsoft ← OpenAI", "back", 1],
      ["Amazon → OpenAI", "in", 2],
      ["Amazon ← OpenAI", "back", 2],
    ]);
  });
});
