import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Chart } from "@/components/charts/chart";
import { pageCharts } from "@/lib/charts";
import { embedPath } from "@/lib/embed";
import { homeLab, labPageIds } from "@/lib/labs";
import { loadDataset } from "@/lib/load-data";
import { homePageData } from "@/lib/page-data";

// One static page per chart of each lab's page: `/embed/<chart>` for the home page's lab,
// `/embed/<lab>/<chart>` for another's. Any other address is a 404, never a render error.
export const dynamicParams = false;

/** Every embed's address, as the path's segments. */
function embedPaths(): string[][] {
  const labs = loadDataset().labs;
  return [
    ...pageCharts(true).map((chart) => embedPath(chart.slug, null)),
    ...labPageIds(labs).flatMap((lab) => pageCharts(false).map((chart) => embedPath(chart.slug, lab))),
  ].map((path) => path.split("/").slice(2));
}

export function generateStaticParams() {
  return embedPaths().map((path) => ({ path }));
}

/** The lab and chart an embed's path names, or null for an address that has no embed. */
function resolve(path: string[]) {
  if (!embedPaths().some((known) => known.join("/") === path.join("/"))) return null;
  const labId = path.length === 2 ? path[0] : homeLab(loadDataset().labs).id;
  const data = homePageData(labId);
  const model = data.charts.find((chart) => chart.slug === path.at(-1));
  return model ? { data, model, page: data.home ? "/" : `/${labId}` } : null;
}

export async function generateMetadata({ params }: { params: Promise<{ path: string[] }> }): Promise<Metadata> {
  const found = resolve((await params).path);
  if (!found) return {};
  return { title: `${found.model.title} · Stakes`, description: found.model.subtitle, robots: { index: false } };
}

/** A single chart for an iframe: its card with title, sources and as-of date, and a link back. */
export default async function EmbedPage({ params }: { params: Promise<{ path: string[] }> }) {
  const found = resolve((await params).path);
  if (!found) notFound();
  const { data, model, page } = found;
  return (
    <main className="flex flex-col gap-2 p-2">
      <h1 className="sr-only">
        {model.title}: a chart from Stakes, {data.meta.title}
      </h1>
      <Chart model={model} asOf={data.meta.asOf} eager />
      <p className="px-1 text-xs text-muted">
        From{" "}
        <a href={`${page}#${model.slug}-title`} target="_top" className="text-accent underline underline-offset-2">
          Stakes: {data.meta.title}
        </a>
      </p>
    </main>
  );
}
