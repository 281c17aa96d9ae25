/** Every chart on the dashboard, by the slug its embed URL, file names and anchors use. */
export const CHART_SLUGS = ["capital-by-tranche", "commitments-over-time", "money-both-ways", "channels-over-time", "cloud-market-share"] as const;

export type ChartSlug = (typeof CHART_SLUGS)[number];

export function isChartSlug(value: string): value is ChartSlug {
  return (CHART_SLUGS as readonly string[]).includes(value);
}
