import type { ChartSlug } from "@/lib/charts";
import type { HomePageData } from "@/lib/page-data";
import { ChartCard } from "./chart-card";
import { LazyChannelsChart, LazyFlowsChart, LazyHeadlineChart, LazyMarketShareChart, LazyTimelineChart } from "./lazy-charts";

/** One chart card by slug: the same card on the dashboard and in its embed. */
export function ChartBySlug({ slug, charts, asOf, eager = false }: { slug: ChartSlug; charts: HomePageData["charts"]; asOf: string; eager?: boolean }) {
  const common = { slug, asOf, eager };
  switch (slug) {
    case "capital-by-tranche": {
      const { headline } = charts;
      const title = "Capital committed to OpenAI, by backer and tranche";
      return (
        <ChartCard
          {...common}
          title={title}
          subtitle="Each backer's commitment stacked by tranche. Hatched: conditional money. Dashed outline: the part of a disclosed total that no disclosed tranche accounts for."
          sources={headline.sources}
          legend={headline.legend}
          data={headline.data}
          confidence={headline.confidence}
          heightClass="h-56 sm:h-64"
        >
          <LazyHeadlineChart bars={headline.bars} title={title} />
        </ChartCard>
      );
    }
    case "commitments-over-time": {
      const { timeline } = charts;
      return (
        <ChartCard
          {...common}
          title="Commitments over time"
          subtitle="Cumulative money each backer has committed, stepping up at each dated commitment. Hollow dots: commitments of undisclosed size; triangles: events."
          sources={timeline.sources}
          legend={timeline.legend}
          data={timeline.data}
          nullLabel="none yet"
          confidence={`${timeline.confidence} Microsoft's line is a floor: its March 2026 commitment is undisclosed.`}
          heightClass="h-72 sm:h-80"
        >
          <LazyTimelineChart rows={timeline.rows} series={timeline.series} from={timeline.from} />
        </ChartCard>
      );
    }
    case "money-both-ways": {
      const { flows } = charts;
      return (
        <ChartCard
          {...common}
          title="Money both ways"
          subtitle="What each backer put into OpenAI, beside the cloud spending OpenAI committed back to that backer."
          sources={flows.sources}
          legend={flows.legend}
          data={flows.data}
          confidence={flows.confidence}
          heightClass="h-72"
        >
          <LazyFlowsChart flows={flows.flows} />
        </ChartCard>
      );
    }
    case "channels-over-time": {
      const { channels } = charts;
      return (
        <ChartCard
          {...common}
          title="Where OpenAI's models are sold, over time"
          subtitle="When OpenAI's models reached each channel. Shaded: the years Azure was the only cloud for OpenAI's API models."
          sources={channels.sources}
          legend={channels.legend}
          data={channels.data}
          confidence={`${channels.confidence}${channels.undated.length ? ` Not drawn (no dated milestone): ${channels.undated.map((channel) => channel.shortName).join(", ")}.` : ""}`}
          heightClass="h-72"
        >
          <LazyChannelsChart lanes={channels.lanes} periods={channels.periods} from={channels.from} to={channels.to} />
        </ChartCard>
      );
    }
    case "cloud-market-share": {
      const { marketShare } = charts;
      return (
        <ChartCard
          {...common}
          title="Context: cloud infrastructure market share"
          subtitle="Each provider's share of worldwide cloud infrastructure spending by quarter, per Synergy Research Group. Not specific to OpenAI."
          sources={marketShare.sources}
          legend={marketShare.legend}
          data={marketShare.data}
          confidence={marketShare.confidence}
          heightClass="h-64"
        >
          <LazyMarketShareChart rows={marketShare.rows} providers={marketShare.providers} />
        </ChartCard>
      );
    }
  }
}
