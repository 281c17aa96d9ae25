/** Every chart on the dashboard, by the slug its embed URL, file names and anchors use. */
export const CHART_SLUGS = ["capital-by-tranche", "commitments-over-time", "money-both-ways", "channels-over-time", "cloud-market-share"] as const;

export type ChartSlug = (typeof CHART_SLUGS)[number];

export function isChartSlug(value: string): value is ChartSlug {
  return (CHART_SLUGS as readonly string[]).includes(value);
}

/** Each chart's words and plot height: the same on the dashboard, in its embed and in its files. */
export const CHART_COPY: Record<ChartSlug, { title: string; subtitle: string; heightClass: string }> = {
  "capital-by-tranche": {
    title: "Capital committed to OpenAI, by backer and tranche",
    subtitle:
      "Each backer's commitment stacked by tranche where its tranches add up to its total, else the total as one bar (no remainder derived). Hatched: conditional money.",
    heightClass: "h-56 sm:h-64",
  },
  "commitments-over-time": {
    title: "Commitments over time",
    subtitle:
      "Cumulative money each backer has committed, stepping up at each dated commitment. Hollow dots: commitments of undisclosed size; hollow diamonds: dates that only disclosed a total, with no step; triangles: events.",
    heightClass: "h-72 sm:h-80",
  },
  "money-both-ways": {
    title: "Money both ways",
    subtitle: "What each backer put into OpenAI, beside the cloud spending OpenAI committed back to that backer. Hatched: conditional money.",
    heightClass: "h-72",
  },
  "channels-over-time": {
    title: "Where OpenAI's models are sold, over time",
    subtitle: "When OpenAI's models reached each channel. Shaded: the years Azure was the only cloud for OpenAI's API models.",
    heightClass: "h-72",
  },
  "cloud-market-share": {
    title: "Context: cloud infrastructure market share",
    subtitle: "Each provider's share of worldwide cloud infrastructure spending by quarter, per Synergy Research Group. Not specific to OpenAI.",
    heightClass: "h-64",
  },
};
