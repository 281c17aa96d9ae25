import { chartCopy, type ChartSlug } from "@/lib/charts";
import type { HomePageData } from "@/lib/page-data";
import { ChartCard } from "./chart-card";
import { LazyChannelsChart, LazyFlowsChart, LazyHeadlineChart, LazyMarketShareChart, LazyTimelineChart } from "./lazy-charts";

type Charts = HomePageData["charts"];

/** Which shaped series each chart draws from. */
const SERIES: Record<ChartSlug, Exclude<keyof Charts, "context">> = {
  "capital-by-tranche": "headline",
  "commitments-over-time": "timeline",
  "money-both-ways": "flows",
  "channels-over-time": "channels",
  "cloud-market-share": "marketShare",
};

function Plot({ slug, charts }: { slug: ChartSlug; charts: Charts }) {
  switch (slug) {
    case "capital-by-tranche":
      return <LazyHeadlineChart bars={charts.headline.bars} title={chartCopy(slug, charts.context).title} />;
    case "commitments-over-time":
      return <LazyTimelineChart rows={charts.timeline.rows} series={charts.timeline.series} from={charts.timeline.from} />;
    case "money-both-ways":
      return <LazyFlowsChart flows={charts.flows.flows} subject={charts.flows.subject} />;
    case "channels-over-time":
      return <LazyChannelsChart lanes={charts.channels.lanes} periods={charts.channels.periods} from={charts.channels.from} to={charts.channels.to} />;
    case "cloud-market-share":
      return <LazyMarketShareChart rows={charts.marketShare.rows} providers={charts.marketShare.providers} />;
  }
}

/** One chart card by slug: the same card on the dashboard and in its embed. */
export function ChartBySlug({ slug, charts, asOf, eager = false }: { slug: ChartSlug; charts: Charts; asOf: string; eager?: boolean }) {
  const series = charts[SERIES[slug]];
  return (
    <ChartCard
      lab={charts.context.lab}
      slug={slug}
      asOf={asOf}
      eager={eager}
      {...chartCopy(slug, charts.context)}
      sources={series.sources}
      legend={series.legend}
      data={series.data}
      confidence={series.confidence}
      nullLabel={"nullLabel" in series ? series.nullLabel : undefined}
      conditional={"conditional" in series ? series.conditional : null}
    >
      <Plot slug={slug} charts={charts} />
    </ChartCard>
  );
}
