import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { homePageData } from "../page-data";
import { readRealDataDir } from "../test/real-data-dir";
import { CHART_SLUGS, CHARTS, chartModels, pageCharts } from ".";
import { isAbsent, type ChartInput } from "./types";

readRealDataDir();

describe("the chart registry", () => {
  it("names each chart once, and each has its plot and its test beside it", () => {
    expect(new Set(CHART_SLUGS).size).toBe(CHART_SLUGS.length);
    for (const slug of CHART_SLUGS) {
      expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(path.join(process.cwd(), "components/charts/plots", `${slug}.tsx`)), `plot for ${slug}`).toBe(true);
      expect(existsSync(path.join(process.cwd(), "lib/charts", `${slug}.test.ts`)), `test for ${slug}`).toBe(true);
    }
  });

  it("leaves the charts across labs off other labs' pages, in the registry's order", () => {
    expect(pageCharts(true).map((chart) => chart.slug)).toEqual(CHART_SLUGS);
    expect(pageCharts(false).map((chart) => chart.slug)).toEqual(CHARTS.filter((chart) => !chart.acrossLabs).map((chart) => chart.slug));
    expect(homePageData("anthropic").charts.map((chart) => chart.slug)).toEqual(pageCharts(false).map((chart) => chart.slug));
  });

  it("gives every model its slug, lab and layout, and a plot or a reason, never both", () => {
    for (const model of [...homePageData().charts, ...homePageData("anthropic").charts]) {
      expect(model.plot === null).toBe(model.absent !== null);
      expect(model.table.columns.length).toBeGreaterThan(0);
      for (const row of model.table.rows) expect(row).toHaveLength(model.table.columns.length);
    }
    expect(new Set(homePageData("anthropic").charts.map((chart) => chart.lab))).toEqual(new Set(["anthropic"]));
  });

  it("turns a chart's reason for not drawing into `absent`, with a null plot", () => {
    const input = { lab: { id: "x" }, home: false } as unknown as ChartInput;
    const built = { title: "T", subtitle: "S", heightClass: "h-1", legend: [], table: { columns: [], rows: [] }, sources: [], confidence: "" };
    const saved = CHARTS.slice();
    CHARTS.splice(0, CHARTS.length, { slug: "a-chart", section: "behind", wide: false, build: () => ({ ...built, plot: { absent: "too little" } }), points: () => [] });
    try {
      expect(chartModels(input)).toEqual([{ ...built, slug: "a-chart", lab: "x", embedPath: "/embed/x/a-chart", section: "behind", wide: false, conditional: null, plot: null, absent: "too little" }]);
    } finally {
      CHARTS.splice(0, CHARTS.length, ...saved);
    }
    expect(isAbsent({ absent: "why" })).toBe(true);
    expect(isAbsent({ absent: "why", rows: [] })).toBe(false);
    expect(isAbsent(null)).toBe(false);
  });
});
