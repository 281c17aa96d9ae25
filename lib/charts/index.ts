import { embedPath } from "../embed";
import { capitalByTranche } from "./capital-by-tranche";
import { channelsOverTime } from "./channels-over-time";
import { cloudMarketShare } from "./cloud-market-share";
import { commitmentsOverTime } from "./commitments-over-time";
import { moneyBothWaysChart } from "./money-both-ways";
import { isAbsent, type ChartDefinition, type ChartInput, type ChartModel } from "./types";
import { whoSellsWhoseModels } from "./who-sells-whose-models";

/**
 * Every chart, defined once in its own module, in page order. The page and its embeds, the
 * cards' tables, files and images, the screenshots and the end-to-end counts all loop over
 * this list; a chart's plot is `components/charts/plots/<slug>.tsx`, found by its slug.
 */
export const CHARTS: ChartDefinition<unknown>[] = [capitalByTranche, commitmentsOverTime, moneyBothWaysChart, channelsOverTime, whoSellsWhoseModels, cloudMarketShare];

export const CHART_SLUGS: string[] = CHARTS.map((chart) => chart.slug);

/** The charts a lab's page shows: all on the home page, all but those across labs elsewhere. */
export function pageCharts(home: boolean): ChartDefinition<unknown>[] {
  return CHARTS.filter((chart) => home || !chart.acrossLabs);
}

/** Every chart of a lab's page, ready to draw. */
export function chartModels(input: ChartInput): ChartModel[] {
  return pageCharts(input.home).map((chart) => {
    const { plot, conditional = null, ...built } = chart.build(input);
    const missing = isAbsent(plot) ? plot.absent : null;
    const embed = embedPath(chart.slug, input.home ? null : input.lab.id);
    return { ...built, slug: chart.slug, lab: input.lab.id, embedPath: embed, wide: chart.wide, section: chart.section, conditional, plot: missing === null ? plot : null, absent: missing };
  });
}

export type { ChartModel } from "./types";
