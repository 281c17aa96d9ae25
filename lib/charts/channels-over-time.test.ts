import { describe, expect, it } from "vitest";
import { channelLanes } from "../series";
import { syntheticChannel } from "../test/builders";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { announcePoint, type ChartPoint } from "../chart-points";
import { channelsOverTime, laneRows, milestoneKey, milestonePoints, type ChannelsPlot } from "./channels-over-time";
import type { ChartInput } from "./types";

readRealDataDir();

describe("channels over time", () => {
  it("writes each point, each undated channel and each exclusive period", () => {
    const { header, rows } = chartCsvOf("channels-over-time");
    expect(header).toEqual(["channel", "date", "stage", "detail"]);
    expect(rows[0]).toEqual(["Azure OpenAI", "2021-11", "preview", "OpenAI's API models (preview): preview"]);
    expect(rows).toContainEqual(["Bedrock", "2026-10-26", "launch", "GPT-6.1 Terra: launch"]);
    expect(rows).toContainEqual(["OpenAI API (direct): all OpenAI API models", null, "listed", "undated"]);
    expect(rows.at(-1)).toEqual(["Microsoft Azure the only cloud for OpenAI's API models", "2023-01", "exclusive period", "until 2026-04-27"]);
  });

  it("uses an undated channel's note when it has one", () => {
    const lanes = channelLanes([syntheticChannel({ id: "a", channel: "Chan", models: "M", status: "announced", sinceNote: "coming soon" })], "2025-01-01", "OpenAI");
    expect(laneRows(lanes)).toEqual([{ channel: "Chan: M", date: null, stage: "announced", detail: "coming soon" }]);
  });

  it("draws from the first milestone to the as-of date, and names the exclusive cloud in its subtitle", () => {
    const model = chartModel<ChannelsPlot>("channels-over-time");
    expect(model.plot!.to).toBe(Date.UTC(2026, 11, 1));
    expect(model.plot!.from).toBe(Date.UTC(2021, 10, 1));
    expect(model.subtitle).toContain("Shaded: the years Microsoft Azure was the only cloud for OpenAI's API models.");
  });

  it("is not drawn for a lab with fewer than two dated channels, and says why", () => {
    const one = [syntheticChannel({ id: "a", milestones: [{ date: "2025-01-01", stage: "launch", label: "x" }] }), syntheticChannel({ id: "b" })];
    const built = channelsOverTime.build({ data: { channels: one }, subject: "Lab", asOf: "2026-01-01", sourcesOf: () => [] } as unknown as ChartInput);
    expect(built.plot).toEqual({ absent: "Only one of Lab's channels has a dated milestone on record, too few for a timeline: the table lists them all." });
    expect(built.table.rows).toHaveLength(2);
    const none = channelsOverTime.build({ data: { channels: [syntheticChannel({ id: "b" })] }, subject: "Lab", asOf: "2026-01-01", sourcesOf: () => [] } as unknown as ChartInput);
    expect(none.plot).toEqual({ absent: "None of Lab's channels has a dated milestone on record, so there is no timeline to draw: the table lists them." });
  });
});

const said = (points: ChartPoint[]) => points.map((_, index) => announcePoint(points, index));

describe("channels over time, point by point", () => {
  const { plot } = chartModel<ChannelsPlot>("channels-over-time");
  it("says each lane's milestones in date order, month-only dates said so", () => {
    const points = milestonePoints(plot!);
    expect(said(points).slice(0, 3)).toEqual([
      "Azure OpenAI · Nov 2021 (month only) · preview · OpenAI's API models (preview): preview; 1 of 13",
      "Azure OpenAI · Jan 2023 (month only) · generally available · OpenAI API models; latest list marks GPT-5.5 \"NEW\": GA; 2 of 13",
      "Bedrock · 5 Aug 2025 · launch · gpt-oss-20b, gpt-oss-120b (open-weight, 128,000-token context): launch; 3 of 13",
    ]);
    expect(points.map((point) => point.key)).toEqual(plot!.lanes.flatMap((lane) => lane.points.map((_, index) => milestoneKey(lane, index))));
    expect(channelsOverTime.points(plot!, { mode: "exclude" })).toEqual(points);
  });
});
