/** Every chart on the dashboard, by the slug its embed URL, file names and anchors use. */
export const CHART_SLUGS = ["capital-by-tranche", "commitments-over-time", "money-both-ways", "channels-over-time", "cloud-market-share"] as const;

export type ChartSlug = (typeof CHART_SLUGS)[number];

export function isChartSlug(value: string): value is ChartSlug {
  return (CHART_SLUGS as readonly string[]).includes(value);
}

/** What a chart's words depend on: the lab the page is about, and the clouds it once sold through alone. */
export interface ChartContext {
  lab: string;
  subject: string;
  exclusiveClouds: string[];
}

interface ChartCopy {
  title: (context: ChartContext) => string;
  subtitle: (context: ChartContext) => string;
  heightClass: string;
}

/** Each chart's words and plot height: the same on the dashboard, in its embed and in its files. */
const CHART_COPY: Record<ChartSlug, ChartCopy> = {
  "capital-by-tranche": {
    title: ({ subject }) => `Capital committed to ${subject}, by backer and tranche`,
    subtitle: () =>
      "Each backer's commitment stacked by tranche where its tranches add up to its total, else the total as one bar (no remainder derived). Hatched: conditional money.",
    heightClass: "h-56 sm:h-64",
  },
  "commitments-over-time": {
    title: () => "Commitments over time",
    subtitle: () =>
      "Cumulative money each backer has committed, stepping up at each dated commitment. Hollow dots: commitments of undisclosed size; hollow diamonds: dates that only disclosed a total, with no step; triangles: events.",
    heightClass: "h-72 sm:h-80",
  },
  "money-both-ways": {
    title: () => "Money both ways",
    subtitle: ({ subject }) => `What each backer put into ${subject}, beside the cloud spending ${subject} committed back to that backer. Hatched: conditional money.`,
    heightClass: "h-72",
  },
  "channels-over-time": {
    title: ({ subject }) => `Where ${subject}'s models are sold, over time`,
    subtitle: ({ subject, exclusiveClouds }) =>
      `When ${subject}'s models reached each channel.${exclusiveClouds.length ? ` Shaded: the years ${exclusiveClouds.join(" and ")} ${exclusiveClouds.length === 1 ? "was the only cloud" : "were the only clouds"} for ${subject}'s API models.` : ""}`,
    heightClass: "h-72",
  },
  "cloud-market-share": {
    title: () => "Context: cloud infrastructure market share",
    subtitle: ({ subject }) => `Each provider's share of worldwide cloud infrastructure spending by quarter, per Synergy Research Group. Not specific to ${subject}.`,
    heightClass: "h-64",
  },
};

/** A chart's title, subtitle and plot height for the page's lab. */
export function chartCopy(slug: ChartSlug, context: ChartContext): { title: string; subtitle: string; heightClass: string } {
  const copy = CHART_COPY[slug];
  return { title: copy.title(context), subtitle: copy.subtitle(context), heightClass: copy.heightClass };
}
