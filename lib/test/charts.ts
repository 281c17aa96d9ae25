import type { ChartModel } from "../charts";
import { chartCsv } from "../chart-table";
import { homePageData } from "../page-data";

/** A chart's model on a lab's page (the home page's unless one is named), built as the page builds it. */
export function chartModel<Plot>(slug: string, lab?: string): ChartModel<Plot> {
  const model = homePageData(lab).charts.find((chart) => chart.slug === slug);
  if (!model) throw new Error(`no chart ${slug} on ${lab ?? "the home page"}`);
  return model as ChartModel<Plot>;
}

/** A chart's table as its CSV has it: headers and raw values. */
export function chartCsvOf(slug: string, lab?: string): ReturnType<typeof chartCsv> {
  return chartCsv(chartModel(slug, lab).table);
}
