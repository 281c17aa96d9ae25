import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load-data";
import { TABLE_IDS, TABLES } from "./tables";
import { homePageData } from "./page-data";
import type { CapitalPlot } from "./charts/capital-by-tranche";
import type { ChannelsPlot } from "./charts/channels-over-time";
import type { FlowsPlot } from "./charts/money-both-ways";

/** A chart's plot on a page, by its slug. */
function plotOf<Plot>(data: ReturnType<typeof homePageData>, slug: string): Plot {
  const model = data.charts.find((chart) => chart.slug === slug);
  if (!model?.plot) throw new Error(`no ${slug} plot`);
  return model.plot as Plot;
}
import { labTables } from "./schema";
import { readRealDataDir } from "./test/real-data-dir";

readRealDataDir();

describe("homePageData", () => {
  it("shows one figure and one bar per backer, context-only investors left out", () => {
    const data = homePageData();
    expect(data.figures.map((figure) => figure.summary.investor)).toEqual(["Microsoft", "Amazon"]);
    expect(plotOf<CapitalPlot>(data, "capital-by-tranche").bars.map((bar) => [bar.investor, bar.undisclosedCount])).toEqual([
      ["Microsoft", 1],
      ["Amazon", 0],
    ]);
    expect(plotOf<CapitalPlot>(data, "capital-by-tranche").bars[0].segments.map((segment) => [segment.key, segment.amountUsd])).toEqual([
      ["msft-total", 13e9],
    ]);
  });

  it("bases each figure on its counted rows and the tranches inside a counted total, sources attached", () => {
    const [msft, amzn] = homePageData().figures;
    expect(msft.basis.map((row) => row.id)).toEqual(["msft-2019", "msft-2021", "msft-2023", "msft-total", "msft-2026-round"]);
    expect(amzn.basis.map((row) => row.id)).toEqual(["amzn-2026-total", "amzn-2026-upfront", "amzn-2026-conditional"]);
    expect(amzn.basis[1].sources.map((source) => source.id)).toEqual(["toms-2026-02-27", "neowin-2026-02-27"]);
  });

  it("lists every source once, in the order the page first cites them", () => {
    const data = homePageData();
    const ids = data.sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 4)).toEqual(["theinfo-2019-azure", "bloomberg-2023-01-23", "geekwire-copy-2023", "pureai-2023"]);
    // Cited only where sources disagree, by no row: last.
    expect(ids[ids.length - 1]).toBe("aiwiki-aoai");
  });

  it("passes the tables with their sources resolved", () => {
    const data = homePageData();
    expect(data.meta.asOf).toBe("2026-12-01");
    for (const id of TABLE_IDS) {
      const rows: { sourceIds: string[]; sources: { id: string }[] }[] = data.tables[id];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.sources.map((source) => source.id)).toEqual(row.sourceIds);
    }
  });
});

describe("homePageData for one lab among several", () => {
  const otherLabs = ["anthropic", "mistral", "xai"];
  const data = loadDataset(path.join(process.cwd(), "data"));
  const otherLabRows = new Set(labTables.flatMap((table) => data[table].filter((row) => otherLabs.includes(row.lab)).map((row) => row.id)));
  const otherLabsOnly = (ids: string[]) => ids.filter((id) => otherLabRows.has(id));

  it("shapes the home page from OpenAI's rows alone, in every table but those across labs, chart and list", () => {
    const home = homePageData();
    expect(home.meta.subject).toBe("OpenAI");
    expect(otherLabRows.size).toBeGreaterThan(0);
    for (const id of TABLE_IDS.filter((other) => !TABLES[other].acrossLabs)) {
      const rows: { id: string; lab: string }[] = home.tables[id];
      expect(otherLabsOnly(rows.map((row) => row.id))).toEqual([]);
      expect(new Set(rows.map((row) => row.lab))).toEqual(new Set(["openai"]));
    }
    expect(home.figures.map((figure) => [figure.summary.investor, figure.summary.upToUsd])).toEqual([
      ["Microsoft", 13e9],
      ["Amazon", 50e9],
    ]);
    expect(otherLabsOnly(plotOf<FlowsPlot>(home, "money-both-ways").flows.flatMap((flow) => [...flow.invested, ...flow.cloudBack].map((part) => part.id)))).toEqual([]);
    expect(otherLabsOnly(plotOf<ChannelsPlot>(home, "channels-over-time").lanes.map((lane) => lane.id))).toEqual([]);
    const channelsTable = home.charts.find((chart) => chart.slug === "channels-over-time")!.table;
    expect(channelsTable.rows.map((row) => row[0]).join(" ")).not.toMatch(/Claude/);
  });

  it("lists only the disputes and sources the home page cites: its 12 disputes, and the sources of its rows and of the tables across labs", () => {
    const home = homePageData();
    expect(home.disputes.map((dispute) => dispute.id)).toEqual(data.disputes.slice(0, 12).map((dispute) => dispute.id));
    const openai = labTables.flatMap((table) => data[table].filter((row) => row.lab === "openai"));
    const acrossLabs = TABLE_IDS.filter((id) => TABLES[id].acrossLabs).flatMap((id): { sourceIds: string[] }[] => home.tables[id]);
    const cited = new Set([...openai, ...acrossLabs, ...data.marketShare, ...home.disputes.flatMap((dispute) => dispute.values)].flatMap((row) => row.sourceIds));
    expect(home.sources.map((source) => source.id).sort()).toEqual([...cited].sort());
    // Another lab's source that neither a channel nor a backer's money rests on is not listed.
    expect(home.sources.map((source) => source.id)).not.toContain("cna-asml-2025");
    expect(home.sources.map((source) => source.id)).toContain("mslearn-grok-ptbr");
  });

  it("shapes another lab's page when asked, with none of OpenAI's rows", () => {
    const anthropic = homePageData("anthropic");
    expect(anthropic.meta.subject).toBe("Anthropic");
    expect(anthropic.figures.map((figure) => figure.summary.investor)).toEqual(["Amazon", "Google", "Microsoft"]);
    expect(new Set([...anthropic.tables.commitments, ...anthropic.tables.cloudCommitments, ...anthropic.tables.channels].map((row) => row.lab))).toEqual(new Set(["anthropic"]));
    expect(anthropic.disputes.map((dispute) => dispute.id)).toEqual(expect.arrayContaining(["dispute-amzn-anthropic-2026", "dispute-goog-anthropic-2026"]));
    expect(anthropic.disputes.map((dispute) => dispute.id)).not.toContain("dispute-msft-2021");
  });
});
