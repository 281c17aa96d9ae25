import { describe, expect, it } from "vitest";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { flowRows, type FlowsPlot } from "./money-both-ways";

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
