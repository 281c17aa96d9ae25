import type { ChartModel } from "@/lib/charts";
import { ChartCard } from "./chart-card";
import { chartJsonPath } from "@/lib/table-files";
import type { ChartSource } from "./chart-data";
import { ChartPlot, PlotPreload } from "./chart-plot";

/**
 * One chart from its model: the same card on the dashboard and in its embed. Its numbers come
 * from its static file when it is drawn; an embed, which draws its one chart at once, carries
 * them in the page instead of asking for them after.
 */
export function Chart({ model, asOf, eager = false, opened = false }: { model: ChartModel; asOf: string; eager?: boolean; opened?: boolean }) {
  // A reader's own file (`opened`) has its numbers in memory already, and no embed.
  const source: ChartSource = eager || opened ? { data: { plot: model.plot, table: model.table } } : { url: chartJsonPath(model.lab, model.slug) };
  return (
    <>
      <ChartCard model={model} asOf={asOf} eager={eager} source={source} embedPath={opened ? null : model.embedPath}>
        {model.plot === null ? null : <ChartPlot slug={model.slug} source={source} title={model.title} desc={model.subtitle} />}
      </ChartCard>
      {model.plot === null ? null : <PlotPreload slug={model.slug} source={source} />}
    </>
  );
}

/** The charts of one section of the page, in the registry's order: wide ones span the grid. */
export function ChartGrid({ charts, asOf, opened = false }: { charts: ChartModel[]; asOf: string; opened?: boolean }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {charts.map((model) => (
        <div key={model.slug} className={model.wide ? "min-w-0 lg:col-span-2" : "min-w-0"}>
          <Chart model={model} asOf={asOf} opened={opened} />
        </div>
      ))}
    </div>
  );
}
