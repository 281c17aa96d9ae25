import { describe, expect, it } from "vitest";
import { buildBundle } from "./export-bundle";
import { labPageData } from "./lab-page-data";
import { loadDataset } from "./load-data";
import { openedCharts, openedDataset } from "./open-charts";
import { prepareFile } from "./open-prepare";
import { checkOpened } from "./open-rows";
import { homePageData } from "./page-data";
import { readRealDataDir } from "./test/real-data-dir";

readRealDataDir();

/** The site's zip of its home page, opened as a reader would open it. */
function openedSiteZip() {
  const data = homePageData();
  const meta = { lab: "openai", home: true, title: data.meta.title, subject: data.meta.subject, asOf: data.meta.asOf, note: data.meta.note };
  const view = { table: "Deal terms", url: "http://localhost/", filters: [], sort: [], hiddenColumns: [], parameters: {}, rowsShown: 0, rowsTotal: 0 };
  const prepared = prepareFile("openai-stakes.zip", buildBundle({ meta, tables: data.tables, view, downloaded: "2026-12-01T00:00:00.000Z" }));
  if ("refused" in prepared) throw new Error(prepared.refused);
  return checkOpened(prepared.parts, prepared.context, "2030-01-01");
}

describe("openedCharts", () => {
  it("draws the site's own zip as the site draws its lab: the same charts with the same numbers", () => {
    const opened = openedCharts(openedSiteZip());
    // The home page's tables hold OpenAI's rows only, so the file names one lab.
    expect(opened.map(({ lab }) => lab.name)).toEqual(["OpenAI"]);
    const site = labPageData(loadDataset(), "openai").charts;
    const [{ charts }] = opened;
    // The charts of a lab's own page (those across labs need every lab's data).
    expect(charts.map((chart) => chart.slug)).toEqual(site.filter((chart) => !["who-sells-whose-models"].includes(chart.slug)).map((chart) => chart.slug));
    for (const chart of charts) {
      const same = site.find((candidate) => candidate.slug === chart.slug)!;
      // Events and market share are not among the tables a file holds: the charts drawn from them differ, or say why they are not drawn.
      if (["commitments-over-time", "channels-over-time", "cloud-market-share"].includes(chart.slug)) {
        if (chart.plot === null) expect(chart.absent, chart.slug).toBeTruthy();
        continue;
      }
      expect(chart.plot, chart.slug).toEqual(same.plot);
      expect(chart.table, chart.slug).toEqual(same.table);
      expect(chart.title, chart.slug).toBe(same.title);
    }
  });

  it("keeps conditional money conditional: the headline chart's conditional tranche stays hatched", () => {
    const [{ charts }] = openedCharts(openedSiteZip());
    const capital = charts.find((chart) => chart.slug === "capital-by-tranche")!;
    expect(JSON.stringify(capital.plot)).toContain('"conditional":true');
  });

  it("builds no charts for a lab with no rows or deal terms alone, and none for an empty file", () => {
    const result = openedSiteZip();
    expect(openedCharts({ ...result, tables: {} })).toEqual([]);
    expect(openedCharts({ ...result, tables: { dealTerms: result.tables.dealTerms } })).toEqual([]);
    expect(openedDataset({ ...result, tables: {} }).commitments).toEqual([]);
  });
});
