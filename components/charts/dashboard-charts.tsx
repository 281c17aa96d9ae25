import type { HomePageData } from "@/lib/page-data";
import { ChartCard } from "./chart-card";
import { LazyChannelsChart, LazyFlowsChart, LazyMarketShareChart, LazyTimelineChart } from "./lazy-charts";

/** The charts that tell the story behind the headline: over time, both ways, channels, market. */
export function DashboardCharts({ charts, asOf }: { charts: HomePageData["charts"]; asOf: string }) {
  const { timeline, flows, channels, marketShare } = charts;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="lg:col-span-2">
        <ChartCard
          slug="commitments-over-time"
          title="Commitments over time"
          subtitle="Cumulative money each backer has committed, stepping up at each dated commitment. Hollow dots: commitments of undisclosed size; triangles: events."
          asOf={asOf}
          sources={timeline.sources}
          legend={timeline.legend}
          data={timeline.data}
          nullLabel="none yet"
          confidence={`${timeline.confidence} Microsoft's line is a floor: its March 2026 commitment is undisclosed.`}
          heightClass="h-72 sm:h-80"
        >
          <LazyTimelineChart rows={timeline.rows} series={timeline.series} from={timeline.from} />
        </ChartCard>
      </div>
      <ChartCard
        slug="money-both-ways"
        title="Money both ways"
        subtitle="What each backer put into OpenAI, beside the cloud spending OpenAI committed back to that backer."
        asOf={asOf}
        sources={flows.sources}
        legend={flows.legend}
        data={flows.data}
        confidence={flows.confidence}
        heightClass="h-72"
      >
        <LazyFlowsChart flows={flows.flows} />
      </ChartCard>
      <ChartCard
        slug="channels-over-time"
        title="Where OpenAI's models are sold, over time"
        subtitle="When OpenAI's models reached each channel. Shaded: the years Azure was the only cloud for OpenAI's API models."
        asOf={asOf}
        sources={channels.sources}
        legend={channels.legend}
        data={channels.data}
        confidence={`${channels.confidence}${channels.undated.length ? ` Undated, so not drawn: ${channels.undated.map((channel) => channel.shortName).join(", ")}.` : ""}`}
        heightClass="h-72"
      >
        <LazyChannelsChart lanes={channels.lanes} periods={channels.periods} from={channels.from} to={channels.to} />
      </ChartCard>
      <div className="lg:col-span-2">
        <ChartCard
          slug="cloud-market-share"
          title="Context: cloud infrastructure market share"
          subtitle="Each provider's share of worldwide cloud infrastructure spending by quarter, per Synergy Research Group. Not specific to OpenAI."
          asOf={asOf}
          sources={marketShare.sources}
          legend={marketShare.legend}
          data={marketShare.data}
          confidence={marketShare.confidence}
          heightClass="h-64"
        >
          <LazyMarketShareChart rows={marketShare.rows} providers={marketShare.providers} />
        </ChartCard>
      </div>
    </div>
  );
}
