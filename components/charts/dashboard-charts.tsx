import type { HomePageData } from "@/lib/page-data";
import { ChartBySlug } from "./chart-by-slug";

/** The charts that tell the story behind the headline: over time, both ways, channels, market. */
export function DashboardCharts({ charts, asOf }: { charts: HomePageData["charts"]; asOf: string }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="lg:col-span-2">
        <ChartBySlug slug="commitments-over-time" charts={charts} asOf={asOf} />
      </div>
      <ChartBySlug slug="money-both-ways" charts={charts} asOf={asOf} />
      <ChartBySlug slug="channels-over-time" charts={charts} asOf={asOf} />
      <div className="lg:col-span-2">
        <ChartBySlug slug="cloud-market-share" charts={charts} asOf={asOf} />
      </div>
    </div>
  );
}
