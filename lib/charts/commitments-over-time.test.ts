import { describe, expect, it } from "vitest";
import { chartTable, chartCsv, chartCellText } from "../chart-table";
import { commitmentTimeline } from "../series";
import { syntheticCommitment } from "../test/builders";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { announcePoint, type ChartPoint } from "../chart-points";
import { describeMark, EVENTS_SERIES, timelineColumns, timelinePoints, type TimelinePlot } from "./commitments-over-time";

readRealDataDir();

describe("commitments over time", () => {
  const { header, rows } = chartCsvOf("commitments-over-time");
  const byDate = (date: string) => rows.find((row) => row[0] === date);

  it("has a cumulative column per series, and every row as wide as the header", () => {
    expect(header).toEqual(["date", "Microsoft cumulative_usd", "Amazon cumulative_usd", "Amazon incl. conditional cumulative_usd", "commitments", "events"]);
    for (const row of rows) expect(row.length).toBe(header.length);
  });

  it("writes exact rows, unknown left null (never 0), conditional and disclosed money said to be so, amounts in dollars", () => {
    expect(byDate("2019")).toEqual(["2019", 1e9, null, null, "Microsoft: $1,000,000,000 (confirmed)", "Microsoft invests $1B; Azure becomes OpenAI's exclusive cloud"]);
    expect(byDate("2021")?.[4]).toBe("Microsoft: undisclosed amount (unconfirmed)");
    expect(byDate("2025-09-30")?.slice(1, 5)).toEqual([
      11e9,
      null,
      null,
      "Microsoft: $13,000,000,000, disclosed, not a commitment date (confirmed); Microsoft: $11,600,000,000, disclosed, not a commitment date (unconfirmed)",
    ]);
    expect(byDate("2026-02-27")?.slice(1, 5)).toEqual([11e9, 15e9, 50e9, "Amazon: $50,000,000,000 (confirmed); Amazon: $15,000,000,000 (confirmed); Amazon: $35,000,000,000, conditional (confirmed)"]);
    expect(rows.at(-1)).toEqual(["2026-12-01", 11e9, 15e9, 50e9, null, null]);
  });

  it("reads a series' empty cell as 'none yet' and its amounts in full dollars in the table view", () => {
    const { table } = chartModel("commitments-over-time");
    const amazon = table.columns[2];
    expect(chartCellText(amazon, null)).toBe("none yet");
    expect(chartCellText(amazon, 15e9)).toBe("$15,000,000,000");
    expect(chartCellText(table.columns[0], "2023-01-23")).toBe("23 Jan 2023");
    expect(chartCellText(table.columns[5], null)).toBe("none");
  });

  it("starts the plot at the first row and says Microsoft's line is a floor", () => {
    const model = chartModel<TimelinePlot>("commitments-over-time");
    expect(model.plot!.from).toBe(model.plot!.rows[0].date);
    expect(model.confidence).toContain("Microsoft's line is a floor: one commitment is undisclosed.");
  });

  it("joins several events on one date with semicolons, and names an undisclosed amount", () => {
    const timeline = commitmentTimeline(
      [syntheticCommitment({ id: "x-a", investor: "X", tranche: "initial", amountUsd: null, announced: "2020", confidence: "reported" })],
      [
        { id: "a", lab: "openai", date: "2020", dateKind: null, title: "First", parties: [], confidence: "confirmed", confidenceNote: null, sourceIds: ["s"], quotes: [], grades: {} },
        { id: "b", lab: "openai", date: "2020", dateKind: null, title: "Second", parties: [], confidence: "confirmed", confidenceNote: null, sourceIds: ["s"], quotes: [], grades: {} },
      ],
      "OpenAI",
      "2020",
    );
    expect(chartCsv(chartTable(timelineColumns(timeline.series), timeline.rows)).rows).toEqual([["2020", null, "X: undisclosed amount (reported)", "First; Second"]]);
    expect(describeMark({ investor: "X", label: "", amountUsd: 2e9, confidence: "confirmed", conditional: true, disclosure: false })).toBe("X: $2,000,000,000, conditional (confirmed)");
  });
});

const said = (points: ChartPoint[]) => points.map((_, index) => announcePoint(points, index));

describe("commitments over time, point by point", () => {
  const { plot } = chartModel<TimelinePlot>("commitments-over-time");
  it("says each line's marks in date order, with the total so far, then each date's events", () => {
    const points = timelinePoints(plot!, { mode: "include" });
    expect(said(points).slice(0, 3)).toEqual([
      "Microsoft · 2019 (date approximate) · $1B, confirmed · $1B so far; 1 of 35",
      "Microsoft · 2021 (date approximate) · amount undisclosed, unconfirmed · $1B so far; 2 of 35",
      "Microsoft · 23 Jan 2023 · $10B, reported · $11B so far; 3 of 35",
    ]);
    expect(said(points)[6]).toBe("Amazon, with the conditional money · 27 Feb 2026 · $35B, conditional, confirmed · $50B so far; 7 of 35");
    // One point per date with events, after the lines, in date order.
    const events = points.filter((point) => point.series === EVENTS_SERIES);
    expect(events).toHaveLength(plot!.rows.filter((row) => row.events.length > 0).length);
    expect(points.slice(-events.length)).toEqual(events);
    expect(events.map((point) => point.x)).toEqual([...events.map((point) => point.x)].sort((a, b) => a - b));
    expect(new Set(points.map((point) => point.key)).size).toBe(points.length);
  });
  it("follows the scenario: no dashed line when the conditional money is left out, expected values when weighted", () => {
    expect(timelinePoints(plot!, { mode: "exclude" }).some((point) => point.series.includes("conditional money"))).toBe(false);
    expect(said(timelinePoints(plot!, { mode: "weighted", probability: 0.5 }))[6]).toBe("Amazon, with the conditional money · 27 Feb 2026 · $35B, conditional, confirmed · $32.5B so far; 7 of 35");
  });
});
