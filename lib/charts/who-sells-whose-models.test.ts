import { describe, expect, it } from "vitest";
import { syntheticChannel } from "../test/builders";
import { chartCsvOf, chartModel } from "../test/charts";
import { readRealDataDir } from "../test/real-data-dir";
import { homePageData } from "../page-data";
import { announcePoint, type ChartPoint } from "../chart-points";
import { sellerCells, sellerKey, sellerPoints, type SellersPlot } from "./who-sells-whose-models";

readRealDataDir();

const labs = [
  { id: "a", name: "Lab A" },
  { id: "b", name: "Lab B" },
];

describe("who sells whose models", () => {
  it("puts the clouds that sell the most labs first, each lab in the data's order", () => {
    const model = chartModel<SellersPlot>("who-sells-whose-models");
    expect(model.plot!.labs).toEqual(["OpenAI", "Anthropic", "Mistral AI", "xAI"]);
    expect(model.plot!.clouds.slice(0, 3).sort()).toEqual(["AWS", "Google Cloud", "Microsoft Azure"]);
    // Each cloud sells at least one lab's models; a lab's own API is not a cloud.
    expect(model.plot!.clouds).not.toContain("OpenAI's own");
    expect(model.confidence).toContain("Not drawn (a lab's own channel, not a cloud): OpenAI API.");
  });

  it("dates each cell by its earliest milestone by the as-of date, undated left null (never a made-up date)", () => {
    const { header, rows } = chartCsvOf("who-sells-whose-models");
    expect(header).toEqual(["cloud", "lab", "since", "stage", "channels", "confidence"]);
    const cell = (cloud: string, lab: string) => rows.find((row) => row[0] === cloud && row[1] === lab);
    expect(cell("Microsoft Azure", "OpenAI")?.slice(2, 4)).toEqual(["2021-11", "preview"]);
    expect(cell("AWS", "OpenAI")?.slice(2, 4)).toEqual(["2025-08-05", "launch"]);
    expect(cell("Microsoft Azure", "Mistral AI")?.slice(2, 4)).toEqual(["2024-02-26", "launch"]);
    expect(cell("Google Cloud", "xAI")?.[2]).toBeNull();
  });

  it("grades a dated cell by the row its date comes from, an undated one by its strongest row", () => {
    const channels = [
      syntheticChannel({ id: "1", lab: "a", cloud: "C", confidence: "unconfirmed", milestones: [{ date: "2020", stage: "preview", label: "p" }] }),
      syntheticChannel({ id: "2", lab: "a", cloud: "C", confidence: "confirmed", milestones: [{ date: "2021", stage: "generally available", label: "g" }] }),
      syntheticChannel({ id: "3", lab: "b", cloud: "C", confidence: "unconfirmed" }),
      syntheticChannel({ id: "4", lab: "b", cloud: "C", confidence: "reported" }),
      syntheticChannel({ id: "5", lab: "b", cloud: "D", milestones: [{ date: "2030", stage: "launch", label: "later" }] }),
    ];
    const { cells, clouds } = sellerCells(channels, labs, "2025-01-01");
    expect(clouds).toEqual(["C", "D"]);
    expect(cells.map((cell) => [cell.cloud, cell.lab, cell.since, cell.confidence])).toEqual([
      ["C", "Lab A", "2020", "unconfirmed"],
      ["C", "Lab B", null, "reported"],
      // A milestone after the as-of date is not a date on record yet.
      ["D", "Lab B", null, "confirmed"],
    ]);
  });

  it("is on the home page only: another lab's page has no chart across labs", () => {
    expect(homePageData("anthropic").charts.map((chart) => chart.slug)).not.toContain("who-sells-whose-models");
  });
});

const said = (points: ChartPoint[]) => points.map((_, index) => announcePoint(points, index));

describe("who sells whose models, point by point", () => {
  const { plot } = chartModel<SellersPlot>("who-sells-whose-models");
  it("says each cloud's marks lab by lab, dated or not, with their place across the labs", () => {
    const points = sellerPoints(plot!);
    expect(said(points).slice(0, 2)).toEqual(["Microsoft Azure · OpenAI · since Nov 2021 (preview) · Azure OpenAI · unconfirmed; 1 of 14", "Microsoft Azure · Anthropic · since Jun 2026 (generally available) · Foundry · confirmed; 2 of 14"]);
    expect(said(points)).toContain("Google Cloud · xAI · on record, undated · Agent Platform · confirmed; 12 of 14");
    expect(points.map((point) => point.key)).toEqual(plot!.cells.map(sellerKey));
    expect(points.map((point) => point.x)).toEqual(plot!.cells.map((cell) => plot!.labs.indexOf(cell.lab)));
  });
});
